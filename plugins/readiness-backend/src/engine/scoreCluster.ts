import {
  CHECKS,
  CheckResult,
  ClusterReport,
  MAX_TOTAL,
  PILLARS,
  REPORT_API_VERSION,
  pillarCoverage,
  scorePillar,
} from '@readiness/plugin-readiness-common';
import { ClusterFacts } from '../collect/facts';
import { assessNamespaces } from '../checks/namespaceIsolation';
import { evaluateTenancy } from '../checks/tenancyChecks';
import { CheckOutcome } from '../checks/types';

/** What scoring needs besides the facts. */
export interface ScoringOptions {
  /** Namespaces that belong to the platform, not to tenants. */
  systemNamespaces: ReadonlySet<string>;
  /** The runbook link for a check id. */
  runbookUrl(checkId: string): string;
}

/** Turns one cluster's facts into its report: pure, so it is table-tested on fixtures. */
export function scoreCluster(facts: ClusterFacts, options: ScoringOptions): ClusterReport {
  const namespaces = assessNamespaces(facts, options.systemNamespaces);
  const outcomes = new Map<string, CheckOutcome>(
    evaluateTenancy(facts, namespaces).map(o => [o.id, o]),
  );

  const checks: CheckResult[] = CHECKS.map(definition => {
    const outcome = outcomes.get(definition.id);
    if (!outcome) {
      throw new Error(`check ${definition.id} is defined but was not evaluated`);
    }
    return {
      ...definition,
      status: outcome.status,
      source: 'observed',
      evidence: outcome.evidence,
      objects: outcome.objects,
      runbook: options.runbookUrl(definition.id),
    };
  });

  const pillars = PILLARS.map(pillar => {
    const pillarChecks = checks.filter(c => c.pillar === pillar.id);
    return {
      id: pillar.id,
      title: pillar.title,
      score: scorePillar(pillarChecks),
      coverage: pillarCoverage(pillarChecks),
      checks: pillarChecks,
    };
  });
  const assessed = pillars.filter(p => p.score !== null);

  return {
    apiVersion: REPORT_API_VERSION,
    cluster: facts.cluster,
    scannedAt: facts.scannedAt,
    server: facts.server,
    total: assessed.reduce((sum, p) => sum + (p.score ?? 0), 0),
    max: MAX_TOTAL,
    assessedPillars: assessed.length,
    pillars,
    // The public report keeps what readers need; check-only fields stay internal.
    namespaces: namespaces.map(
      ({ quotaCoversCompute: _q, defaultServiceAccountPods: _d, ...report }) => report,
    ),
    coverageGaps: facts.coverageGaps,
  };
}
