import {
  CHECKS,
  CheckResult,
  ClusterReport,
  IgnoredDeclaration,
  MAX_TOTAL,
  PILLARS,
  REPORT_API_VERSION,
  pillarCoverage,
  scorePillar,
} from '@readiness/plugin-readiness-common';
import { ClusterFacts } from '../collect/facts';
import { PILLAR_EVALUATORS } from '../checks';
import { assessNamespaces } from '../checks/namespaceIsolation';
import { CheckContext, CheckOutcome, CheckSettings } from '../checks/types';
import { Attestation, applyAttestations } from './attestations';
import {
  Exemption,
  applyExemptions,
  exemptionsFromAnnotations,
} from './exemptions';
import { computeRisks } from './risks';
import { AttributeCostsOptions, UNOWNED_SHARE, attributeCosts } from '../cost';
import { componentsByNamespace } from '../ownership';
import { usageAndHints } from '../cost/rightSizing';

/** What scoring needs besides the facts. */
export interface ScoringOptions {
  settings: CheckSettings;
  /** The runbook link for a check id. */
  runbookUrl(checkId: string): string;
  attestations?: readonly Attestation[];
  /** Attestations older than this lapse unless they name their own expiry. */
  attestationMaxAgeDays?: number;
  exemptions?: readonly Exemption[];
  /** Declarations found elsewhere (the catalog) that are not applied, for the report. */
  ignoredDeclarations?: readonly IgnoredDeclaration[];
  /** The scan time, unless the facts say otherwise; checks of age compare against it. */
  now?: Date;
  /** Prices, ownership sources and OpenCost's answer for cost attribution. */
  cost?: Omit<AttributeCostsOptions, 'cluster'>;
}

const ATTESTABLE = new Set(CHECKS.filter(c => c.attested).map(c => c.id));

/** Turns one cluster's facts into its report: pure, so it is table-tested on fixtures. */
export function scoreCluster(
  facts: ClusterFacts,
  options: ScoringOptions,
): ClusterReport {
  const now = options.now ?? new Date(facts.observedAt ?? facts.scannedAt);
  const costs = attributeCosts(facts, {
    ...options.cost,
    cluster: facts.cluster,
  });
  const usage = usageAndHints(facts, options.settings.systemNamespaces);
  const catalogComponents = options.cost?.catalog?.components;
  const components = catalogComponents
    ? componentsByNamespace(
        {
          namespaces: facts.namespaces.ok ? facts.namespaces.value : [],
          pods: facts.pods.ok ? facts.pods.value : [],
          workloads: facts.workloads.ok ? facts.workloads.value : [],
        },
        catalogComponents,
      )
    : undefined;
  // Ownership resolved from config, labels and the catalog replaces the label-only guess, so
  // the cost checks and the team views see the same owner.
  const namespaces = assessNamespaces(
    facts,
    options.settings.systemNamespaces,
  ).map(ns => {
    const attributed = costs.namespaces.get(ns.name);
    const entities = components?.get(ns.name);
    const used = usage?.namespaces.get(ns.name);
    return {
      ...ns,
      ...(entities ? { components: entities } : {}),
      ...(used ? { usage: used } : {}),
      ...(attributed
        ? {
            owner: attributed.owner,
            ownerSource: attributed.ownerSource,
            ...(attributed.conflicts.length > 0
              ? { conflicts: attributed.conflicts }
              : {}),
            ...(attributed.cost ? { cost: attributed.cost } : {}),
            gaps: [...ns.gaps, ...sharedWith(attributed.cost)],
          }
        : {}),
    };
  });
  const context: CheckContext = {
    facts,
    namespaces,
    now,
    settings: options.settings,
  };
  const outcomes = new Map<string, CheckOutcome>();
  for (const evaluate of PILLAR_EVALUATORS) {
    for (const outcome of evaluate(context)) outcomes.set(outcome.id, outcome);
  }

  let checks: CheckResult[] = CHECKS.map(definition => {
    const outcome = outcomes.get(definition.id);
    if (!outcome) {
      // A programming error, not a cluster problem: fail loudly in tests.
      throw new Error(
        `check ${definition.id} is defined but was not evaluated`,
      );
    }
    return {
      id: definition.id,
      pillar: definition.pillar,
      title: definition.title,
      level: definition.level,
      status: outcome.status,
      source: 'observed',
      evidence: outcome.evidence,
      objects: outcome.objects,
      runbook: options.runbookUrl(definition.id),
    };
  });
  checks = applyAttestations(
    checks,
    options.attestations ?? [],
    facts.cluster,
    now,
    options.attestationMaxAgeDays ?? 90,
    ATTESTABLE,
  );
  const annotated = exemptionsFromAnnotations(
    [
      ...(facts.namespaces.ok
        ? facts.namespaces.value.map(ns => ({ kind: 'Namespace', ...ns }))
        : []),
      ...(facts.workloads.ok
        ? facts.workloads.value.flatMap(
            ({ kind, namespace, name, exemptions }) =>
              exemptions
                ? [{ kind, namespace, name, annotations: exemptions }]
                : [],
          )
        : []),
    ],
    now,
  );
  checks = applyExemptions(
    checks,
    [...(options.exemptions ?? []), ...annotated.exemptions],
    facts.cluster,
    now,
  );
  const ignoredDeclarations = [
    ...(options.ignoredDeclarations ?? []),
    ...annotated.ignored,
  ];

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
    ...(facts.observedAt ? { observedAt: facts.observedAt } : {}),
    server: {
      version: facts.server.version,
      provider: facts.server.provider,
      region: facts.server.region,
    },
    total: assessed.reduce((sum, p) => sum + (p.score ?? 0), 0),
    max: MAX_TOTAL,
    assessedPillars: assessed.length,
    pillars,
    // The public report keeps what readers need; check-only fields stay internal.
    namespaces: context.namespaces.map(
      ({ quotaCoversCompute: _q, defaultServiceAccountPods: _d, ...report }) =>
        report,
    ),
    coverageGaps: facts.coverageGaps,
    risks: computeRisks(context),
    teams: costs.teams,
    ...(costs.cluster ? { cost: costs.cluster } : {}),
    ...(usage ? { rightSizing: usage.hints } : {}),
    ...(ignoredDeclarations.length > 0 ? { ignoredDeclarations } : {}),
  };
}

/**
 * A tenant namespace that several teams' pods share is an isolation gap of its own: quotas,
 * policies and identities can no longer follow team lines.
 */
function sharedWith(
  cost: { shares?: Array<{ owner: string }> } | undefined,
): string[] {
  const owners = [...new Set((cost?.shares ?? []).map(s => s.owner))].filter(
    o => o !== UNOWNED_SHARE,
  );
  return owners.length > 1
    ? [`shared with other teams: ${owners.join(', ')}`]
    : [];
}
