import path from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createBackendModule,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  KubeApiTestServer,
  loadSnapshotObjects,
  startKubeApiTestServer,
} from '@readiness/test';
import request from 'supertest';
import { readinessPlugin } from './plugin';
import { expectMatchesSpec } from './schema/__testUtils__/expectMatchesSpec';

// Each test starts a backend and scans clusters over HTTPS; on a 2-core runner with parallel
// Jest workers that takes longer than Jest's 5 s default.
jest.setTimeout(30_000);

const fixture = path.join(__dirname, 'checks', '__fixtures__', 'isolated.yaml');

// Found by label selector only: needs the catalog at scan time.
const searchBySelector = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'search-frontend',
    namespace: 'default',
    annotations: {
      'backstage.io/kubernetes-label-selector':
        'backstage.io/kubernetes-id in (search-api)',
    },
  },
  spec: {
    type: 'service',
    owner: 'group:default/search',
    lifecycle: 'production',
  },
};

const paymentsApi = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    namespace: 'default',
    annotations: { 'backstage.io/kubernetes-id': 'payments-api' },
  },
  spec: {
    type: 'service',
    owner: 'group:default/payments',
    lifecycle: 'production',
  },
};

describe('readiness backend over the Kubernetes API', () => {
  let healthy: KubeApiTestServer;
  let restricted: KubeApiTestServer;

  beforeAll(async () => {
    const { objects, info } = await loadSnapshotObjects(fixture);
    healthy = await startKubeApiTestServer({ objects, info });
    restricted = await startKubeApiTestServer({
      objects,
      info,
      faults: [{ resource: 'resourcequotas', status: 403 }],
    });
  });

  afterAll(async () => {
    await healthy?.close();
    await restricted?.close();
  });

  async function start(
    options: {
      permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
      /** Receives the plugin's scheduler, to look at the tasks it scheduled. */
      onScheduler?: (scheduler: SchedulerService) => void;
    } = {},
  ) {
    const { onScheduler } = options;
    const { server } = await startTestBackend({
      features: [
        readinessPlugin,
        ...(onScheduler
          ? [
              createBackendModule({
                pluginId: 'readiness',
                moduleId: 'scheduler-probe',
                register(env) {
                  env.registerInit({
                    deps: { scheduler: coreServices.scheduler },
                    async init({ scheduler }) {
                      onScheduler(scheduler);
                    },
                  });
                },
              }),
            ]
          : []),
        catalogServiceMock.factory({
          entities: [paymentsApi, searchBySelector],
        }),
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        mockServices.permissions.factory({
          result: options.permission ?? AuthorizeResult.ALLOW,
        }),
        mockServices.rootConfig.factory({
          data: {
            readiness: {
              // Scans are triggered through the API below, not by the clock.
              schedule: {
                frequency: { hours: 24 },
                timeout: { minutes: 1 },
                initialDelay: { hours: 24 },
              },
              clusters: [
                {
                  name: 'healthy',
                  url: healthy.url,
                  caData: healthy.caData,
                  serviceAccountToken: healthy.token,
                },
                {
                  name: 'restricted',
                  url: restricted.url,
                  caData: restricted.caData,
                  serviceAccountToken: restricted.token,
                },
                // Nothing listens on port 1 of the loopback: connection refused.
                {
                  name: 'unreachable',
                  url: 'https://127.0.0.1:1',
                  serviceAccountToken: 'x',
                },
              ],
              kubernetes: { pageSize: 2, requestTimeoutMs: 5000 },
            },
          },
        }),
      ],
    });
    return server;
  }

  const user = () => mockCredentials.user.header();

  it('scores a live cluster over HTTPS, and records 403 and unreachable as unknown with the reason', async () => {
    const server = await start();
    for (const name of ['healthy', 'restricted', 'unreachable']) {
      await request(server)
        .post(`/api/readiness/clusters/${name}/refresh`)
        .set('Authorization', user());
    }

    const healthyReport = await request(server)
      .get('/api/readiness/clusters/healthy')
      .set('Authorization', user());
    expect(healthyReport.status).toBe(200);
    expectMatchesSpec('get', '/clusters/{name}', healthyReport);
    const tenancy = healthyReport.body.report.pillars.find(
      (p: any) => p.id === 'tenancy',
    );
    expect(tenancy.score).toBe(3);
    expect(tenancy.coverage).toBe(1);
    expect(healthyReport.body.report.server.version).toMatch(/^v1\./);
    expect(healthyReport.body.scan.lastError).toBeNull();

    const restrictedReport = await request(server)
      .get('/api/readiness/clusters/restricted')
      .set('Authorization', user());
    expectMatchesSpec('get', '/clusters/{name}', restrictedReport);
    const checks = restrictedReport.body.report.pillars.find(
      (p: any) => p.id === 'tenancy',
    ).checks;
    const quota = checks.find((c: any) => c.id === 'tenancy-resource-quotas');
    expect(quota.status).toBe('unknown');
    expect(quota.evidence).toMatch(/403.*resourcequotas is forbidden/);
    // The rest of the cluster is still scored.
    expect(
      checks.find((c: any) => c.id === 'tenancy-limit-ranges').status,
    ).toBe('pass');
    expect(restrictedReport.body.report.coverageGaps).toContainEqual(
      expect.objectContaining({ resource: 'resourcequotas', statusCode: 403 }),
    );

    const down = await request(server)
      .get('/api/readiness/clusters/unreachable')
      .set('Authorization', user());
    expectMatchesSpec('get', '/clusters/{name}', down);
    expect(down.body.scan.lastError).toMatch(/connection refused/);
    expect(down.body.scan.stale).toBe(true);
    const downChecks = down.body.report.pillars.find(
      (p: any) => p.id === 'tenancy',
    ).checks;
    expect(
      downChecks.every(
        (c: any) =>
          c.status === 'unknown' && /connection refused/.test(c.evidence),
      ),
    ).toBe(true);

    const list = await request(server)
      .get('/api/readiness/clusters')
      .set('Authorization', user());
    expectMatchesSpec('get', '/clusters', list);
    const tenancyOf = (c: any) =>
      c.pillars.find((p: any) => p.id === 'tenancy')?.score;
    expect(
      list.body.items.map((c: any) => [c.name, tenancyOf(c), c.total === null]),
    ).toEqual([
      ['healthy', 3, false],
      ['restricted', 0, false],
      // Never scanned successfully: no total and no pillar score rather than silent zeros.
      ['unreachable', null, true],
    ]);

    const entity = await request(server)
      .get('/api/readiness/entity/component/default/payments-api')
      .set('Authorization', user());
    expect(entity.status).toBe(200);
    expectMatchesSpec('get', '/entity/{kind}/{namespace}/{name}', entity);
    expect(entity.body.matchedBy).toBe(
      'backstage.io/kubernetes-id=payments-api',
    );
    expect(entity.body.clusters.map((c: any) => c.cluster)).toEqual([
      'healthy',
      'restricted',
    ]);
    expect(entity.body.clusters[0].namespaces.map((n: any) => n.name)).toEqual([
      'payments',
    ]);

    const bySelector = await request(server)
      .get('/api/readiness/entity/component/default/search-frontend')
      .set('Authorization', user());
    expect(bySelector.body.matchedBy).toBe(
      'backstage.io/kubernetes-label-selector=backstage.io/kubernetes-id in (search-api)',
    );
    expect(
      bySelector.body.clusters.map((c: any) => [
        c.cluster,
        c.namespaces.map((n: any) => n.name),
      ]),
    ).toEqual([
      ['healthy', ['search']],
      ['restricted', ['search']],
    ]);

    // Cluster credentials never leave the backend.
    const everything = JSON.stringify([
      healthyReport.body,
      restrictedReport.body,
      down.body,
      list.body,
      entity.body,
    ]);
    expect(everything).not.toContain(healthy.token);
    expect(everything).not.toContain(restricted.token);
  });

  it('keeps the last good report when a later scan fails', async () => {
    const server = await start();
    await request(server)
      .post('/api/readiness/clusters/healthy/refresh')
      .set('Authorization', user());
    const before = await request(server)
      .get('/api/readiness/clusters/healthy')
      .set('Authorization', user());
    healthy.setFaults([{ resource: '*', status: 500 }]);
    try {
      const refresh = await request(server)
        .post('/api/readiness/clusters/healthy/refresh')
        .set('Authorization', user());
      expect(refresh.status).toBe(502);
      expectMatchesSpec('post', '/clusters/{name}/refresh', refresh);
      expect(refresh.body.error).toMatch(/HTTP 500/);
    } finally {
      healthy.setFaults([]);
    }
    const after = await request(server)
      .get('/api/readiness/clusters/healthy')
      .set('Authorization', user());
    expect(
      after.body.report.pillars.find((p: any) => p.id === 'tenancy').score,
    ).toBe(3);
    expect(after.body.report.scannedAt).toBe(before.body.report.scannedAt);
    expect(after.body.scan.lastError).toMatch(/HTTP 500/);
    expect(after.body.scan.stale).toBe(true);
  });

  it('serves the portal report as JSON and CSV, the team view and the runbooks', async () => {
    const server = await start();
    for (const name of ['healthy', 'unreachable']) {
      await request(server)
        .post(`/api/readiness/clusters/${name}/refresh`)
        .set('Authorization', user());
    }
    const json = await request(server)
      .get('/api/readiness/report')
      .set('Authorization', user());
    expect(json.status).toBe(200);
    expectMatchesSpec('get', '/report', json);
    expect(
      json.body.items.map((r: any) => [
        r.cluster,
        r.pillars.tenancy,
        r.owners,
        r.stale,
      ]),
    ).toEqual([
      ['healthy', 3, ['payments', 'search'], false],
      ['unreachable', null, [], true],
    ]);

    const csv = await request(server)
      .get('/api/readiness/report?format=csv')
      .set('Authorization', user());
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toMatch(
      /^cluster,total,max,assessed pillars,Identity & access,/,
    );
    expect(lines[1]).toMatch(/^healthy,\d+,27,/);
    expect(lines).toHaveLength(3);

    const badFormat = await request(server)
      .get('/api/readiness/report?format=xml')
      .set('Authorization', user());
    expect(badFormat.status).toBe(400);
    expectMatchesSpec('get', '/report', badFormat);
    expect(badFormat.body.error.message).toContain('"xml"');

    const team = await request(server)
      .get('/api/readiness/team/default/payments')
      .set('Authorization', user());
    expect(team.status).toBe(200);
    expectMatchesSpec('get', '/team/{namespace}/{name}', team);
    expect(team.body.teamRef).toBe('group:default/payments');
    expect(
      team.body.namespaces.map((n: any) => [
        n.cluster,
        n.namespace,
        n.ownerSource,
      ]),
    ).toEqual([['healthy', 'payments', 'namespace label team']]);
    expect(team.body.clusters.map((c: any) => c.cluster)).toEqual(['healthy']);

    const runbook = await request(server)
      .get('/api/readiness/runbooks/tenancy-resource-quotas')
      .set('Authorization', user());
    expect(runbook.status).toBe(200);
    expectMatchesSpec('get', '/runbooks/{id}', runbook);
    expect(runbook.body.title).toBe(
      'Every workload namespace has a ResourceQuota',
    );
    expect(runbook.body.markdown).toContain('ResourceQuota');
    const missing = await request(server)
      .get('/api/readiness/runbooks/no-such-check')
      .set('Authorization', user());
    expect(missing.status).toBe(404);
    expectMatchesSpec('get', '/runbooks/{id}', missing);
    const traversal = await request(server)
      .get('/api/readiness/runbooks/..%2F..%2Fpackage')
      .set('Authorization', user());
    expect(traversal.status).toBe(400);
  });

  it("keeps the cards' report indexes built in the background, on each replica", async () => {
    let scheduler: SchedulerService | undefined;
    await start({ onScheduler: s => (scheduler = s) });

    const tasks = await scheduler!.getScheduledTasks();
    const indexing = tasks.find(t => t.id === 'readiness-index-reports');
    expect(indexing).toMatchObject({ scope: 'local' });
    // It runs when asked (and on its own schedule), without waiting for a request.
    await expect(
      scheduler!.triggerTask('readiness-index-reports'),
    ).resolves.toBeUndefined();
  });

  it('rejects bad input with the offending value', async () => {
    const server = await start();
    const bad = await request(server)
      .get('/api/readiness/clusters/bad%20name')
      .set('Authorization', user());
    expect(bad.status).toBe(400);
    expectMatchesSpec('get', '/clusters/{name}', bad);
    expect(bad.body.error.message).toContain('"bad name"');
    const missing = await request(server)
      .get('/api/readiness/clusters/nope')
      .set('Authorization', user());
    expect(missing.status).toBe(404);
    const entity = await request(server)
      .get('/api/readiness/entity/component/default/ghost')
      .set('Authorization', user());
    expect(entity.status).toBe(404);
  });

  it('requires credentials (401) and permission (403)', async () => {
    const server = await start();
    const anonymous = await request(server).get('/api/readiness/clusters');
    expect(anonymous.status).toBe(401);
    expectMatchesSpec('get', '/clusters', anonymous);
    const health = await request(server).get('/api/readiness/health');
    expect(health.status).toBe(200);
    expectMatchesSpec('get', '/health', health);
    const document = await request(server)
      .get('/api/readiness/openapi.json')
      .set('Authorization', user());
    expect(document.status).toBe(200);
    expect(Object.keys(document.body.paths)).toContain(
      '/api/readiness/clusters/{name}',
    );

    const denied = await start({ permission: AuthorizeResult.DENY });
    const forbidden = await request(denied)
      .get('/api/readiness/clusters')
      .set('Authorization', user());
    expect(forbidden.status).toBe(403);
    expectMatchesSpec('get', '/clusters', forbidden);
    const refresh = await request(denied)
      .post('/api/readiness/clusters/healthy/refresh')
      .set('Authorization', user());
    expect(refresh.status).toBe(403);
    expectMatchesSpec('post', '/clusters/{name}/refresh', refresh);
  });
});
