import { ReadinessClient } from './client';

function clientRecording(status = 200, body: unknown = { items: [] }) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const client = new ReadinessClient({
    discoveryApi: { getBaseUrl: async () => 'http://backstage/api/readiness' },
    fetchApi: {
      fetch: (async (url: string, init?: RequestInit) => {
        calls.push({ url, init });
        return new Response(JSON.stringify(body), {
          status,
          headers: { 'Content-Type': 'application/json' },
        });
      }) as typeof fetch,
    },
  });
  return { client, calls };
}

describe('ReadinessClient declarations', () => {
  it('posts JSON bodies and encodes query values and ids', async () => {
    const { client, calls } = clientRecording(201, { id: 'a1' });
    await client.createExemption({
      check: 'backup-velero-schedule',
      reason: 'PLAT-9',
      expires: '2027-01-31',
    });
    expect(calls[0].url).toBe('http://backstage/api/readiness/exemptions');
    expect(calls[0].init).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(JSON.parse(String(calls[0].init?.body))).toEqual({
      check: 'backup-velero-schedule',
      reason: 'PLAT-9',
      expires: '2027-01-31',
    });
    await client.revokeAttestation('a/1');
    expect(calls[1].url).toBe(
      'http://backstage/api/readiness/attestations/a%2F1/revoke',
    );
    expect(calls[1].init).toEqual({ method: 'POST' });
  });

  it('returns the items of list responses', async () => {
    const { client, calls } = clientRecording(200, { items: [{ id: 'x' }] });
    expect(await client.getAttestations('shop eu')).toEqual([{ id: 'x' }]);
    expect(await client.getAudit(5)).toEqual([{ id: 'x' }]);
    expect(await client.getExemptions()).toEqual([{ id: 'x' }]);
    expect(calls.map(c => c.url)).toEqual([
      'http://backstage/api/readiness/attestations?cluster=shop+eu',
      'http://backstage/api/readiness/audit?limit=5',
      'http://backstage/api/readiness/exemptions',
    ]);
  });

  it('throws the backend error as a ResponseError', async () => {
    const { client } = clientRecording(400, {
      error: { name: 'InputError', message: 'unknown check "x"' },
      response: { statusCode: 400 },
    });
    await expect(
      client.createAttestation({
        cluster: 'shop',
        check: 'x',
        date: '2026-11-20',
        evidence: 'https://e',
      }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      body: { error: { message: 'unknown check "x"' } },
    });
  });
});

describe('ReadinessClient fetch', () => {
  it('calls fetchApi.fetch as a method of its owner, as a browser fetch requires', async () => {
    // Like window.fetch: throws unless invoked on the object it belongs to.
    const owner = {
      fetch(this: unknown, _url: string) {
        if (this !== owner) throw new TypeError('Illegal invocation');
        return Promise.resolve(
          new Response(JSON.stringify({ generatedAt: 'now', items: [] }), {
            status: 200,
          }),
        );
      },
    };
    const client = new ReadinessClient({
      discoveryApi: {
        getBaseUrl: async () => 'http://backstage/api/readiness',
      },
      fetchApi: owner as unknown as { fetch: typeof fetch },
    });
    await expect(client.getReport()).resolves.toEqual({
      generatedAt: 'now',
      items: [],
    });
  });
});
