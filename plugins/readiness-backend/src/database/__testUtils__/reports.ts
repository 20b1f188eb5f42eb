import {
  ClusterReport,
  MAX_TOTAL,
  NamespaceReport,
  PILLARS,
  PillarId,
  REPORT_API_VERSION,
} from '@readiness/plugin-readiness-common';
import { StoredClusterState, StoredClusterSummary } from '../ReadinessStore';
import { summarizeReport } from '../reportSummary';

/** A namespace of a test report, owned by `owner`. */
export function namespace(name: string, owner: string | null): NamespaceReport {
  return {
    name,
    owner,
    ownerSource: owner ? 'label' : null,
    workload: true,
    kubernetesIds: [],
    isolation: {} as NamespaceReport['isolation'],
    gaps: [],
  };
}

/**
 * A test report: `scores` for the pillars assessed (the others null), with one check each so
 * that a summary visibly leaves checks out, and the namespaces given.
 */
export function testReport(
  cluster: string,
  scannedAt: string,
  options: {
    scores?: Partial<Record<PillarId, number>>;
    namespaces?: NamespaceReport[];
    /** Pillars present in the report; all nine by default (an older report may lack some). */
    pillars?: PillarId[];
  } = {},
): ClusterReport {
  const scores = options.scores ?? { tenancy: 2 };
  const present = options.pillars ?? PILLARS.map(p => p.id);
  const assessed = Object.values(scores);
  return {
    apiVersion: REPORT_API_VERSION,
    cluster,
    scannedAt,
    server: { version: 'v1.36.2', provider: null, region: null },
    total: assessed.reduce((a, b) => a + b, 0),
    max: MAX_TOTAL,
    assessedPillars: assessed.length,
    pillars: PILLARS.filter(p => present.includes(p.id)).map(p => ({
      id: p.id,
      title: p.title,
      score: scores[p.id] ?? null,
      coverage: scores[p.id] === undefined ? 0 : 0.75,
      checks: [
        {
          id: `${p.id}.example`,
          level: 1,
          status: 'unknown',
          reason: 'not read',
        } as unknown as ClusterReport['pillars'][number]['checks'][number],
      ],
    })),
    namespaces: options.namespaces ?? [],
    coverageGaps: [],
    risks: [],
    teams: [],
  };
}

/**
 * A stored state as `getClusters()` returns it, its summary derived from `report` as the store
 * writes it; `fields` override the rest.
 */
export function storedState(
  name: string,
  report: ClusterReport | null,
  fields: Partial<StoredClusterState> = {},
): StoredClusterState {
  return {
    name,
    report,
    summary: report ? summarizeReport(report) : null,
    lastSuccessAt: report?.scannedAt ?? null,
    lastAttemptAt: '2026-11-25T10:00:00.000Z',
    lastError: null,
    ...fields,
  };
}

/** The same cluster as `getClusterSummaries()` returns it: no report, summary from JSON. */
export function summaryRow(s: StoredClusterState): StoredClusterSummary {
  return {
    name: s.name,
    summary: s.report
      ? JSON.parse(JSON.stringify(summarizeReport(s.report)))
      : null,
    lastSuccessAt: s.lastSuccessAt,
    lastAttemptAt: s.lastAttemptAt,
    lastError: s.lastError,
  };
}
