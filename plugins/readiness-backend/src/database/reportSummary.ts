import {
  ClusterReport,
  PillarResult,
} from '@readiness/plugin-readiness-common';

/**
 * What the cluster list (`GET /clusters`) and the portal report (`GET /report`) show of a stored
 * report, kept beside it in `readiness_cluster_state.summary` so those routes never read or
 * parse the reports themselves (181 KB each in the benchmark, under 1 KB of summary).
 *
 * Values are copied as they are in the report, without defaults: the views apply the same
 * fallbacks to a summary as they did to a report, so their output is the same.
 *
 * The migration `20261126120000_cluster_state_summary.js` back-fills existing rows with a copy
 * of `summarizeReport` written in plain JS: change both together (and back-fill again in a new
 * migration, or clear the column and let the store fill it, see `ReadinessStore`).
 */
export interface ReportSummary {
  /** `scannedAt` of the report summarized: tells a summary left behind by an older writer. */
  scannedAt: string;
  total: number;
  max: number;
  assessedPillars: number;
  pillars: Pick<PillarResult, 'id' | 'title' | 'score' | 'coverage'>[];
  /** The namespaces' owners, each once, sorted; namespaces without one left out. */
  owners: string[];
}

/** The summary of one report. */
export function summarizeReport(report: ClusterReport): ReportSummary {
  return {
    scannedAt: report.scannedAt,
    total: report.total,
    max: report.max,
    assessedPillars: report.assessedPillars,
    pillars: (report.pillars ?? []).map(({ id, title, score, coverage }) => ({
      id,
      title,
      score,
      coverage,
    })),
    owners: [
      ...new Set(
        (report.namespaces ?? [])
          .map(n => n.owner)
          .filter((o): o is string => Boolean(o)),
      ),
    ].sort(),
  };
}

/**
 * The stored summary of a row, or undefined when the row has none the reader can trust: never
 * written (a row from before the column, or written by an older backend), or written for
 * another report than the one shown (an older backend updated the report and left the summary).
 * `lastSuccessAt` is the report's `scannedAt` whenever a scan succeeded; a row without success
 * holds the all-unknown report written with it, so there is nothing to compare.
 */
export function parseStoredSummary(
  summary: string | null,
  lastSuccessAt: string | null,
): ReportSummary | undefined {
  if (!summary) return undefined;
  const parsed = JSON.parse(summary) as ReportSummary;
  if (lastSuccessAt !== null && parsed.scannedAt !== lastSuccessAt) {
    return undefined;
  }
  return parsed;
}
