import { ClusterSummary, ScanState } from '@readiness/plugin-readiness-common';
import { StoredClusterSummary } from '../database/ReadinessStore';
import { ReportSummary } from '../database/reportSummary';

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
 * The summary as lists show it. A cluster never read successfully holds the all-unknown report
 * written with its failure, whose pillars score 0 only because nothing could be checked
 * (unknown never counts as a pass). Lists show those pillars as not assessed, like the total,
 * rather than as zeros nobody measured; the cluster page still has every check's reason.
 */
export function shownSummary(
  summary: ReportSummary | null,
  lastSuccessAt: string | null,
): ReportSummary | null {
  if (!summary || lastSuccessAt) return summary;
  return {
    ...summary,
    assessedPillars: 0,
    pillars: summary.pillars.map(p => ({ ...p, score: null })),
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
  const summary = shownSummary(state.summary, state.lastSuccessAt);
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
