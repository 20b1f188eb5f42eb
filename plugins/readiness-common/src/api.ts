import { ClusterReport, CheckResult, NamespaceReport, PillarResult } from './report';

/** Freshness of the result shown for a cluster. @public */
export interface ScanState {
  /** When the report shown was produced; null if no scan has succeeded yet. */
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  /** Why the latest attempt failed, when it did; the previous good report stays shown. */
  lastError: string | null;
  /** True when the shown report is older than the staleness threshold or the last attempt failed. */
  stale: boolean;
}

/** One row of `GET /clusters`. @public */
export interface ClusterSummary {
  name: string;
  total: number | null;
  max: number;
  assessedPillars: number;
  pillars: Pick<PillarResult, 'id' | 'title' | 'score' | 'coverage'>[];
  scan: ScanState;
}

/** `GET /clusters/{name}`. @public */
export interface ClusterDetail {
  name: string;
  report: ClusterReport | null;
  scan: ScanState;
}

/** One cluster as seen from one catalog entity. @public */
export interface EntityClusterReadiness {
  cluster: string;
  total: number;
  max: number;
  assessedPillars: number;
  scannedAt: string;
  pillars: Pick<PillarResult, 'id' | 'title' | 'score' | 'coverage'>[];
  /** The entity's own namespaces on this cluster, with their isolation gaps. */
  namespaces: NamespaceReport[];
  /** Failing or unknown checks, most severe (lowest level) first. */
  failingChecks: CheckResult[];
  scan: ScanState;
}

/** `GET /entity/{kind}/{namespace}/{name}`. @public */
export interface EntityReadiness {
  entityRef: string;
  /** How the entity's workloads were matched, e.g. `backstage.io/kubernetes-id=payments`. */
  matchedBy: string | null;
  clusters: EntityClusterReadiness[];
}
