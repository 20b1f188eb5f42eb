import path from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  KubeApiTestServer,
  loadSnapshotObjects,
  startKubeApiTestServer,
} from '@readiness/test';
import request from 'supertest';
import { readinessPlugin } from './plugin';

function clusterResource(
  name: string,
  server: KubeApiTestServer,
  annotations: Record<string, string> = {},
) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      annotations: {
        'kubernetes.io/api-server': server.url,
        'kubernetes.io/api-server-certificate-authority': server.caData,
        ...annotations,
      },
    },
    spec: { type: 'kubernetes-cluster', owner: 'group:default/platform' },
  };
}

const today = new Date().toISOString().slice(0, 10);

describe('clusters declared in the catalog', () => {
  let server: KubeApiTestServer;
  beforeAll(async () => {
    const { objects, info } = await loadSnapshotObjects(
      path.join(__dirname, 'checks', '__fixtures__', 'isolated.yaml'),
    );
    server = await startKubeApiTestServer({ objects, info });
  });
  afterAll(async () => server?.close());

  it('scans catalog clusters that have a configured token, and only those', async () => {
    const { server: backend } = await startTestBackend({
      features: [
        readinessPlugin,
        // Runs the discovery task (which has an initial delay) at start-up.
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
        catalogServiceMock.factory({
          entities: [
            clusterResource('from-catalog', server, {
              // Dated today: the scan runs now, and attestations lapse after 90 days.
              'readiness.dev/attest.backup-dr-drill': `${today} by jane.doe https://wiki.example.com/dr`,
              // Misspelt: listed in the report instead of settling nothing in silence.
              'readiness.dev/attest.incidents-game-day':
                '2026-11-01 by jane.doe https://wiki.example.com/gameday',
            }),
            clusterResource('no-token', server),
          ],
        }),
        mockServices.rootConfig.factory({
          data: {
            readiness: {
              schedule: {
                frequency: { hours: 24 },
                timeout: { minutes: 1 },
                initialDelay: { hours: 24 },
              },
              catalogClusters: {
                enabled: true,
                serviceAccountTokens: { 'from-catalog': server.token },
              },
            },
          },
        }),
      ],
    });
    const auth = mockCredentials.user.header();
    const scanned = await request(backend)
      .post('/api/readiness/clusters/from-catalog/refresh')
      .set('Authorization', auth);
    expect(scanned.status).toBe(200);
    const report = await request(backend)
      .get('/api/readiness/clusters/from-catalog')
      .set('Authorization', auth);
    expect(
      report.body.report.pillars.find((p: any) => p.id === 'tenancy').score,
    ).toBe(3);
    expect(JSON.stringify(report.body)).not.toContain(server.token);
    const drill = report.body.report.pillars
      .flatMap((p: any) => p.checks)
      .find((c: any) => c.id === 'backup-dr-drill');
    expect(drill).toMatchObject({ status: 'pass', source: 'attested' });
    expect(report.body.report.ignoredDeclarations).toEqual([
      {
        object: 'Resource default/from-catalog',
        annotation: 'readiness.dev/attest.incidents-game-day',
        reason: 'no check has the id "incidents-game-day"',
      },
    ]);

    const skipped = await request(backend)
      .post('/api/readiness/clusters/no-token/refresh')
      .set('Authorization', auth);
    expect(skipped.status).toBe(404);
  });
});
