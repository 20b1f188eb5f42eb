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

function clusterResource(name: string, server: KubeApiTestServer) {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      annotations: {
        'kubernetes.io/api-server': server.url,
        'kubernetes.io/api-server-certificate-authority': server.caData,
      },
    },
    spec: { type: 'kubernetes-cluster', owner: 'group:default/platform' },
  };
}

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
            clusterResource('from-catalog', server),
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

    const skipped = await request(backend)
      .post('/api/readiness/clusters/no-token/refresh')
      .set('Authorization', auth);
    expect(skipped.status).toBe(404);
  });
});
