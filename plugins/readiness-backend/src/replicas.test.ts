import {
  TestDatabases,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { KubeApiTestServer, startKubeApiTestServer } from '@readiness/test';
import request from 'supertest';
import { readinessPlugin } from './plugin';

// Long enough that one interval spans the whole test: one scan expected, two if uncoordinated.
const FREQUENCY_MINUTES = 10;
// The scheduler's workers look for due work every 5 seconds.
const WINDOW_MS = 12_000;

describe('several backend replicas on one database', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15'] });
  let cluster: KubeApiTestServer;

  beforeAll(async () => {
    cluster = await startKubeApiTestServer({
      objects: [
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } },
      ],
    });
  });
  afterAll(async () => cluster?.close());

  it.each(databases.eachSupportedId())(
    'scan each cluster once per interval between them, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const replica = () =>
        startTestBackend({
          features: [
            readinessPlugin,
            schedulerServiceFactory,
            mockServices.database.factory({ knex }),
            catalogServiceMock.factory({ entities: [] }),
            mockServices.rootConfig.factory({
              data: {
                readiness: {
                  schedule: {
                    frequency: { minutes: FREQUENCY_MINUTES },
                    timeout: { seconds: 30 },
                    initialDelay: { seconds: 0 },
                  },
                  clusters: [
                    {
                      name: 'shared',
                      url: cluster.url,
                      caData: cluster.caData,
                      serviceAccountToken: cluster.token,
                    },
                  ],
                },
              },
            }),
          ],
        });
      const [a, b] = [await replica(), await replica()];
      await new Promise(resolve => setTimeout(resolve, WINDOW_MS));

      // Every scan starts with GET /version. Both replicas have the task due at once; the
      // database lets exactly one of them run it (with scope 'local' this counts 2).
      const scans = cluster.requests.filter(r => r.path === '/version').length;
      expect(scans).toBe(1);
      // The lock that makes that so: the task is coordinated through the shared database.
      const tasks = await knex('backstage_backend_tasks__tasks').select('id');
      expect(tasks.map(t => t.id)).toContain('readiness-scan:shared');

      // Both replicas serve the same stored result.
      const auth = mockCredentials.user.header();
      const fromA = await request(a.server)
        .get('/api/readiness/clusters/shared')
        .set('Authorization', auth);
      const fromB = await request(b.server)
        .get('/api/readiness/clusters/shared')
        .set('Authorization', auth);
      expect(fromA.status).toBe(200);
      expect(fromB.body.scan.lastSuccessAt).toBe(fromA.body.scan.lastSuccessAt);
      await a.stop();
      await b.stop();
    },
    60_000,
  );
});
