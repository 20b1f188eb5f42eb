import {
  NamespaceReport,
  TeamReadiness,
} from '@readiness/plugin-readiness-common';
import { IndexedCluster } from './EntityIndexCache';
import { scanState } from './views';

/**
 * The owner values, lower-cased, that name the team. Owners come from namespace labels
 * (`payments`) or from catalog resolution (`group:default/payments`); both refer to the same
 * Group, and the short forms only to a Group in the default namespace.
 */
export function teamOwnerValues(teamRef: string): string[] {
  const ref = teamRef.toLocaleLowerCase('en-US');
  const [, rest] = ref.split(':');
  const [namespace, name] = rest.split('/');
  return namespace === 'default' ? [ref, name, `group:${name}`] : [ref];
}

/** Whether an owner value names one team. */
export type TeamMatcher = (owner: string | null | undefined) => boolean;

/**
 * Whether an owner value names the team (see {@link teamOwnerValues}), with the team's
 * spellings worked out once: a team view asks it for every namespace of every cluster.
 */
export function teamMatcher(teamRef: string): TeamMatcher {
  const values = new Set(teamOwnerValues(teamRef));
  return owner => !!owner && values.has(owner.toLocaleLowerCase('en-US'));
}

/** The namespaces of one cluster the team owns or has a share of the cost of. */
export function teamNamespaces(
  namespaces: readonly NamespaceReport[],
  isTeam: TeamMatcher,
): NamespaceReport[] {
  return namespaces.filter(ns => isTeam(ns.owner) || shareOf(ns, isTeam) > 0);
}

/** Month-over-month growth per cluster/namespace, from the cost history. */
export type GrowthLookup = (
  cluster: string,
  namespace: string,
) => number | null;

/** What the team card shows, from the latest stored reports (as indexed for the cards). */
export function teamView(options: {
  teamRef: string;
  clusters: IndexedCluster[];
  staleAfterMs: number;
  now: Date;
  scoreBar: number;
  growthThreshold: number;
  growth: GrowthLookup;
}): TeamReadiness {
  const {
    teamRef,
    clusters,
    staleAfterMs,
    now,
    scoreBar,
    growthThreshold,
    growth,
  } = options;
  const result: TeamReadiness = {
    teamRef,
    namespaces: [],
    conflicts: [],
    orphans: [],
    clusters: [],
    monthlyCost: 0,
    currency: null,
    spendBelowBar: { threshold: scoreBar, monthlyCost: 0 },
  };
  const isTeam = teamMatcher(teamRef);
  for (const { state, index: report } of clusters) {
    if (!state.lastSuccessAt) continue;
    const owned = teamNamespaces(report.namespaces, isTeam);
    const involved = report.namespaces.filter(
      ns =>
        ns.conflicts?.length &&
        (isTeam(ns.owner) || ns.conflicts.some(c => isTeam(c.owner))),
    );
    if (owned.length === 0 && involved.length === 0) continue;

    result.clusters.push({
      cluster: report.cluster,
      total: report.total,
      max: report.max,
      assessedPillars: report.assessedPillars,
      scan: scanState(state, staleAfterMs, now),
    });
    let clusterSpend = 0;
    for (const ns of owned) {
      const monthly = teamSpend(ns, isTeam);
      const change = growth(report.cluster, ns.name);
      result.namespaces.push({
        cluster: report.cluster,
        namespace: ns.name,
        ownerSource: ns.ownerSource,
        monthlyCost: monthly,
        currency: ns.cost?.currency ?? null,
        growth: change,
        growthFlag: change !== null && change >= growthThreshold,
        unpricedContainers: ns.cost?.unpricedContainers ?? 0,
        gaps: ns.gaps,
      });
      if (monthly !== null) {
        clusterSpend += monthly;
        result.currency ??= ns.cost!.currency;
      }
    }
    result.monthlyCost += clusterSpend;
    if (report.total < scoreBar)
      result.spendBelowBar.monthlyCost += clusterSpend;
    for (const ns of involved) {
      result.conflicts.push({
        cluster: report.cluster,
        namespace: ns.name,
        owners: [
          { owner: ns.owner ?? 'nobody', source: ns.ownerSource ?? 'none' },
          ...(ns.conflicts ?? []),
        ],
      });
    }
    for (const ns of report.namespaces) {
      if (ns.workload && !ns.owner) {
        result.orphans.push({
          cluster: report.cluster,
          namespace: ns.name,
          monthlyCost: ns.cost?.monthly ?? null,
        });
      }
    }
  }
  result.monthlyCost = round(result.monthlyCost);
  result.spendBelowBar.monthlyCost = round(result.spendBelowBar.monthlyCost);
  return result;
}

/** What the team spends in a namespace: all of it, or its share of a shared one. */
function teamSpend(ns: NamespaceReport, isTeam: TeamMatcher): number | null {
  if (!ns.cost) return null;
  if (isTeam(ns.owner) && !ns.cost.shares?.length) return ns.cost.monthly;
  return shareOf(ns, isTeam);
}

function shareOf(ns: NamespaceReport, isTeam: TeamMatcher): number {
  return (ns.cost?.shares ?? [])
    .filter(s => isTeam(s.owner))
    .reduce((sum, s) => sum + s.monthly, 0);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
