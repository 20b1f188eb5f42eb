import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  KubeApiTestServer,
  kubeconfigFor,
  startKubeApiTestServer,
} from '@readiness/test';
import {
  KubernetesConnection,
  LiveClusterOptions,
} from './KubernetesConnection';
import { RESOURCES } from './resources';

const CANARY = 'canary-secret-value-7f3a9c';

function pod(namespace: string, name: string) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace, labels: { app: name } },
    spec: {
      containers: [{ name: 'app', image: 'registry.example.com/app:1.0.0' }],
    },
    status: { phase: 'Running' },
  };
}

const objects = [
  ...['a', 'b', 'c', 'd', 'e'].map(n => pod('shop', `pod-${n}`)),
  {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'db', namespace: 'shop' },
    type: 'Opaque',
    data: { password: Buffer.from(CANARY).toString('base64') },
    stringData: { password: CANARY },
  },
];

describe('KubernetesConnection against the API test server', () => {
  let server: KubeApiTestServer;
  let other: KubeApiTestServer;

  beforeAll(async () => {
    server = await startKubeApiTestServer({ objects });
    other = await startKubeApiTestServer({ objects: [] });
  });
  afterAll(async () => {
    await server?.close();
    await other?.close();
  });
  afterEach(() => server.setFaults([]));

  const connect = (overrides: Partial<LiveClusterOptions> = {}) =>
    KubernetesConnection.create({
      name: 'test',
      url: server.url,
      caData: server.caData,
      serviceAccountToken: server.token,
      pageSize: 2,
      requestTimeoutMs: 2000,
      maxListBytes: 10 * 1024 * 1024,
      ...overrides,
    });

  it('reads the version and the served groups', async () => {
    const info = await (await connect()).serverInfo();
    expect(info.ok).toBe(true);
    if (!info.ok) return;
    expect(info.info.version).toMatch(/^v1\.\d+/);
    expect(info.info.groupVersions?.has('apps/v1')).toBe(true);
    expect(info.info.groupVersions?.has('velero.io/v1')).toBe(false);
    // Read from the TLS handshake: the test server's freshly generated certificate.
    const notAfter = Date.parse(info.info.servingCertificate!.notAfter);
    expect(notAfter).toBeGreaterThan(Date.now());
  });

  it('pages through a list with limit and continue', async () => {
    const listed = await (await connect()).list(RESOURCES.pods);
    expect(listed).toMatchObject({ ok: true, pages: 3 });
    expect(listed.ok && listed.items.map(p => p.metadata?.name)).toEqual([
      'pod-a',
      'pod-b',
      'pod-c',
      'pod-d',
      'pod-e',
    ]);
    const continues = server.requests.filter(
      r => r.path.endsWith('/pods') && 'continue' in r.query,
    );
    expect(continues.length).toBeGreaterThanOrEqual(2);
  });

  it('restarts a list when its continue token expired (410)', async () => {
    server.setFaults([{ resource: 'pods', expireContinue: true, times: 1 }]);
    const listed = await (await connect()).list(RESOURCES.pods);
    expect(listed.ok && listed.items).toHaveLength(5);
  });

  it('waits out a 429 with Retry-After and then succeeds', async () => {
    server.setFaults([
      { resource: 'pods', status: 429, retryAfterSeconds: 1, times: 1 },
    ]);
    const listed = await (await connect()).list(RESOURCES.pods);
    expect(listed.ok).toBe(true);
  });

  it.each([
    [
      { resource: 'pods', status: 403 },
      'forbidden',
      403,
      /pods is forbidden: User .* cannot list resource "pods"/,
    ],
    [{ resource: 'pods', status: 500 }, 'server-error', 500, /HTTP 500/],
    [
      { resource: 'pods', status: 429, retryAfterSeconds: 0 },
      'throttled',
      429,
      /HTTP 429/,
    ],
    [
      { resource: 'pods', truncate: true },
      'malformed',
      null,
      /not valid JSON|cut off|socket hang up|aborted/i,
    ],
    [{ resource: 'pods', delayMs: 3000 }, 'timeout', null, /timed out/],
  ])(
    'returns %j as a failure, not an exception',
    async (fault, errorType, statusCode, reason) => {
      server.setFaults([fault as any]);
      const listed = await (await connect()).list(RESOURCES.pods);
      expect(listed).toMatchObject({
        ok: false,
        errorType,
        ...(statusCode === null ? {} : { statusCode }),
        reason: expect.stringMatching(reason),
      });
      expect(listed).toMatchObject({
        reason: expect.stringMatching(/^pods: /),
      });
    },
  );

  it('reports an expired or wrong token as 401', async () => {
    const info = await (
      await connect({ serviceAccountToken: 'expired-token' })
    ).serverInfo();
    expect(info).toMatchObject({
      ok: false,
      errorType: 'unauthorized',
      statusCode: 401,
    });
  });

  it('reports a certificate from another CA as a TLS failure', async () => {
    const info = await (await connect({ caData: other.caData })).serverInfo();
    expect(info).toMatchObject({ ok: false, errorType: 'tls' });
  });

  it('reports connection refused and DNS failures as unreachable', async () => {
    const refused = await (
      await connect({ url: 'https://127.0.0.1:1' })
    ).serverInfo();
    expect(refused).toMatchObject({ ok: false, errorType: 'unreachable' });
    expect(!refused.ok && refused.reason).toMatch(/connection refused/);
    const dns = await (
      await connect({ url: 'https://cluster.invalid:6443' })
    ).serverInfo();
    expect(dns).toMatchObject({ ok: false, errorType: 'unreachable' });
    expect(!dns.ok && dns.reason).toMatch(/DNS lookup failed/);
  });

  it('abandons a list larger than its byte budget', async () => {
    const listed = await (
      await connect({ maxListBytes: 100 })
    ).list(RESOURCES.pods);
    expect(listed).toMatchObject({ ok: false, errorType: 'too-large' });
  });

  it('lists Secrets as metadata only, so their values never reach the scanner', async () => {
    const listed = await (
      await connect()
    ).list(RESOURCES.secrets, { metadataOnly: true });
    expect(listed.ok).toBe(true);
    if (!listed.ok) return;
    expect(listed.items.map(s => s.metadata?.name)).toEqual(['db']);
    expect(JSON.stringify(listed.items)).not.toContain(CANARY);
    expect(JSON.stringify(listed.items)).not.toContain(
      Buffer.from(CANARY).toString('base64'),
    );
  });

  it('reads a cluster from a kubeconfig file and context', async () => {
    const dir = await fs.mkdtemp(
      path.join(os.tmpdir(), 'readiness-kubeconfig-'),
    );
    const file = path.join(dir, 'config');
    await fs.writeFile(file, kubeconfigFor(server, 'shop'));
    try {
      const connection = await KubernetesConnection.create({
        name: 'from-file',
        kubeconfig: { path: file, context: 'shop' },
        pageSize: 500,
        requestTimeoutMs: 2000,
        maxListBytes: 10 * 1024 * 1024,
      });
      const listed = await connection.list(RESOURCES.pods);
      expect(listed.ok && listed.items).toHaveLength(5);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
