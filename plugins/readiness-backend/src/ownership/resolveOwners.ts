import {
  KUBERNETES_ID_LABEL,
  NamespaceFact,
  PodFact,
  WorkloadFact,
} from '../collect/facts';
import { CatalogComponent } from './catalogComponents';
import { parseLabelSelector } from './labelSelector';
import {
  catalogOwnerRef,
  groupSet,
  normalizeOwner,
  ownerKey,
} from './ownerRefs';

/** The label and annotation keys read for an owner, in order of preference. @public */
export const DEFAULT_OWNER_KEYS: readonly string[] = ['team', 'owner'];

/** An owner set in app-config, which beats anything the cluster or the catalog says. @public */
export interface OwnerOverride {
  /** Only on this cluster; absent means on every cluster. */
  cluster?: string;
  namespace: string;
  owner: string;
}

/** One source's claim on a namespace. @public */
export interface OwnerClaim {
  owner: string;
  /** `config`, `namespace label <key>`, `namespace annotation <key>` or `catalog <entityRef>`. */
  source: string;
}

/** Who owns a namespace, on whose word, and who disagrees. @public */
export interface NamespaceOwnership {
  owner: string | null;
  ownerSource: string | null;
  /** Every other source naming a different owner, in precedence order. */
  conflicts: OwnerClaim[];
  /** No source names an owner: the namespace's spend lands on nobody. */
  orphan: boolean;
}

/** What ownership is resolved from besides the cluster's facts. @public */
export interface OwnershipOptions {
  cluster: string;
  overrides?: readonly OwnerOverride[];
  /** Label/annotation keys, first match wins; default {@link DEFAULT_OWNER_KEYS}. */
  keys?: readonly string[];
  components?: readonly CatalogComponent[];
  /** Catalog Group refs, so `payments` can become `group:default/payments`. */
  groups?: readonly string[];
}

/** The facts ownership reads: namespaces, and the labels of what runs in them. @public */
export interface OwnershipFacts {
  namespaces: ReadonlyArray<
    Pick<NamespaceFact, 'name' | 'labels' | 'annotations'>
  >;
  pods: ReadonlyArray<Pick<PodFact, 'namespace' | 'labels'>>;
  workloads: ReadonlyArray<
    Pick<WorkloadFact, 'namespace' | 'labels' | 'podLabels'>
  >;
}

type Labelled = Record<string, string>;

/** Per namespace, the label sets of its pods, workloads and pod templates. */
export function labelSetsByNamespace(
  facts: OwnershipFacts,
): Map<string, Labelled[]> {
  const map = new Map<string, Labelled[]>();
  const add = (namespace: string, labels: Labelled) => {
    const list = map.get(namespace);
    if (list) list.push(labels);
    else map.set(namespace, [labels]);
  };
  for (const pod of facts.pods) add(pod.namespace, pod.labels);
  for (const workload of facts.workloads) {
    add(workload.namespace, workload.labels);
    add(workload.namespace, workload.podLabels);
  }
  return map;
}

/**
 * Catalog claims on one namespace: components whose workloads run there, the component matching
 * the most objects first (a component with one stray pod should not outrank the one that runs
 * the namespace), then by entity ref so the result is stable.
 */
function catalogClaims(
  namespace: string,
  labelSets: Labelled[],
  components: ReadonlyArray<{
    component: CatalogComponent;
    matches: (l: Labelled) => boolean;
  }>,
): OwnerClaim[] {
  const counted = components
    .filter(
      ({ component }) =>
        !component.namespace || component.namespace === namespace,
    )
    .map(({ component, matches }) => ({
      component,
      count: labelSets.filter(matches).length,
    }))
    .filter(c => c.count > 0)
    .sort(
      (a, b) =>
        b.count - a.count ||
        a.component.entityRef.localeCompare(b.component.entityRef),
    );
  return counted.map(({ component }) => ({
    owner: catalogOwnerRef(component.owner, component.entityRef),
    source: `catalog ${component.entityRef}`,
  }));
}

