import { TeamCost } from '@readiness/plugin-readiness-common';
import { ownerKey } from '../ownership/ownerRefs';
import { toCents } from './pricing';

/**
 * The share owner for spend no label claims in a namespace nobody owns. Parentheses cannot occur
 * in a label value or an entity ref, so it never collides with a real team.
 * @public
 */
export const UNOWNED_SHARE = '(unowned)';

/** One owner's part of a shared namespace, at full precision. @public */
export interface CostShare {
  owner: string;
  monthly: number;
}

/**
 * Splits a namespace's cost by the owners its pods' labels name; spend no label claims stays
 * with the namespace owner. Undefined when everything lands on the namespace owner anyway: a
 * namespace is only shown as shared when it is. `scale` rescales the split onto another total
 * (OpenCost's) while keeping the request model's proportions.
 * @public
 */
export function splitShares(
  byPodOwner: ReadonlyMap<string | null, number>,
  namespaceOwner: string | null,
  scale = 1,
): CostShare[] | undefined {
  const shares = new Map<string, CostShare>();
  for (const [podOwner, monthly] of byPodOwner) {
    const owner = podOwner ?? namespaceOwner ?? UNOWNED_SHARE;
    const key = owner === UNOWNED_SHARE ? owner : ownerKey(owner);
    const share = shares.get(key) ?? { owner, monthly: 0 };
    share.monthly += monthly * scale;
    shares.set(key, share);
  }
  const priced = [...shares.values()].filter(s => s.monthly > 0);
  const onlyNamespaceOwner =
    priced.length === 0 ||
    (priced.length === 1 &&
      namespaceOwner !== null &&
      ownerKey(priced[0].owner) === ownerKey(namespaceOwner));
  if (onlyNamespaceOwner) return undefined;
  return priced.sort(
    (a, b) => b.monthly - a.monthly || a.owner.localeCompare(b.owner),
  );
}

/** What the team roll-up reads per namespace. @public */
export interface AttributedNamespace {
  namespace: string;
  owner: string | null;
  monthly: number;
  shares?: CostShare[];
}

/**
 * Sums, per team, the namespaces it owns and its shares of shared ones. Unowned spend belongs to
 * no team and is left out (the namespace list shows it). Money is rounded here, after summing.
 * @public
 */
export function rollUpTeams(
  namespaces: readonly AttributedNamespace[],
  currency: string,
): TeamCost[] {
  const teams = new Map<
    string,
    { name: string; namespaces: Set<string>; monthly: number }
  >();
  const add = (owner: string, namespace: string, monthly: number) => {
    if (owner === UNOWNED_SHARE) return;
    const key = ownerKey(owner);
    const team = teams.get(key) ?? {
      name: owner,
      namespaces: new Set<string>(),
      monthly: 0,
    };
    team.namespaces.add(namespace);
    team.monthly += monthly;
    teams.set(key, team);
  };
  for (const ns of namespaces) {
    if (ns.shares)
      for (const share of ns.shares)
        add(share.owner, ns.namespace, share.monthly);
    else if (ns.owner) add(ns.owner, ns.namespace, ns.monthly);
  }
  return [...teams.values()]
    .map(t => ({
      name: t.name,
      namespaces: [...t.namespaces].sort(),
      monthlyCost: toCents(t.monthly),
      currency,
    }))
    .sort(
      (a, b) => b.monthlyCost - a.monthlyCost || a.name.localeCompare(b.name),
    );
}
