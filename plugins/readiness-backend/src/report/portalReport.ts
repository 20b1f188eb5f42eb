import { PILLARS, ReportRow } from '@readiness/plugin-readiness-common';
import { StoredClusterSummary } from '../database/ReadinessStore';
import { scanState, shownSummary } from '../service/views';
import { toCsv } from './csv';

/**
 * The portal-wide report: every cluster × nine pillars, with owners and freshness. From the
 * summaries of the stored reports: rows of `ReadinessStore.getClusterSummaries()`.
 */
export function portalReport(
  states: StoredClusterSummary[],
  staleAfterMs: number,
  now: Date,
): ReportRow[] {
  return states.map(state => {
    const summary = shownSummary(state.summary, state.lastSuccessAt);
    const scan = scanState(state, staleAfterMs, now);
    return {
      cluster: state.name,
      total: summary && state.lastSuccessAt ? summary.total : null,
      max: summary?.max ?? 27,
      assessedPillars: summary?.assessedPillars ?? 0,
      pillars: Object.fromEntries(
        PILLARS.map(p => [
          p.id,
          summary?.pillars.find(r => r.id === p.id)?.score ?? null,
        ]),
      ),
      owners: [...(summary?.owners ?? [])],
      stale: scan.stale,
      lastSuccessAt: state.lastSuccessAt,
      lastError: state.lastError,
    };
  });
}

/** The report as CSV, formula cells escaped. */
export function portalReportCsv(rows: ReportRow[]): string {
  return toCsv(
    [
      'cluster',
      'total',
      'max',
      'assessed pillars',
      ...PILLARS.map(p => p.title),
      'owners',
      'stale',
      'last scan',
      'last error',
    ],
    rows.map(r => [
      r.cluster,
      r.total,
      r.max,
      r.assessedPillars,
      ...PILLARS.map(p => r.pillars[p.id]),
      r.owners.join(' '),
      r.stale ? 'yes' : 'no',
      r.lastSuccessAt,
      r.lastError,
    ]),
  );
}
