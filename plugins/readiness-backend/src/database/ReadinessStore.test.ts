import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import {
  ClusterReport,
  MAX_TOTAL,
  NamespaceReport,
  PILLARS,
  REPORT_API_VERSION,
} from '@readiness/plugin-readiness-common';
import path from 'node:path';
import { ReadinessStore } from './ReadinessStore';
import { createTestStore } from './__testUtils__/testStore';
import { namespace, testReport } from './__testUtils__/reports';
import { summarizeReport } from './reportSummary';

const migrationsDir = path.resolve(__dirname, '../../migrations');
/** The migration that added `readiness_cluster_state.summary`. */
const SUMMARY_MIGRATION = '20261126120000_cluster_state_summary.js';

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

  const createStore = (databaseId: Parameters<typeof databases.init>[0]) =>
    createTestStore(databases, databaseId);

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
    "reads one team's cost history: its namespaces' every day and the rows it owned, %p",
    async databaseId => {
      const { store } = await createStore(databaseId);
      const priced = (name: string, owner: string | null, monthly: number) => ({
        ...namespace(name, owner),
        cost: {
          monthly,
          currency: 'USD',
          unpricedContainers: 0,
        } as NamespaceReport['cost'],
      });
      // Day 1: `shared` belonged to search; day 2 it is the team's. `Payments` is the short
      // owner spelling in another case; `search` is never the team's.
      const scans: Array<[string, string, NamespaceReport[]]> = [
        [
          'prod',
          '2026-11-24',
          [
            priced('shared', 'search', 10),
            priced('api', 'Payments', 20),
            priced('search', 'search', 30),
          ],
        ],
        [
          'prod',
          '2026-11-25',
          [
            priced('shared', 'group:default/payments', 11),
            priced('api', 'Payments', 21),
            priced('search', 'search', 31),
          ],
        ],
        ['edge', '2026-11-25', [priced('api', 'payments', 40)]],
      ];
      for (const [cluster, day, namespaces] of scans) {
        const at = `${day}T10:00:00.000Z`;
        await store.saveReport(
          testReport(cluster, at, { namespaces }),
          new Date(at),
        );
      }

      const rows = await store.getCostHistory('2026-11-01', {
        owners: ['group:default/payments', 'payments', 'group:payments'],
        namespaces: [{ cluster: 'prod', namespace: 'shared' }],
      });
      expect(
        rows.map(r => `${r.day} ${r.cluster}/${r.namespace} ${r.monthly}`),
      ).toEqual([
        // Oldest first; `shared` on the day it was search's too, for its own growth.
        '2026-11-24 prod/api 20',
        '2026-11-24 prod/shared 10',
        '2026-11-25 edge/api 40',
        '2026-11-25 prod/api 21',
        '2026-11-25 prod/shared 11',
      ]);
      expect(
        await store.getCostHistory('2026-11-25', {
          owners: [],
          namespaces: [{ cluster: 'prod', namespace: 'search' }],
        }),
      ).toEqual([
        {
          cluster: 'prod',
          namespace: 'search',
          day: '2026-11-25',
          owner: 'search',
          monthly: 31,
        },
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'migrates down and up again, %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const prod = testReport('prod', '2026-11-25T10:00:00.000Z', {
        namespaces: [namespace('payments', 'payments')],
      });
      await store.saveReport(prod, new Date('2026-11-25T10:00:00Z'));

      // Down one step: the summary column goes, the stored report stays.
      await knex.migrate.down({ directory: migrationsDir });
      expect(
        await knex.schema.hasColumn('readiness_cluster_state', 'summary'),
      ).toBe(false);
      const [row] = await knex('readiness_cluster_state').select();
      expect(row.cluster_name).toBe('prod');
      expect(JSON.parse(row.report)).toEqual(prod);
      // The previous release's upsert still finds its key (SQLite rebuilds the table).
      await knex('readiness_cluster_state')
        .insert({ ...row, last_error: 'after rollback' })
        .onConflict('cluster_name')
        .merge();
      expect(
        await knex('readiness_cluster_state').select('last_error'),
      ).toEqual([{ last_error: 'after rollback' }]);

      await knex.migrate.rollback({ directory: migrationsDir }, true);
      expect(await knex.schema.hasTable('readiness_cluster_state')).toBe(false);
      await knex.migrate.latest({ directory: migrationsDir });
      expect(await knex.schema.hasTable('readiness_cluster_state')).toBe(true);
      expect(await knex.schema.hasTable('readiness_score_history')).toBe(true);
      expect(
        await knex.schema.hasColumn('readiness_cluster_state', 'summary'),
      ).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps a summary beside each report and lists clusters without reading reports, %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const first = testReport('prod', '2026-11-24T10:00:00.000Z', {
        scores: { tenancy: 1 },
        namespaces: [namespace('a', 'payments'), namespace('b', null)],
      });
      const second = testReport('prod', '2026-11-25T10:00:00.000Z', {
        scores: { tenancy: 3, security: 2 },
        namespaces: [
          namespace('a', 'payments'),
          namespace('c', 'checkout'),
          namespace('d', 'payments'),
        ],
      });
      await store.saveReport(first, new Date('2026-11-24T10:00:00Z'));
      await store.saveReport(second, new Date('2026-11-25T10:00:00Z'));
      const unknown = testReport('new', '2026-11-25T11:00:00.000Z', {
        scores: {},
      });
      await store.saveFailure(
        'new',
        'DNS lookup failed',
        new Date('2026-11-25T11:00:00Z'),
        unknown,
      );
      // A failed scan keeps the report shown, and so its summary.
      await store.saveFailure(
        'prod',
        'connection refused',
        new Date('2026-11-25T11:00:00Z'),
        testReport('prod', '2026-11-25T11:00:00.000Z', { scores: {} }),
      );

      const queries: string[] = [];
      const onQuery = (q: { sql: string }) => queries.push(q.sql);
      knex.on('query', onQuery);
      const summaries = await store.getClusterSummaries();
      knex.off('query', onQuery);

      expect(summaries).toEqual([
        {
          name: 'new',
          summary: summarizeReport(unknown),
          lastSuccessAt: null,
          lastAttemptAt: '2026-11-25T11:00:00.000Z',
          lastError: 'DNS lookup failed',
        },
        {
          name: 'prod',
          summary: summarizeReport(second),
          lastSuccessAt: '2026-11-25T10:00:00.000Z',
          lastAttemptAt: '2026-11-25T11:00:00.000Z',
          lastError: 'connection refused',
        },
      ]);
      expect(summaries[1].summary!.owners).toEqual(['checkout', 'payments']);
      expect(queries).toHaveLength(1);
      expect(queries[0]).not.toMatch(/report|\*/);

      // The same summaries as the whole states carry.
      const states = await store.getClusters();
      expect(states.map(({ report: _report, ...rest }) => rest)).toEqual(
        summaries,
      );
    },
  );

  it('reads the cluster list from a covering index in SQLite, not from the rows', async () => {
    // In SQLite every state column comes after the report in the row.
    const { knex, store } = await createStore('SQLITE_3');
    await store.saveReport(
      testReport('prod', '2026-11-25T10:00:00.000Z'),
      new Date('2026-11-25T10:00:00Z'),
    );
    const queries: string[] = [];
    const onQuery = (q: { sql: string }) => queries.push(q.sql);
    knex.on('query', onQuery);
    await store.getClusterSummaries();
    knex.off('query', onQuery);
    const plan = await knex.raw(`explain query plan ${queries[0]}`);
    expect(plan.map((p: { detail: string }) => p.detail)).toEqual([
      expect.stringContaining(
        'USING COVERING INDEX readiness_cluster_state_summary_idx',
      ),
    ]);
  });

  it.each(databases.eachSupportedId())(
    'back-fills the summaries of reports stored before the column, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      // The schema as the previous release left it: the migrations before this one.
      for (;;) {
        const [, pending] = await knex.migrate.list({
          directory: migrationsDir,
        });
        if (pending[0].file === SUMMARY_MIGRATION) break;
        await knex.migrate.up({ directory: migrationsDir });
      }
      const reports = Array.from({ length: 120 }, (_, i) =>
        testReport(
          `c-${String(i).padStart(3, '0')}`,
          '2026-11-25T10:00:00.000Z',
          {
            scores: { tenancy: i % 4, security: (i + 1) % 4 },
            namespaces: [
              namespace('z', `team-${i % 3}`),
              namespace('y', null),
              namespace('x', `team-${(i + 1) % 3}`),
            ],
          },
        ),
      );
      for (const r of reports) {
        await knex('readiness_cluster_state').insert({
          cluster_name: r.cluster,
          report: JSON.stringify(r),
          last_success_at: r.scannedAt,
          last_attempt_at: r.scannedAt,
          last_error: null,
        });
      }
      await knex('readiness_cluster_state').insert([
        {
          cluster_name: 'broken',
          report: '{not json',
          last_success_at: null,
          last_attempt_at: '2026-11-25T10:00:00.000Z',
          last_error: 'x',
        },
        {
          cluster_name: 'none',
          report: null,
          last_success_at: null,
          last_attempt_at: '2026-11-25T10:00:00.000Z',
          last_error: 'never read',
        },
      ]);

      await knex.migrate.latest({ directory: migrationsDir });

      const stored = await knex('readiness_cluster_state')
        .select('cluster_name', 'summary')
        .orderBy('cluster_name');
      expect(stored.map(r => r.cluster_name)).toEqual([
        'broken',
        ...reports.map(r => r.cluster),
        'none',
      ]);
      // The migration's own copy of summarizeReport agrees with it.
      expect(stored.slice(1, -1).map(r => JSON.parse(r.summary))).toEqual(
        reports.map(summarizeReport),
      );
      expect(stored[0].summary).toBeNull();
      expect(stored[stored.length - 1].summary).toBeNull();

      await knex('readiness_cluster_state')
        .where({ cluster_name: 'broken' })
        .delete();
      const store = await ReadinessStore.create(
        mockServices.database({ knex, migrations: { skip: false } }),
      );
      const summaries = await store.getClusterSummaries();
      expect(summaries.map(s => s.summary)).toEqual([
        ...reports.map(summarizeReport),
        null,
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'summarizes on read a row whose summary is missing or outdated, and stores it, %p',
    async databaseId => {
      const { knex, store } = await createStore(databaseId);
      const reports = Array.from({ length: 150 }, (_, i) =>
        testReport(
          `c-${String(i).padStart(3, '0')}`,
          '2026-11-25T10:00:00.000Z',
          {
            scores: { tenancy: i % 4 },
            namespaces: [namespace('a', `team-${i % 5}`)],
          },
        ),
      );
      for (const r of reports) {
        await store.saveReport(r, new Date('2026-11-25T10:00:00Z'));
      }
      await store.saveFailure(
        'never',
        'DNS lookup failed',
        new Date('2026-11-25T11:00:00Z'),
        testReport('never', '2026-11-25T11:00:00.000Z', { scores: {} }),
      );
      // As an older backend would leave them: new rows without a summary (more than one batch
      // of them), and a report replaced without its summary.
      await knex('readiness_cluster_state')
        .whereNot({ cluster_name: 'c-000' })
        .update({ summary: null });
      const newer = testReport('c-000', '2026-11-25T12:00:00.000Z', {
        scores: { security: 3 },
      });
      await knex('readiness_cluster_state')
        .where({ cluster_name: 'c-000' })
        .update({
          report: JSON.stringify(newer),
          last_success_at: newer.scannedAt,
        });
      await knex('readiness_cluster_state').insert({
        cluster_name: 'none',
        report: null,
        summary: null,
        last_success_at: null,
        last_attempt_at: '2026-11-25T10:00:00.000Z',
        last_error: 'never read',
      });

      const expected = (await store.getClusters()).map(
        ({ report: _report, ...rest }) => rest,
      );
      expect(expected[0].summary).toEqual(summarizeReport(newer));
      expect(await store.getClusterSummaries()).toEqual(expected);

      // Stored: the next read needs no report (only the row without one is looked up again).
      const queries: string[] = [];
      const onQuery = (q: { sql: string }) => queries.push(q.sql);
      knex.on('query', onQuery);
      expect(await store.getClusterSummaries()).toEqual(expected);
      knex.off('query', onQuery);
      expect(queries).toHaveLength(2);
      const nulls = await knex('readiness_cluster_state')
        .whereNull('summary')
        .select('cluster_name');
      expect(nulls).toEqual([{ cluster_name: 'none' }]);
    },
  );
});
