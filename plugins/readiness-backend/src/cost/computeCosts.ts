import { Pricing } from '@readiness/plugin-readiness-common';
import { ClusterFacts, Known, PodFact } from '../collect/facts';
import { groupSet, labelOwnerReader, ownerKey } from '../ownership/ownerRefs';
import { HOURS_PER_MONTH } from './pricing';
import {
  PodRequests,
  effectiveRequests,
  unpricedContainers,
} from './podRequests';

const GIB = 2 ** 30;

/** The facts the request model prices. @public */
export type CostFacts = Pick<
  ClusterFacts,
  'namespaces' | 'pods' | 'persistentVolumeClaims' | 'services' | 'nodes'
>;

/** Monthly cost per kind of resource, at full precision. @public */
export interface CostBreakdown {
  cpu: number;
  memory: number;
  gpu: number;
  storage: number;
  loadBalancers: number;
}

/** One namespace under the request model, at full precision: rounding happens at output. @public */
export interface NamespaceCostModel {
  monthly: number;
  breakdown: CostBreakdown;
  unpricedContainers: number;
  /**
   * Cost by the owner the pods' own labels name; `null` collects what no pod label claims (pods
   * without the label, unmounted volumes, load balancers selecting no single owner's pods).
   */
  byPodOwner: Map<string | null, number>;
  /** What could not be priced here and why. */
  notes: string[];
}

/** The request model for one cluster. @public */
export interface CostModel {
  /** Empty when pods could not be read: without them every figure would be a guess. */
  namespaces: Map<string, NamespaceCostModel>;
  /** Priced node capacity no Running pod requests; null when nodes could not be read. */
  idleMonthly: number | null;
  /** Cluster-wide reasons figures are missing or partial. */
  gaps: string[];
}

/** How the request model prices and splits. @public */
export interface CostOptions {
  pricing: Pricing;
  /** Pod label keys naming a pod's own owner, for namespaces several teams share. */
  ownerKeys: readonly string[];
  /** Catalog Group refs, so pod labels are spelled like namespace owners. */
  groups?: readonly string[];
}

function priceRequests(
  requests: PodRequests,
  pricing: Pricing,
): Pick<CostBreakdown, 'cpu' | 'memory' | 'gpu'> {
  return {
    cpu: requests.cpuCores * pricing.cpuCoreHour * HOURS_PER_MONTH,
    memory:
      (requests.memoryBytes / GIB) * pricing.memoryGiBHour * HOURS_PER_MONTH,
    gpu: requests.gpus * pricing.gpuHour * HOURS_PER_MONTH,
  };
}

/** The one owner a set of pods agrees on, or null when they name none or several. */
function agreedOwner(owners: Array<string | null>): string | null {
  const distinct = new Map(
    owners.map(o => [o === null ? null : ownerKey(o), o]),
  );
  return distinct.size === 1 ? [...distinct.values()][0] : null;
}

const unreadable = (what: string, known: Known<unknown>) =>
  known.ok ? null : `${what} unreadable (${known.reason})`;

/**
 * Prices each namespace from what its Running pods request (a Pending pod holds no node; a
 * finished one holds nothing), plus its bound volumes and LoadBalancer Services, and prices the
 * node capacity left over as idle. Pure: list prices in, full-precision money out.
 * @public
 */
