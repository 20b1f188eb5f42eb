import { ObjectRef } from '@readiness/plugin-readiness-common';
import {
  AutoscalerFact,
  IngressFact,
  Located,
  PodDisruptionBudgetFact,
  ServiceFact,
  WorkloadFact,
} from '../collect/facts';

/** Requests above this share of allocatable capacity fail: the next scale-up has nowhere to go. */
export const HEADROOM_FAIL_RATIO = 0.85;
/** Requests above this share warn: headroom is getting thin. */
export const HEADROOM_WARN_RATIO = 0.75;

/** A label selector (matchLabels) picks these labels: non-empty and every pair present. */
export function selects(
  selector: Record<string, string>,
  labels: Record<string, string>,
): boolean {
  // Compared in place: this runs for every workload against its namespace's Services and budgets.
  let empty = true;
  for (const key in selector) {
    if (!Object.prototype.hasOwnProperty.call(selector, key)) continue;
    if (labels[key] !== selector[key]) return false;
    empty = false;
  }
  return !empty;
}

// Namespaced facts grouped by namespace, once per array: a workload's Service, budget or
// autoscaler lives in its own namespace, and scanning every one of them per workload made the
// scaling checks quadratic (30,000 Deployments x 30,000 Services). Facts are never mutated once
// collected.
const byNamespace = new WeakMap<readonly Located[], Map<string, Located[]>>();

function inNamespace<T extends Located>(
  items: readonly T[],
  namespace: string,
): readonly T[] {
  let index = byNamespace.get(items) as Map<string, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const item of items) {
      const list = index.get(item.namespace);
      if (list) list.push(item);
      else index.set(item.namespace, [item]);
    }
    byNamespace.set(items, index);
  }
  return index.get(namespace) ?? [];
}

/** `namespace/name`, for evidence. */
export const qualified = (o: Located) => `${o.namespace}/${o.name}`;

/** The finding's object for a workload. */
export const workloadRef = (w: WorkloadFact): ObjectRef => ({
  kind: w.kind,
  namespace: w.namespace,
  name: w.name,
});

/**
 * Deployments outside system namespaces whose pods a LoadBalancer or NodePort Service, or a
 * Service behind an Ingress, selects: the ones users' traffic reaches.
 */
export function userFacingDeployments(
  workloads: WorkloadFact[],
  services: ServiceFact[],
  ingresses: IngressFact[],
  systemNamespaces: ReadonlySet<string>,
): WorkloadFact[] {
  const behindIngress = new Set(
    ingresses.flatMap(i =>
      i.backendServices.map(name => `${i.namespace}/${name}`),
    ),
  );
  const exposed = services.filter(
    s =>
      s.type === 'LoadBalancer' ||
      s.type === 'NodePort' ||
      behindIngress.has(qualified(s)),
  );
  return workloads.filter(
    w =>
      w.kind === 'Deployment' &&
      !systemNamespaces.has(w.namespace) &&
      inNamespace(exposed, w.namespace).some(s =>
        selects(s.selector, w.podLabels),
      ),
  );
}

/** The HPA or ScaledObject that scales a workload, if any. */
export function autoscalerOf(
  w: WorkloadFact,
  autoscalers: AutoscalerFact[],
): AutoscalerFact | undefined {
  return inNamespace(autoscalers, w.namespace).find(
    a => a.targetKind === w.kind && a.targetName === w.name,
  );
}

/** Whether any Service in the workload's namespace selects its pods. */
export function isServed(w: WorkloadFact, services: ServiceFact[]): boolean {
  return inNamespace(services, w.namespace).some(s =>
    selects(s.selector, w.podLabels),
  );
}

/** Whether a PodDisruptionBudget's matchLabels are a subset of the workload's pod labels. */
export function hasDisruptionBudget(
  w: WorkloadFact,
  budgets: PodDisruptionBudgetFact[],
): boolean {
  return inNamespace(budgets, w.namespace).some(b =>
    selects(b.selector, w.podLabels),
  );
}

/** Workloads outside system namespaces that run two or more replicas (DaemonSets have none). */
export function multiReplica(
  workloads: WorkloadFact[],
  systemNamespaces: ReadonlySet<string>,
): WorkloadFact[] {
  return workloads.filter(
    w => !systemNamespaces.has(w.namespace) && (w.replicas ?? 0) >= 2,
  );
}

const CLUSTER_AUTOSCALER_LABELS = ['app', 'app.kubernetes.io/name', 'k8s-app'];

/** Cluster Autoscaler, as its upstream manifests and Helm chart name and label it. */
export function isClusterAutoscaler(w: WorkloadFact): boolean {
  const named = (n: string | undefined) =>
    n !== undefined && n.includes('cluster-autoscaler');
  return (
    named(w.name) ||
    CLUSTER_AUTOSCALER_LABELS.some(
      k => named(w.labels[k]) || named(w.podLabels[k]),
    )
  );
}

const GIB = 1024 ** 3;

/** "26% of allocatable CPU (6.1 of 23.7 cores)". */
export function describeShare(
  what: 'CPU' | 'memory',
  used: number,
  allocatable: number,
): string {
  const pct = Math.round((used / allocatable) * 100);
  const [u, a, unit] =
    what === 'CPU'
      ? [used, allocatable, 'cores']
      : [used / GIB, allocatable / GIB, 'GiB'];
  return `${pct}% of allocatable ${what} (${u.toFixed(1)} of ${a.toFixed(
    1,
  )} ${unit})`;
}
