import {
  ClusterSummary,
  EntityClusterReadiness,
  ScanState,
  isFailing,
} from '@readiness/plugin-readiness-common';
import {
  StoredClusterState,
  StoredClusterSummary,
} from '../database/ReadinessStore';

/** Freshness of a stored state at `now`. */
export function scanState(
  state: Pick<
    StoredClusterSummary,
    'lastSuccessAt' | 'lastAttemptAt' | 'lastError'
  >,
  staleAfterMs: number,
  now: Date,
): ScanState {
  const age = state.lastSuccessAt
    ? now.getTime() - Date.parse(state.lastSuccessAt)
    : Infinity;
  return {
    lastSuccessAt: state.lastSuccessAt,
    lastAttemptAt: state.lastAttemptAt,
    lastError: state.lastError,
    stale: Boolean(state.lastError) || age > staleAfterMs,
  };
}

/**
 * One row of the cluster list, from the summary of the stored report: a row of
 * `ReadinessStore.getClusterSummaries()` (or a whole `StoredClusterState`, which has one too).
 */
export function clusterSummary(
  state: StoredClusterSummary,
  staleAfterMs: number,
  now: Date,
): ClusterSummary {
  const summary = state.summary;
  return {
    name: state.name,
    total: summary && state.lastSuccessAt ? summary.total : null,
    max: summary?.max ?? 27,
    assessedPillars: summary?.assessedPillars ?? 0,
    pillars: (summary?.pillars ?? []).map(({ id, title, score, coverage }) => ({
      id,
      title,
      score,
      coverage,
    })),
    scan: scanState(state, staleAfterMs, now),
  };
}

/** How an entity's workloads are found on clusters, from its catalog annotations. */
export interface EntityMatcher {
  entityRef: string;
  kubernetesId: string | null;
  labelSelector: string | null;
  namespace: string | null;
}

/** How the card says it found the entity's workloads. */
export function describeMatcher(matcher: EntityMatcher): string | null {
  const by = matcher.labelSelector
    ? `backstage.io/kubernetes-label-selector=${matcher.labelSelector}`
    : matcher.kubernetesId &&
      `backstage.io/kubernetes-id=${matcher.kubernetesId}`;
  if (!by) return null;
  return matcher.namespace ? `${by} in namespace ${matcher.namespace}` : by;
}

const MAX_FAILING_CHECKS = 10;

/**
 * The card's view of one cluster for one entity, or undefined when none of the entity's
 * workloads run there.
 */
export function entityClusterView(
  state: StoredClusterState,
  matcher: EntityMatcher,
  staleAfterMs: number,
  now: Date,
): EntityClusterReadiness | undefined {
  const report = state.report;
  if (!report || (!matcher.kubernetesId && !matcher.labelSelector))
    return undefined;
  // Scans with the catalog at hand record which Components run where (label selectors
  // included); the kubernetes-id label is the fallback for scans without it.
  const namespaces = report.namespaces.filter(
    ns =>
      (ns.components?.includes(matcher.entityRef) ||
        (matcher.kubernetesId !== null &&
          ns.kubernetesIds.includes(matcher.kubernetesId))) &&
      (!matcher.namespace || ns.name === matcher.namespace),
  );
  if (namespaces.length === 0) return undefined;
  const failingChecks = report.pillars
    .flatMap(p => p.checks)
    .filter(c => isFailing(c) || c.status === 'exempted')
    .sort((a, b) => a.level - b.level)
    .slice(0, MAX_FAILING_CHECKS);
  return {
    cluster: report.cluster,
    total: report.total,
    max: report.max,
    assessedPillars: report.assessedPillars,
    scannedAt: report.scannedAt,
    pillars: report.pillars.map(({ id, title, score, coverage }) => ({
      id,
      title,
      score,
      coverage,
    })),
    namespaces,
    failingChecks,
    risks: report.risks ?? [],
    scan: scanState(state, staleAfterMs, now),
  };
}