export function computeCosts(
  facts: CostFacts,
  options: CostOptions,
): CostModel {
  const { pricing } = options;
  const gaps: string[] = [];
  const namespaces = new Map<string, NamespaceCostModel>();
  if (!facts.pods.ok) {
    gaps.push(
      `namespace costs not computed: Pods unreadable (${facts.pods.reason})`,
    );
    return { namespaces, idleMonthly: null, gaps };
  }
  const podOwner = labelOwnerReader(
    options.ownerKeys,
    groupSet(options.groups ?? []),
  );
  const ownerOf = (pod: PodFact) => podOwner(pod.labels);
  const notes = [
    unreadable(
      'storage not priced: PersistentVolumeClaims',
      facts.persistentVolumeClaims,
    ),
    unreadable('load balancers not priced: Services', facts.services),
  ].filter((n): n is string => n !== null);
  gaps.push(...notes);

  const entry = (name: string): NamespaceCostModel => {
    let found = namespaces.get(name);
    if (!found) {
      found = {
        monthly: 0,
        breakdown: { cpu: 0, memory: 0, gpu: 0, storage: 0, loadBalancers: 0 },
        unpricedContainers: 0,
        byPodOwner: new Map(),
        notes: [...notes],
      };
      namespaces.set(name, found);
    }
    return found;
  };
  /** Adds `monthly` (already the sum of the parts charged to `ns.breakdown`) to the owner. */
  const credit = (
    ns: NamespaceCostModel,
    owner: string | null,
    monthly: number,
  ) => {
    ns.monthly += monthly;
    ns.byPodOwner.set(owner, (ns.byPodOwner.get(owner) ?? 0) + monthly);
  };

  if (facts.namespaces.ok)
    for (const ns of facts.namespaces.value) entry(ns.name);
  const requestedByNode = new Map<string, PodRequests>();
  // One pass over the pods with nothing kept per pod: the Running ones are priced as they come.
  const pods = facts.pods.value;
  for (let i = 0; i < pods.length; i++) {
    const pod = pods[i];
    if (pod.phase !== 'Running') continue;
    const requests = effectiveRequests(pod);
    const ns = entry(pod.namespace);
    // A short-lived object per pod (scavenged young); summed part by part from 0, as before,
    // so that totals stay the same to the last bit.
    const { cpu, memory, gpu } = priceRequests(requests, pricing);
    ns.breakdown.cpu += cpu;
    ns.breakdown.memory += memory;
    ns.breakdown.gpu += gpu;
    credit(ns, ownerOf(pod), 0 + cpu + memory + gpu);
    ns.unpricedContainers += unpricedContainers(pod);
    if (pod.nodeName) {
      const onNode = requestedByNode.get(pod.nodeName) ?? {
        cpuCores: 0,
        memoryBytes: 0,
        gpus: 0,
      };
      onNode.cpuCores += requests.cpuCores;
      onNode.memoryBytes += requests.memoryBytes;
      requestedByNode.set(pod.nodeName, onNode);
    }
  }

  // Grouped once, and only when a volume or a load balancer needs an owner: they look up their
  // namespace's Running pods, of which there are many.
  let running: Map<string, PodFact[]> | undefined;
  const runningIn = (namespace: string): readonly PodFact[] => {
    if (!running) {
      running = new Map();
      for (const pod of facts.pods.ok ? facts.pods.value : []) {
        if (pod.phase !== 'Running') continue;
        const list = running.get(pod.namespace);
        if (list) list.push(pod);
        else running.set(pod.namespace, [pod]);
      }
    }
    return running.get(namespace) ?? [];
  };

  // A bound volume is billed whether or not a pod mounts it; it goes to the owner of the pods
  // that mount it when they agree.
  for (const pvc of facts.persistentVolumeClaims.ok
    ? facts.persistentVolumeClaims.value
    : []) {
    if (pvc.phase !== 'Bound' || pvc.storageBytes === null) continue;
    const users = runningIn(pvc.namespace).filter(p =>
      p.persistentVolumeClaims.includes(pvc.name),
    );
    const owner = users.length > 0 ? agreedOwner(users.map(ownerOf)) : null;
    const ns = entry(pvc.namespace);
    const storage = (pvc.storageBytes / GIB) * pricing.storageGiBMonth;
    ns.breakdown.storage += storage;
    credit(ns, owner, 0 + storage);
  }

  for (const svc of facts.services.ok ? facts.services.value : []) {
    if (svc.type !== 'LoadBalancer') continue;
    const selector = Object.entries(svc.selector);
    const backends =
      selector.length === 0
        ? []
        : runningIn(svc.namespace).filter(p =>
            selector.every(([k, v]) => p.labels[k] === v),
          );
    const owner =
      backends.length > 0 ? agreedOwner(backends.map(ownerOf)) : null;
    const ns = entry(svc.namespace);
    ns.breakdown.loadBalancers += pricing.loadBalancerMonth;
    credit(ns, owner, 0 + pricing.loadBalancerMonth);
  }

  return {
    namespaces,
    idleMonthly: idle(facts, requestedByNode, pricing, gaps),
    gaps,
  };
}

/**
 * Node capacity no Running pod requests, priced. Per node and floored at 0: one overcommitted
 * node does not make another node's spare capacity disappear.
 */
function idle(
  facts: CostFacts,
  requestedByNode: Map<string, PodRequests>,
  pricing: Pricing,
  gaps: string[],
): number | null {
  if (!facts.nodes.ok) {
    gaps.push(
      `idle capacity not computed: Nodes unreadable (${facts.nodes.reason})`,
    );
    return null;
  }
  let total = 0;
  const unknown: string[] = [];
  for (const node of facts.nodes.value) {
    const { cpuCores, memoryBytes } = node.allocatable;
    if (cpuCores === null || memoryBytes === null) unknown.push(node.name);
    const requested = requestedByNode.get(node.name) ?? {
      cpuCores: 0,
      memoryBytes: 0,
      gpus: 0,
    };
    const spare = priceRequests(
      {
        cpuCores: Math.max(0, (cpuCores ?? 0) - requested.cpuCores),
        memoryBytes: Math.max(0, (memoryBytes ?? 0) - requested.memoryBytes),
        gpus: 0,
      },
      pricing,
    );
    if (cpuCores !== null) total += spare.cpu;
    if (memoryBytes !== null) total += spare.memory;
  }
  if (unknown.length > 0) {
    gaps.push(
      `idle capacity partial: allocatable CPU or memory unknown on ${unknown.join(
        ', ',
      )}`,
    );
  }
  return total;
}
