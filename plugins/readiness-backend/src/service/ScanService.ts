import { LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { ClusterReport } from '@readiness/plugin-readiness-common';
import {
  ClusterSourceConfig,
  ReadinessConfig,
  scoringOptions,
} from '../config';
import { collectFacts, unreadableCluster } from '../collect/collectFacts';
import { ReadinessStore } from '../database/ReadinessStore';
import { Attestation } from '../engine/attestations';
import { Exemption } from '../engine/exemptions';
import { ScoringOptions, scoreCluster } from '../engine/scoreCluster';
import { createReader } from '../sources/createReader';
import type { ReadinessMetrics } from './ReadinessMetrics';
import { CatalogFacts } from '../catalog/catalogFacts';
import { OpenCostClient, OpenCostResult } from '../cost';
import { CatalogComponent } from '../ownership/catalogComponents';

/** What one scan produced. */
export interface ScanOutcome {
  cluster: string;
  ok: boolean;
  report: ClusterReport;
  error: string | null;
  durationMs: number;
}

/** What a ScanService is built from. */
export interface ScanServiceOptions {
  config: ReadinessConfig;
  store: ReadinessStore;
  logger: LoggerService;
  metrics?: ReadinessMetrics;
  /** Loads ownership hints and attestations from the catalog; scans go on without it. */
  catalog?: () => Promise<CatalogFacts>;
}

/** Scans configured clusters and records the outcome, good or bad, in the store. */
export class ScanService {
  readonly #config: ReadinessConfig;
  readonly #store: ReadinessStore;
  readonly #logger: LoggerService;
  readonly #metrics: ReadinessMetrics | undefined;
  readonly #catalog: (() => Promise<CatalogFacts>) | undefined;
  readonly #clusters: Map<string, ClusterSourceConfig>;
  readonly #fromCatalog = new Set<string>();

  static create(options: ScanServiceOptions): ScanService {
    return new ScanService(options);
  }

  private constructor(options: ScanServiceOptions) {
    this.#config = options.config;
    this.#store = options.store;
    this.#logger = options.logger;
    this.#metrics = options.metrics;
    this.#catalog = options.catalog;
    this.#clusters = new Map(options.config.clusters.map(c => [c.name, c]));
  }

  /**
   * Adds a cluster found after start-up (in the catalog). Returns false when one of that name is
   * already known: configured clusters win over catalog ones.
   */
  addCluster(cluster: ClusterSourceConfig): boolean {
    if (this.#clusters.has(cluster.name)) return false;
    this.#clusters.set(cluster.name, cluster);
    this.#fromCatalog.add(cluster.name);
    return true;
  }

  /** The clusters added by {@link ScanService.addCluster}, i.e. found in the catalog. */
  catalogClusterNames(): string[] {
    return [...this.#fromCatalog];
  }

  /**
   * Stops scanning a cluster that left the catalog. Its stored reports stay (and turn stale);
   * configured clusters cannot be removed this way.
   */
  removeCluster(name: string): boolean {
    if (!this.#fromCatalog.delete(name)) return false;
    return this.#clusters.delete(name);
  }

  /** Whether a cluster is scanned: scheduled tasks of removed clusters do nothing. */
  hasCluster(name: string): boolean {
    return this.#clusters.has(name);
  }

  clusterNames(): string[] {
    return [...this.#clusters.keys()];
  }

  async #loadCatalog(
    gaps: { resource: string; reason: string; statusCode: number | null }[],
  ) {
    if (!this.#catalog) return undefined;
    try {
      return await this.#catalog();
    } catch (e) {
      // Ownership and attestations from the catalog are missing, not the cluster's facts.
      gaps.push({
        resource: 'catalog',
        reason: `catalog unavailable: ${e instanceof Error ? e.message : e}`,
        statusCode: null,
      });
      return undefined;
    }
  }

  async #loadDeclarations(
    cluster: string,
    now: Date,
    gaps: { resource: string; reason: string; statusCode: number | null }[],
  ) {
    try {
      return await this.#store.getLiveDeclarations(cluster, now);
    } catch (e) {
      // Attested checks fall back to unknown, visibly; the cluster is still scored.
      gaps.push({
        resource: 'declarations',
        reason: `stored attestations and exemptions unavailable: ${
          e instanceof Error ? e.message : e
        }`,
        statusCode: null,
      });
      return { attestations: [], exemptions: [] };
    }
  }

  /** Scoring options with every source of attestations and exemptions for one cluster. */
  #options(
    name: string,
    catalog: CatalogFacts | undefined,
    declared: { attestations: Attestation[]; exemptions: Exemption[] },
    opencost: OpenCostResult | undefined,
  ): ScoringOptions {
    const options = scoringOptions(this.#config);
    return {
      ...options,
      attestations: [
        ...(options.attestations ?? []),
        ...(catalog?.attestations.get(name) ?? []),
        ...declared.attestations,
      ],
      exemptions: [...(options.exemptions ?? []), ...declared.exemptions],
      ignoredDeclarations: catalog?.ignoredAttestations.get(name) ?? [],
      cost: {
        ...options.cost,
        ...(catalog ? { catalog: ownershipInput(catalog) } : {}),
        ...(opencost ? { opencost } : {}),
      },
    };
  }

  /**
   * Scans one cluster. Problems with the cluster are recorded, never thrown: an unreachable
   * cluster keeps its last good report and gains an error the API shows.
   */
  async scanCluster(
    name: string,
    now: Date = new Date(),
  ): Promise<ScanOutcome> {
    const cluster = this.#clusters.get(name);
    if (!cluster)
      throw new NotFoundError(`no cluster named "${name}" is configured`);
    const started = Date.now();
    const logger = this.#logger.child({ cluster: name });

    let report: ClusterReport;
    let error: string | null = null;
    try {
      const reader = await createReader(cluster, this.#config.kubernetes);
      const { facts, reachable } = await collectFacts(reader, now);
      const catalog = await this.#loadCatalog(facts.coverageGaps);
      const declared = await this.#loadDeclarations(
        name,
        now,
        facts.coverageGaps,
      );
      const opencost = cluster.opencostUrl
        ? await OpenCostClient.create({
            baseUrl: cluster.opencostUrl,
          }).namespaceCosts()
        : undefined;
      report = scoreCluster(
        facts,
        this.#options(name, catalog, declared, opencost),
      );
      if (!reachable)
        error = facts.coverageGaps[0]?.reason ?? 'cluster unreachable';
    } catch (e) {
      // A bad kubeconfig and the like: still a recorded failure, not a crashed task.
      error = e instanceof Error ? e.message : String(e);
      const facts = unreadableCluster(
        name,
        now,
        {
          provider: cluster.provider ?? null,
          region: cluster.region ?? null,
        },
        error,
        null,
      );
      // The same declarations as a readable cluster: attested facts stay attested.
      const catalog = await this.#loadCatalog(facts.coverageGaps);
      const declared = await this.#loadDeclarations(
        name,
        now,
        facts.coverageGaps,
      );
      report = scoreCluster(
        facts,
        this.#options(name, catalog, declared, undefined),
      );
    }

    const durationMs = Date.now() - started;
    if (error) {
      await this.#store.saveFailure(name, error, now, report);
      logger.warn(
        `Readiness scan of ${name} failed after ${durationMs} ms: ${error}`,
        { durationMs, error },
      );
    } else {
      await this.#store.saveReport(report, now);
      await this.#store.prune(this.#config.retentionDays, now);
      // Fields as well as words, so log search can chart scores and gaps per cluster.
      logger.info(
        `Readiness scan of ${name}: ${report.total}/${report.max} over ${report.assessedPillars} assessed pillar(s), ${report.coverageGaps.length} coverage gap(s), ${durationMs} ms`,
        {
          total: report.total,
          coverageGaps: report.coverageGaps.length,
          risks: report.risks.length,
          durationMs,
        },
      );
    }
    const outcome = { cluster: name, ok: !error, report, error, durationMs };
    this.#metrics?.recordScan(outcome);
    return outcome;
  }
}

/** The catalog's ownership hints in the shape cost attribution takes. */
function ownershipInput(catalog: CatalogFacts): {
  components: CatalogComponent[];
  groups: string[];
} {
  const components: CatalogComponent[] = [];
  for (const c of catalog.components) {
    // A Component without an owner cannot claim a namespace.
    if (!c.owner) continue;
    components.push({
      entityRef: c.entityRef,
      owner: c.owner,
      kubernetesId: c.kubernetesId,
      ...(c.namespace ? { namespace: c.namespace } : {}),
      ...(c.labelSelector ? { labelSelector: c.labelSelector } : {}),
    });
  }
  return { components, groups: catalog.groups };
}
