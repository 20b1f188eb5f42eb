import { ClusterSummary, ScanState } from '@readiness/plugin-readiness-common';
import { StoredClusterSummary } from '../database/ReadinessStore';

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