/**
 * How each Component recognises its workloads: by its label selector when it has one, else by
 * its kubernetes-id. Selectors are parsed once; a malformed one matches nothing rather than
 * everything.
 */
export function componentMatchers(components: readonly CatalogComponent[]) {
  return components.map(component => {
    if (component.labelSelector) {
      const selector = parseLabelSelector(component.labelSelector);
      return {
        component,
        matches: (l: Labelled) => selector?.matches(l) ?? false,
      };
    }
    const id = component.kubernetesId;
    return {
      component,
      matches: (l: Labelled) => Boolean(id) && l[KUBERNETES_ID_LABEL] === id,
    };
  });
}

/**
 * The catalog Components whose workloads run in each namespace: what the service card looks up
 * for entities matched by label selector rather than kubernetes-id.
 */
export function componentsByNamespace(
  facts: OwnershipFacts,
  components: readonly CatalogComponent[],
): Map<string, string[]> {
  const matchers = componentMatchers(components);
  const result = new Map<string, string[]>();
  for (const [namespace, labelSets] of labelSetsByNamespace(facts)) {
    const refs = matchers
      .filter(
        ({ component, matches }) =>
          (!component.namespace || component.namespace === namespace) &&
          labelSets.some(matches),
      )
      .map(({ component }) => component.entityRef)
      .sort();
    if (refs.length > 0) result.set(namespace, refs);
  }
  return result;
}

/**
 * Resolves every namespace's owner by precedence: (a) config overrides, cluster-specific before
 * cluster-wide; (b) the namespace's labels then annotations, per key in `keys` order; (c) catalog
 * Components whose `backstage.io/kubernetes-id` (or label selector) matches workloads running
 * there. Namespaces only seen through pods or workloads (the Namespace list was unreadable) are
 * resolved too, from config and catalog.
 * @public
 */
export function resolveOwners(
  facts: OwnershipFacts,
  options: OwnershipOptions,
): Map<string, NamespaceOwnership> {
  const keys = options.keys ?? DEFAULT_OWNER_KEYS;
  const groups = groupSet(options.groups ?? []);
  const labelSets = labelSetsByNamespace(facts);
  const components = componentMatchers(options.components ?? []);
  const overrides = (options.overrides ?? [])
    .filter(o => o.cluster === undefined || o.cluster === options.cluster)
    .sort(
      (a, b) =>
        Number(b.cluster !== undefined) - Number(a.cluster !== undefined),
    );

  const namespaces = new Map<
    string,
    Pick<NamespaceFact, 'labels' | 'annotations'>
  >();
  for (const ns of facts.namespaces) namespaces.set(ns.name, ns);
  for (const name of labelSets.keys()) {
    if (!namespaces.has(name))
      namespaces.set(name, { labels: {}, annotations: {} });
  }

  const result = new Map<string, NamespaceOwnership>();
  for (const [name, ns] of namespaces) {
    const claims: OwnerClaim[] = overrides
      .filter(o => o.namespace === name && o.owner.trim())
      .map(o => ({ owner: normalizeOwner(o.owner, groups), source: 'config' }));
    for (const key of keys) {
      const label = ns.labels[key]?.trim();
      if (label)
        claims.push({
          owner: normalizeOwner(label, groups),
          source: `namespace label ${key}`,
        });
      const annotation = ns.annotations[key]?.trim();
      if (annotation) {
        claims.push({
          owner: normalizeOwner(annotation, groups),
          source: `namespace annotation ${key}`,
        });
      }
    }
    claims.push(...catalogClaims(name, labelSets.get(name) ?? [], components));
    result.set(name, decide(claims));
  }
  return result;
}

/** The first claim wins; every claim naming someone else is a conflict worth showing. */
function decide(claims: OwnerClaim[]): NamespaceOwnership {
  const [winner] = claims;
  if (!winner)
    return { owner: null, ownerSource: null, conflicts: [], orphan: true };
  const key = ownerKey(winner.owner);
  return {
    owner: winner.owner,
    ownerSource: winner.source,
    conflicts: claims.filter(c => ownerKey(c.owner) !== key),
    orphan: false,
  };
}
