import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  AttestationItem,
  AuditEntry,
  ClusterReport,
  ExemptionItem,
} from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { Attestation } from '../engine/attestations';
import { Exemption } from '../engine/exemptions';
import {
  DbAttestationRow,
  DbExemptionRow,
  toAttestationItem,
  toExemptionItem,
} from './declarationTables';
import {
  NewAttestation,
  createAttestation,
} from './operations/createAttestation';
import { NewExemption, createExemption } from './operations/createExemption';
import { listAttestations } from './operations/listAttestations';
import { listExemptions } from './operations/listExemptions';
import { listLiveDeclarations } from './operations/listLiveDeclarations';
import { readAudit } from './operations/readAudit';
import {
  declarationCluster,
  revokeDeclaration,
} from './operations/revokeDeclaration';
import {
  ReportSummary,
  parseStoredSummary,
  summarizeReport,
} from './reportSummary';
import {
  DbClusterStateRow,
  DbCostHistoryRow,
  DbScoreHistoryRow,
} from './tables';

const migrationsDir = resolvePackagePath(
  '@readiness/plugin-readiness-backend',
  'migrations',
);

/**
 * The stored state of one cluster without its report: what lists of clusters show. `summary` is
 * null when the cluster has no report.
 */
export interface StoredClusterSummary {
  name: string;
  summary: ReportSummary | null;
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  lastError: string | null;
}

/** The stored state of one cluster, with its whole report. */
export interface StoredClusterState extends StoredClusterSummary {
  report: ClusterReport | null;
}

/** The columns of `readiness_cluster_state` besides the report and its summary. */
const STATE_COLUMNS = [
  'cluster_name',
  'last_success_at',
  'last_attempt_at',
  'last_error',
] as const;

