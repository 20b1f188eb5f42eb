import { DatabaseService, resolvePackagePath } from '@backstage/backend-plugin-api';
import { ClusterReport } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { DbClusterStateRow, DbScoreHistoryRow } from './tables';

const migrationsDir = resolvePackagePath('@readiness/plugin-readiness-backend', 'migrations');

/** The stored state of one cluster. */
export interface StoredClusterState {
  name: string;
  report: ClusterReport | null;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
}

/** The only module that talks to the database. */
export class ReadinessStore {
  readonly #db: Knex;

  static async create(database: DatabaseService): Promise<ReadinessStore> {
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new ReadinessStore(client);
  }

  private constructor(db: Knex) {
    this.#db = db;
  }

  /** Records a completed scan: the report becomes the one shown, and today's history row. */
  async saveReport(report: ClusterReport, at: Date): Promise<void> {
    const attempt = at.toISOString();
    await this.#db.transaction(async tx => {
      await tx<DbClusterStateRow>('readiness_cluster_state')
        .insert({
          cluster_name: report.cluster,
          report: JSON.stringify(report),
          last_success_at: report.scannedAt,
          last_attempt_at: attempt,
          last_error: null,
        })
        .onConflict('cluster_name')
        .merge();
      await tx<DbScoreHistoryRow>('readiness_score_history')
        .insert({
          cluster_name: report.cluster,
          day: attempt.slice(0, 10),
          total: report.total,
          pillars: JSON.stringify(Object.fromEntries(report.pillars.map(p => [p.id, p.score]))),
        })
        .onConflict(['cluster_name', 'day'])
        .merge();
    });
  }

  /**
   * Records a failed scan without touching the report shown. A cluster never scanned before gets
   * the all-unknown report, so readers see why instead of nothing.
   */
  async saveFailure(
    cluster: string,
    error: string,
    at: Date,
    unknownReport: ClusterReport,
  ): Promise<void> {
    const attempt = at.toISOString();
    await this.#db.transaction(async tx => {
      const updated = await tx<DbClusterStateRow>('readiness_cluster_state')
        .where({ cluster_name: cluster })
        .update({ last_attempt_at: attempt, last_error: error });
      if (updated === 0) {
        await tx<DbClusterStateRow>('readiness_cluster_state').insert({
          cluster_name: cluster,
          report: JSON.stringify(unknownReport),
          last_success_at: null,
          last_attempt_at: attempt,
          last_error: error,
        });
      }
    });
  }

  async getClusters(): Promise<StoredClusterState[]> {
    const rows = await this.#db<DbClusterStateRow>('readiness_cluster_state').orderBy(
      'cluster_name',
    );
    return rows.map(toState);
  }

  async getCluster(name: string): Promise<StoredClusterState | undefined> {
    const row = await this.#db<DbClusterStateRow>('readiness_cluster_state')
      .where({ cluster_name: name })
      .first();
    return row ? toState(row) : undefined;
  }

  async getHistory(name: string): Promise<Array<{ day: string; total: number; pillars: Record<string, number | null> }>> {
    const rows = await this.#db<DbScoreHistoryRow>('readiness_score_history')
      .where({ cluster_name: name })
      .orderBy('day');
    return rows.map(r => ({ day: r.day, total: Number(r.total), pillars: JSON.parse(r.pillars) }));
  }
}

function toState(row: DbClusterStateRow): StoredClusterState {
  return {
    name: row.cluster_name,
    report: row.report ? (JSON.parse(row.report) as ClusterReport) : null,
    lastSuccessAt: row.last_success_at,
    lastAttemptAt: row.last_attempt_at,
    lastError: row.last_error,
  };
}
