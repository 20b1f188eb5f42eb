import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import {
  JANE,
  attestation,
  day,
  exemption,
  jane,
  startDeclarationsBackend as start,
} from './__testUtils__/declarationsBackend';

describe('attestations and exemptions through the API', () => {
  it('needs a user (401 anonymous, 403 service) holding the create permissions (403)', async () => {
    const server = await start();
    const anonymous = await request(server)
      .post('/api/readiness/attestations')
      .send(attestation());
    expect(anonymous.status).toBe(401);
    expect(
      (await request(server).get('/api/readiness/exemptions')).status,
    ).toBe(401);
    expect((await request(server).get('/api/readiness/audit')).status).toBe(
      401,
    );
    // A declaration needs a person to answer for it.
    const service = await request(server)
      .post('/api/readiness/exemptions')
      .set('Authorization', mockCredentials.service.header())
      .send(exemption());
    expect(service.status).toBe(403);

    const denied = await start({
      permissions: mockServices.permissions.factory({
        result: AuthorizeResult.DENY,
      }),
    });
    for (const [route, body] of [
      ['/attestations', attestation()],
      ['/exemptions', exemption()],
      ['/attestations/some-id/revoke', undefined],
      ['/exemptions/some-id/revoke', undefined],
    ] as const) {
      const response = await request(denied)
        .post(`/api/readiness${route}`)
        .set('Authorization', jane())
        .send(body);
      expect([route, response.status]).toEqual([route, 403]);
    }
  });

  it.each([
    ['/attestations', { check: 'no-such-check' }, '"no-such-check"'],
    [
      '/attestations',
      { check: 'tenancy-resource-quotas' },
      '"tenancy-resource-quotas"',
    ],
    ['/attestations', { cluster: 'nope' }, '"nope"'],
    ['/attestations', { date: day(1) }, `"${day(1)}"`],
    ['/attestations', { evidence: 'see wiki' }, '"see wiki"'],
    ['/attestations', { expires: day(-3) }, `"${day(-3)}"`],
    ['/attestations', { expires: day(100) }, `"${day(100)}"`],
    ['/attestations', { by: 'user:default/mallory' }, '"by"'],
    ['/exemptions', { check: 'no-such-check' }, '"no-such-check"'],
    ['/exemptions', { cluster: 'nope' }, '"nope"'],
    ['/exemptions', { namespace: 'Bad_NS' }, '"Bad_NS"'],
    ['/exemptions', { object: { kind: 'pod', name: 'x' } }, '"pod"'],
    ['/exemptions', { reason: '' }, '"reason" ("")'],
    ['/exemptions', { expires: day(0) }, `"${day(0)}"`],
    ['/exemptions', { expires: day(400) }, `"${day(400)}"`],
    ['/exemptions', { expires: 'next week' }, '"next week"'],
  ])('POST %s with %j is a 400 quoting %s', async (route, change, quoted) => {
    const server = await start();
    const base = route === '/attestations' ? attestation() : exemption();
    const response = await request(server)
      .post(`/api/readiness${route}`)
      .set('Authorization', jane())
      .send({ ...base, ...change });
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('InputError');
    expect(response.body.error.message).toContain(quoted);
  });

  it('rejects bad query values with the value quoted', async () => {
    const server = await start();
    const limit = await request(server)
      .get('/api/readiness/audit?limit=0')
      .set('Authorization', jane());
    expect(limit.status).toBe(400);
    expect(limit.body.error.message).toContain('"0"');
    const cluster = await request(server)
      .get('/api/readiness/attestations?cluster=bad%20name')
      .set('Authorization', jane());
    expect(cluster.status).toBe(400);
    expect(cluster.body.error.message).toContain('"bad name"');
  });

  it('applies declarations on the next scan and keeps an audit trail of each change', async () => {
    const server = await start();
    const api = request(server);
    const refresh = async () =>
      expect(
        (
          await api
            .post('/api/readiness/clusters/shop/refresh')
            .set('Authorization', jane())
        ).status,
      ).toBe(200);
    const check = async (id: string) => {
      const detail = await api
        .get('/api/readiness/clusters/shop')
        .set('Authorization', jane());
      return detail.body.report.pillars
        .flatMap((p: any) => p.checks)
        .find((c: any) => c.id === id);
    };
    await refresh();
    expect(await check('incidents-on-call-rotation')).toMatchObject({
      status: 'unknown',
      source: 'observed',
    });
    expect((await check('backup-velero-schedule')).status).toBe('fail');

    const attested = await api
      .post('/api/readiness/attestations')
      .set('Authorization', jane())
      .send(attestation());
    expect(attested.status).toBe(201);
    expect(attested.body).toMatchObject({
      ...attestation(),
      by: JANE,
      expires: day(87),
      status: 'live',
      revokedAt: null,
    });
    // Nothing changes until the cluster is scanned again.
    expect((await check('incidents-on-call-rotation')).status).toBe('unknown');
    await refresh();
    expect(await check('incidents-on-call-rotation')).toMatchObject({
      status: 'pass',
      source: 'attested',
      attestation: {
        by: JANE,
        date: day(-3),
        evidence: 'https://wiki.example.com/on-call',
        expires: day(87),
      },
    });

    const exempted = await api
      .post('/api/readiness/exemptions')
      .set('Authorization', jane())
      .send(exemption());
    expect(exempted.status).toBe(201);
    expect(exempted.body).toMatchObject({ by: JANE, status: 'live' });
    await refresh();
    expect(await check('backup-velero-schedule')).toMatchObject({
      status: 'exempted',
      exemption: {
        reason: 'backups by the storage array, PLAT-9',
        by: JANE,
        expires: day(30),
        scope: 'whole check',
      },
    });
    // Scoped to "shop": the other cluster's verdict is its own.
    await api
      .post('/api/readiness/clusters/other/refresh')
      .set('Authorization', jane());
    const other = await api
      .get('/api/readiness/clusters/other')
      .set('Authorization', jane());
    expect(
      other.body.report.pillars
        .flatMap((p: any) => p.checks)
        .find((c: any) => c.id === 'backup-velero-schedule').status,
    ).toBe('fail');

    const revoked = await api
      .post(`/api/readiness/exemptions/${exempted.body.id}/revoke`)
      .set('Authorization', mockCredentials.user.header('user:default/omar'));
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({
      status: 'revoked',
      by: JANE,
      revokedBy: 'user:default/omar',
    });
    const again = await api
      .post(`/api/readiness/exemptions/${exempted.body.id}/revoke`)
      .set('Authorization', jane());
    expect(again.status).toBe(409);
    const missing = await api
      .post('/api/readiness/attestations/no-such-id/revoke')
      .set('Authorization', jane());
    expect(missing.status).toBe(404);
    await refresh();
    expect((await check('backup-velero-schedule')).status).toBe('fail');

    await api
      .post(`/api/readiness/attestations/${attested.body.id}/revoke`)
      .set('Authorization', jane());
    await refresh();
    expect((await check('incidents-on-call-rotation')).status).toBe('unknown');

    // Revoked declarations stay on record.
    const exemptions = await api
      .get('/api/readiness/exemptions?cluster=shop')
      .set('Authorization', jane());
    expect(exemptions.body.items.map((e: any) => e.status)).toEqual([
      'revoked',
    ]);
    const audit = await api
      .get('/api/readiness/audit')
      .set('Authorization', jane());
    expect(audit.status).toBe(200);
    expect(
      audit.body.items.map((e: any) => [e.action, e.kind, e.itemId, e.actor]),
    ).toEqual([
      ['revoke', 'attestation', attested.body.id, JANE],
      ['revoke', 'exemption', exempted.body.id, 'user:default/omar'],
      ['create', 'exemption', exempted.body.id, JANE],
      ['create', 'attestation', attested.body.id, JANE],
    ]);
    expect(audit.body.items[3].details).toMatchObject(attestation());
  });

  it('applies them to a cluster that cannot be read at all, as to any other', async () => {
    const server = await start({
      clusters: [{ name: 'broken', snapshot: '/nonexistent/cluster.yaml' }],
    });
    const api = request(server);
    const attested = await api
      .post('/api/readiness/attestations')
      .set('Authorization', jane())
      .send({ ...attestation(), cluster: 'broken' });
    expect(attested.status).toBe(201);
    const refresh = await api
      .post('/api/readiness/clusters/broken/refresh')
      .set('Authorization', jane());
    expect(refresh.status).toBe(502);
    expect(refresh.body.error).toMatch(/nonexistent/);
    const detail = await api
      .get('/api/readiness/clusters/broken')
      .set('Authorization', jane());
    const checks = detail.body.report.pillars.flatMap((p: any) => p.checks);
    expect(checks.find((c: any) => c.id === attestation().check)).toMatchObject(
      { status: 'pass', source: 'attested' },
    );
    // Everything else is unknown: with the cluster's reason, or (for the checks only an
    // attestation settles) with how to attest it.
    expect(
      checks
        .filter((c: any) => c.source === 'observed')
        .filter(
          (c: any) =>
            !(
              c.status === 'unknown' &&
              (/nonexistent/.test(c.evidence) ||
                /; attest it \(/.test(c.evidence))
            ),
        )
        .map((c: any) => [c.id, c.status, c.evidence]),
    ).toEqual([]);
  });
});
