import {
  ClusterCost,
  NamespaceCost,
  TeamCost,
} from '@readiness/plugin-readiness-common';
import { ClusterFacts, NamespaceFact } from '../collect/facts';
import { CatalogComponent } from '../ownership/catalogComponents';
import {
  DEFAULT_OWNER_KEYS,
  NamespaceOwnership,
  OwnerOverride,
  resolveOwners,
} from '../ownership/resolveOwners';
import {
  CostBreakdown,
  NamespaceCostModel,
  computeCosts,
} from './computeCosts';
import { OpenCostResult } from './opencost';
import { PricingConfig, resolvePricing, toCents } from './pricing';
import {
  AttributedNamespace,
  CostShare,
  rollUpTeams,
  splitShares,
} from './shares';

/** Everything cost attribution needs besides the cluster's facts. @public */
export interface AttributeCostsOptions {
  /** Defaults to `facts.cluster`; picks per-cluster prices and overrides. */
  cluster?: string;
  pricing?: PricingConfig;
  ownership?: {
    overrides?: readonly OwnerOverride[];
    /** Label/annotation keys naming an owner, on namespaces and on pods; default team, owner. */
    keys?: readonly string[];
  };
  catalog?: {
    components?: readonly CatalogComponent[];
    groups?: readonly string[];
  };
  /** This cluster's OpenCost answer, when it has an OpenCost; absent means list prices only. */
  opencost?: OpenCostResult;
}

/** One namespace's owner and cost, ready for its NamespaceReport. @public */
export interface AttributedNamespaceCost extends NamespaceOwnership {
  /** Absent when neither the request model (Pods unreadable) nor OpenCost could price it. */
  cost?: NamespaceCost;
}

/** The cost picture of one cluster. @public */
export interface CostAttribution {
  namespaces: Map<string, AttributedNamespaceCost>;
  teams: TeamCost[];
  /** Null when idle capacity is unknown (Pods or Nodes unreadable): never a silent 0. */
  cluster: ClusterCost | null;
  /** Cluster-wide reasons figures are missing or partial. */
  gaps: string[];
}

const centsOf = (b: CostBreakdown): CostBreakdown => ({
  cpu: toCents(b.cpu),
  memory: toCents(b.memory),
  gpu: toCents(b.gpu),
  storage: toCents(b.storage),
  loadBalancers: toCents(b.loadBalancers),
});

/** A namespace's cost at full precision, before rounding. */
interface PreciseCost {
  source: NamespaceCost['source'];
  monthly: number;
  breakdown: CostBreakdown;
  unpricedContainers: number;
  shares?: CostShare[];
  notes: string[];
}

/**
 * OpenCost's figure when it has one for the namespace; otherwise requests × list prices, saying
 * why. Shares keep the request model's proportions, rescaled onto OpenCost's total.
 */
function preciseCost(
  name: string,
  owner: string | null,
  requests: NamespaceCostModel | undefined,
  opencost: OpenCostResult | undefined,
): PreciseCost | undefined {
  const billed = opencost?.ok ? opencost.namespaces.get(name) : undefined;
  if (billed) {
    const scale =
      requests && requests.monthly > 0 ? billed.monthly / requests.monthly : 0;
    return {
      source: 'opencost',
      monthly: billed.monthly,
      breakdown: billed.breakdown,
      unpricedContainers: requests?.unpricedContainers ?? 0,
      shares: requests
        ? splitShares(requests.byPodOwner, owner, scale)
        : undefined,
      notes: [],
    };
  }
  if (!requests) return undefined;
  const notes = [...requests.notes];
  if (opencost && !opencost.ok) {
    notes.unshift(`OpenCost unreachable: ${opencost.reason}; list prices used`);
  } else if (opencost?.ok && requests.monthly > 0) {
    // OpenCost lags a new namespace by up to its scrape interval; say so rather than show 0.
    notes.unshift("not in OpenCost's allocation yet; list prices used");
  }
  return {
    source: 'requests',
    monthly: requests.monthly,
    breakdown: requests.breakdown,
    unpricedContainers: requests.unpricedContainers,
    shares: splitShares(requests.byPodOwner, owner),
    notes,
  };
}

