import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import {
  ClusterReport,
  MAX_TOTAL,
  PILLARS,
  REPORT_API_VERSION,
} from '@readiness/plugin-readiness-common';
import { ReadinessStore } from './ReadinessStore';

function report(
  cluster: string,
  total: number,
  scannedAt: string,
): ClusterReport {
  return {
    apiVersion: REPORT_API_VERSION,
    cluster,
    scannedAt,
    server: { version: 'v1.36.2', provider: null, region: null },
    total,
    max: MAX_TOTAL,
    assessedPillars: 1,
    pillars: PILLARS.map(p => ({
      id: p.id,
      title: p.title,
      score: p.id === 'tenancy' ? total : null,
      coverage: 1,
      checks: [],
    })),
    namespaces: [],
    coverageGaps: [],
    risks: [],
    teams: [],
  };
}

describe('ReadinessStore', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createStore(databaseId: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(databaseId);
    const store = await ReadinessStore.create(
      mockServices.database({ knex, migrations: { skip: false } }),
    );
    return { knex, store };
  }

  it.each(databases.eachSupportedId())(
    'keeps the last good report across a failed scan and accumulates daily history, %p',
    async databaseId => {
      const { store } = await createStore(databaseId);
      await store.saveReport(
        report('prod', 2, '2026-11-24T10:00:00.000Z'),
        new Date('2026-11-24T10:00:00Z'),
      );
      await store.saveReport(
        report('prod', 3, '2026-11-25T10:00:00.000Z'),
        new Date('2026-11-25T10:00:00Z'),
      );
      await store.saveFailure(
        'prod',
        'connection refused',
        new Date('2026-11-25T11:00:00Z'),
        report('prod', 0, '2026-11-25T11:00:00.000Z'),
      );

      const state = await store.getCluster('prod');
      expect(state).toMatchObject({
        name: 'prod',
        lastSuccessAt: '2026-11-25T10:00:00.000Z',
        lastAttemptAt: '2026-11-25T11:00:00.000Z',
        lastError: 'connection refused',
      });
      expect(state!.report!.total).toBe(3);

      const history = await store.getHistory('prod');
      expect(history.map(h => [h.day, h.total, h.pillars.tenancy])).toEqual([
        ['2026-11-24', 2, 2],
        ['2026-11-25', 3, 3],
      ]);

      // A cluster that never answered still gets a row saying why.
      await store.saveFailure(
        'new',
        'DNS lookup failed',
        new Date('2026-11-25T11:00:00Z'),
        report('new', 0, '2026-11-25T11:00:00.000Z'),
      );
      const fresh = await store.getCluster('new');
      expect(fresh).toMatchObject({
        lastSuccessAt: null,
        lastError: 'DNS lookup failed',
      });
      expect((await store.getClusters()).map(c => c.name)).toEqual([
        'new',
        'prod',
      ]);

      // A success clears the error.
      await store.saveReport(
        report('new', 1, '2026-11-25T12:00:00.000Z'),
        new Date('2026-11-25T12:00:00Z'),
      );
      expect(await store.getCluster('new')).toMatchObject({
        lastError: null,
        lastSuccessAt: '2026-11-25T12:00:00.000Z',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'migrates down and up again, %p',
    async databaseId => {
      const { knex } = await createStore(databaseId);
      const directory = require('node:path').resolve(
        __dirname,
        '../../migrations',
      );
      await knex.migrate.rollback({ directory }, true);
      expect(await knex.schema.hasTable('readiness_cluster_state')).toBe(false);
      await knex.migrate.latest({ directory });
      expect(await knex.schema.hasTable('readiness_cluster_state')).toBe(true);
      expect(await knex.schema.hasTable('readiness_score_history')).toBe(true);
    },
  );
});