/** One namespace's cost on one day, as the team card's growth figures read it. */
export interface CostHistoryRow {
  cluster: string;
  namespace: string;
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  owner: string | null;
  monthly: number;
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
          summary: JSON.stringify(summarizeReport(report)),
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
          pillars: JSON.stringify(
            Object.fromEntries(report.pillars.map(p => [p.id, p.score])),
          ),
        })
        .onConflict(['cluster_name', 'day'])
        .merge();
      const costs = report.namespaces
        .filter(ns => ns.cost)
        .map(ns => ({
          cluster_name: report.cluster,
          namespace: ns.name,
          day: attempt.slice(0, 10),
          owner: ns.owner,
          monthly: ns.cost!.monthly,
          currency: ns.cost!.currency,
        }));
      // Chunked: SQLite caps the number of bound variables per statement.
      for (let i = 0; i < costs.length; i += 100) {
        await tx<DbCostHistoryRow>('readiness_cost_history')
          .insert(costs.slice(i, i + 100))
          .onConflict(['cluster_name', 'namespace', 'day'])
          .merge();
      }
    });
  }

  /** Deletes history older than the retention period. */
  async prune(retentionDays: number, now: Date): Promise<void> {
    const cutoff = new Date(now.getTime() - retentionDays * 86_400_000)
      .toISOString()
      .slice(0, 10);
    await this.#db('readiness_score_history')
      .where('day', '<', cutoff)
      .delete();
    await this.#db('readiness_cost_history').where('day', '<', cutoff).delete();
  }

  /**
   * The daily costs since `sinceDay` (inclusive) that one team's card needs: every day of the
   * given namespaces, and every row whose owner is one of `owners` (lower-case; compared
   * case-insensitively). Not the fleet's history: at 500 clusters of 300 namespaces, 40 days
   * are six million rows.
   */
  async getCostHistory(
    sinceDay: string,
    of: {
      owners: readonly string[];
      namespaces: ReadonlyArray<{ cluster: string; namespace: string }>;
    },
  ): Promise<CostHistoryRow[]> {
    // Keyed by day, cluster and namespace (the primary key): a row both queries find is one.
    const key = (r: DbCostHistoryRow) =>
      `${r.day}\u0000${r.cluster_name}\u0000${r.namespace}`;
    const found = new Map<string, DbCostHistoryRow>();
    const keep = (rows: DbCostHistoryRow[]) => {
      for (const r of rows) found.set(key(r), r);
    };
    if (of.owners.length > 0) {
      keep(
        await this.#db<DbCostHistoryRow>('readiness_cost_history')
          .where('day', '>=', sinceDay)
          .whereRaw(
            `lower(owner) in (${of.owners.map(() => '?').join(', ')})`,
            [...of.owners],
          ),
      );
    }
    // In batches, by cluster: SQLite caps the bound variables of a statement, and each
    // cluster's namespaces are a range of the primary key.
    for (let i = 0; i < of.namespaces.length; i += 400) {
      const byCluster = new Map<string, string[]>();
      for (const { cluster, namespace } of of.namespaces.slice(i, i + 400)) {
        const names = byCluster.get(cluster) ?? [];
        names.push(namespace);
        byCluster.set(cluster, names);
      }
      keep(
        await this.#db<DbCostHistoryRow>('readiness_cost_history')
          .where('day', '>=', sinceDay)
          .where(query => {
            for (const [cluster, names] of byCluster) {
              query.orWhere(q =>
                q.where('cluster_name', cluster).whereIn('namespace', names),
              );
            }
          }),
      );
    }
    // Oldest first, then by cluster and namespace: the same order on every database.
    return [...found.entries()]
      .sort(([a], [b]) => (a < b ? -1 : Number(a > b)))
      .map(([, r]) => ({
        cluster: r.cluster_name,
        namespace: r.namespace,
        day: r.day,
        owner: r.owner,
        monthly: Number(r.monthly),
      }));
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
          summary: JSON.stringify(summarizeReport(unknownReport)),
          last_success_at: null,
          last_attempt_at: attempt,
          last_error: error,
        });
      }
    });
  }

  /** Every cluster with its whole report, by name. Reads and parses every report. */
  async getClusters(): Promise<StoredClusterState[]> {
    const rows = await this.#db<DbClusterStateRow>('readiness_cluster_state')
      .select(...STATE_COLUMNS, 'report')
      .orderBy('cluster_name');
    return rows.map(toState);
  }

  /**
   * Every cluster with the summary of its report, by name, without reading the reports: what
   * the cluster list and the portal report need. A row whose summary is missing or was left
   * behind by an older writer (see `parseStoredSummary`) is summarized from its report here,
   * and the summary stored for the next reader.
   */
  async getClusterSummaries(): Promise<StoredClusterSummary[]> {
    const rows = await this.#db<DbClusterStateRow>('readiness_cluster_state')
      .select(...STATE_COLUMNS, 'summary')
      .orderBy('cluster_name');
    const result = rows.map(row =>
      toSummaryState(
        row,
        parseStoredSummary(row.summary, row.last_success_at) ?? null,
      ),
    );
    const unsummarized = new Map<string, number>();
    result.forEach((r, index) => {
      if (r.summary === null) unsummarized.set(r.name, index);
    });
    const names = [...unsummarized.keys()];
    for (let i = 0; i < names.length; i += 100) {
      const fresh = await this.#db<DbClusterStateRow>('readiness_cluster_state')
        .select(...STATE_COLUMNS, 'report')
        .whereIn('cluster_name', names.slice(i, i + 100))
        .whereNotNull('report');
      for (const row of fresh) {
        // The row as it is now, in case a scan was saved since the first read.
        const summary = summarizeReport(JSON.parse(row.report!));
        result[unsummarized.get(row.cluster_name)!] = toSummaryState(
          row,
          summary,
        );
        await this.#db<DbClusterStateRow>('readiness_cluster_state')
          .where({
            cluster_name: row.cluster_name,
            last_success_at: row.last_success_at,
          })
          .update({ summary: JSON.stringify(summary) });
      }
    }
    return result;
  }

  async getCluster(name: string): Promise<StoredClusterState | undefined> {
    const row = await this.#db<DbClusterStateRow>('readiness_cluster_state')
      .select(...STATE_COLUMNS, 'report')
      .where({ cluster_name: name })
      .first();
    return row ? toState(row) : undefined;
  }

  async getHistory(name: string): Promise<
    Array<{
      day: string;
      total: number;
      pillars: Record<string, number | null>;
    }>
  > {
    const rows = await this.#db<DbScoreHistoryRow>('readiness_score_history')
      .where({ cluster_name: name })
      .orderBy('day');
    return rows.map(r => ({
      day: r.day,
      total: Number(r.total),
      pillars: JSON.parse(r.pillars),
    }));
  }

  /** Stores an attestation declared by `actor`, with its audit entry. */
  async createAttestation(
    input: NewAttestation,
    actor: string,
    now: Date,
  ): Promise<AttestationItem> {
    return createAttestation(this.#db, input, actor, now);
  }

  /** Stores an exemption declared by `actor`, with its audit entry. */
  async createExemption(
    input: NewExemption,
    actor: string,
    now: Date,
  ): Promise<ExemptionItem> {
    return createExemption(this.#db, input, actor, now);
  }

  /** The cluster a declaration is about, null for every cluster; NotFoundError if unknown. */
  async getDeclarationCluster(
    kind: 'attestation' | 'exemption',
    id: string,
  ): Promise<string | null> {
    return declarationCluster(this.#db, kind, id);
  }

  /** Revokes an attestation; NotFoundError if unknown, ConflictError if already revoked. */
  async revokeAttestation(
    id: string,
    actor: string,
    now: Date,
  ): Promise<AttestationItem> {
    const row = await revokeDeclaration<DbAttestationRow>(
      this.#db,
      'attestation',
      id,
      actor,
      now,
    );
    return toAttestationItem(row, now);
  }

  /** Revokes an exemption; NotFoundError if unknown, ConflictError if already revoked. */
  async revokeExemption(
    id: string,
    actor: string,
    now: Date,
  ): Promise<ExemptionItem> {
    const row = await revokeDeclaration<DbExemptionRow>(
      this.#db,
      'exemption',
      id,
      actor,
      now,
    );
    return toExemptionItem(row, now);
  }

  async listAttestations(options: {
    cluster?: string;
    now: Date;
  }): Promise<AttestationItem[]> {
    return listAttestations(this.#db, options);
  }

  async listExemptions(options: {
    cluster?: string;
    now: Date;
  }): Promise<ExemptionItem[]> {
    return listExemptions(this.#db, options);
  }

  /** What a scan of `cluster` applies from the API: live attestations and exemptions. */
  async getLiveDeclarations(
    cluster: string,
    now: Date,
  ): Promise<{ attestations: Attestation[]; exemptions: Exemption[] }> {
    return listLiveDeclarations(this.#db, cluster, now);
  }

  /** The latest audit entries, newest first. */
  /** The latest `limit` audit entries that `visible` keeps (all by default), newest first. */
  async getAudit(
    limit: number,
    visible?: (entry: AuditEntry) => boolean,
  ): Promise<AuditEntry[]> {
    return readAudit(this.#db, limit, visible);
  }
}

function toSummaryState(
  row: Omit<DbClusterStateRow, 'report' | 'summary'>,
  summary: ReportSummary | null,
): StoredClusterSummary {
  return {
    name: row.cluster_name,
    summary,
    lastSuccessAt: row.last_success_at,
    lastAttemptAt: row.last_attempt_at,
    lastError: row.last_error,
  };
}

function toState(row: Omit<DbClusterStateRow, 'summary'>): StoredClusterState {
  const report = row.report ? (JSON.parse(row.report) as ClusterReport) : null;
  // From the report at hand, parsed anyway: always the summary of this very report.
  const summary = report ? summarizeReport(report) : null;
  return { ...toSummaryState(row, summary), report };
}
