import {
  ClusterSummary,
  EntityClusterReadiness,
  ScanState,
  isFailing,
} from '@readiness/plugin-readiness-common';
import { StoredClusterState } from '../database/ReadinessStore';

/** Freshness of a stored state at `now`. */
export function scanState(
  state: StoredClusterState,
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

/** One row of the cluster list. */
export function clusterSummary(
  state: StoredClusterState,
  staleAfterMs: number,
  now: Date,
): ClusterSummary {
  const report = state.report;
  return {
    name: state.name,
    total: report && state.lastSuccessAt ? report.total : null,
    max: report?.max ?? 27,
    assessedPillars: report?.assessedPillars ?? 0,
    pillars: (report?.pillars ?? []).map(({ id, title, score, coverage }) => ({
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
  kubernetesId: string | null;
  namespace: string | null;
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
  if (!report || !matcher.kubernetesId) return undefined;
  const namespaces = report.namespaces.filter(
    ns =>
      ns.kubernetesIds.includes(matcher.kubernetesId!) &&
      (!matcher.namespace || ns.name === matcher.namespace),
  );
  if (namespaces.length === 0) return undefined;
  const failingChecks = report.pillars
    .flatMap(p => p.checks)
    .filter(isFailing)
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
    risks: (report.risks ?? []).slice(0, 3),
    scan: scanState(state, staleAfterMs, now),
  };
}
