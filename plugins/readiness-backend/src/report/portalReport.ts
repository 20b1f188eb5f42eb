import { PILLARS } from '@readiness/plugin-readiness-common';
import { StoredClusterState } from '../database/ReadinessStore';
import { scanState } from '../service/views';
import { toCsv } from './csv';

/** One row of the portal report. */
export interface ReportRow {
  cluster: string;
  total: number | null;
  max: number;
  assessedPillars: number;
  pillars: Record<string, number | null>;
  owners: string[];
  stale: boolean;
  lastSuccessAt: string | null;
  lastError: string | null;
}

/** The portal-wide report: every cluster × nine pillars, with owners and freshness. */
export function portalReport(
  states: StoredClusterState[],
  staleAfterMs: number,
  now: Date,
): ReportRow[] {
  return states.map(state => {
    const report = state.report;
    const scan = scanState(state, staleAfterMs, now);
    return {
      cluster: state.name,
      total: report && state.lastSuccessAt ? report.total : null,
      max: report?.max ?? 27,
      assessedPillars: report?.assessedPillars ?? 0,
      pillars: Object.fromEntries(
        PILLARS.map(p => [
          p.id,
          report?.pillars.find(r => r.id === p.id)?.score ?? null,
        ]),
      ),
      owners: [
        ...new Set(
          (report?.namespaces ?? [])
            .map(n => n.owner)
            .filter((o): o is string => Boolean(o)),
        ),
      ].sort(),
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