function toNamespaceCost(
  precise: PreciseCost,
  currency: string,
): NamespaceCost {
  return {
    monthly: toCents(precise.monthly),
    currency,
    source: precise.source,
    breakdown: centsOf(precise.breakdown),
    unpricedContainers: precise.unpricedContainers,
    ...(precise.shares
      ? {
          shares: precise.shares.map(s => ({
            owner: s.owner,
            monthly: toCents(s.monthly),
          })),
        }
      : {}),
    ...(precise.notes.length > 0 ? { note: precise.notes.join('; ') } : {}),
  };
}

const NO_OWNER: NamespaceOwnership = {
  owner: null,
  ownerSource: null,
  conflicts: [],
  orphan: true,
};

/**
 * Who owns each namespace of one cluster and what it costs a month, the team roll-up, and the
 * cluster's idle capacity. Pure: the OpenCost answer, if any, is fetched by the caller. Money is
 * kept at full precision throughout and rounded to cents only here, at output.
 * @public
 */
export function attributeCosts(
  facts: ClusterFacts,
  options: AttributeCostsOptions = {},
): CostAttribution {
  const cluster = options.cluster ?? facts.cluster;
  const pricing = resolvePricing(cluster, options.pricing);
  const keys = options.ownership?.keys ?? DEFAULT_OWNER_KEYS;
  const groups = options.catalog?.groups ?? [];
  const { opencost } = options;
  const gaps: string[] = [];

  let namespaceFacts: NamespaceFact[] = facts.namespaces.ok
    ? facts.namespaces.value
    : [];
  if (!facts.namespaces.ok) {
    gaps.push(
      `namespace labels not read: Namespaces unreadable (${facts.namespaces.reason}); owners come from config and the catalog`,
    );
    // Without the Namespace list, OpenCost's is the best list of what exists.
    if (opencost?.ok) {
      namespaceFacts = [...opencost.namespaces.keys()].map(name => ({
        name,
        labels: {},
        annotations: {},
      }));
    }
  }
  const owners = resolveOwners(
    {
      namespaces: namespaceFacts,
      pods: facts.pods.ok ? facts.pods.value : [],
      workloads: facts.workloads.ok ? facts.workloads.value : [],
    },
    {
      cluster,
      overrides: options.ownership?.overrides,
      keys,
      components: options.catalog?.components,
      groups,
    },
  );
  const model = computeCosts(facts, { pricing, ownerKeys: keys, groups });
  gaps.push(...model.gaps);
  if (opencost && !opencost.ok)
    gaps.push(`OpenCost unreachable: ${opencost.reason}; list prices used`);

  const namespaces = new Map<string, AttributedNamespaceCost>();
  const attributed: AttributedNamespace[] = [];
  for (const name of [
    ...new Set([...owners.keys(), ...model.namespaces.keys()]),
  ].sort()) {
    const ownership = owners.get(name) ?? NO_OWNER;
    const precise = preciseCost(
      name,
      ownership.owner,
      model.namespaces.get(name),
      opencost,
    );
    if (!precise) {
      namespaces.set(name, ownership);
      continue;
    }
    attributed.push({
      namespace: name,
      owner: ownership.owner,
      monthly: precise.monthly,
      shares: precise.shares,
    });
    namespaces.set(name, {
      ...ownership,
      cost: toNamespaceCost(precise, pricing.currency),
    });
  }

  return {
    namespaces,
    teams: rollUpTeams(attributed, pricing.currency),
    cluster:
      model.idleMonthly === null
        ? null
        : {
            currency: pricing.currency,
            idleMonthly: toCents(model.idleMonthly),
            // Idle capacity is always priced from list prices, whatever priced the namespaces.
            listPrices: true,
            pricing,
          },
    gaps,
  };
}
