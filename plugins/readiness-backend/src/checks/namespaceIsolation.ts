import {
  NamespaceIsolation,
  NamespaceReport,
  PodSecurityLevel,
} from '@readiness/plugin-readiness-common';
import { ClusterFacts } from '../collect/facts';

const PSA_ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';
const PSA_LEVELS: ReadonlySet<string> = new Set([
  'privileged',
  'baseline',
  'restricted',
]);

/** Quota keys that bound CPU, memory and pod count respectively. */
const QUOTA_CPU = ['cpu', 'requests.cpu', 'limits.cpu'];
const QUOTA_MEMORY = ['memory', 'requests.memory', 'limits.memory'];
const QUOTA_PODS = ['pods', 'count/pods'];

/** Per-namespace isolation facts plus what the checks need beyond the public report. */
export interface NamespaceAssessment extends NamespaceReport {
  /** Quotas bound CPU, memory and pods; null when quotas could not be read. */
  quotaCoversCompute: boolean | null;
  /** Pods in this namespace that run as the `default` ServiceAccount. */
  defaultServiceAccountPods: string[];
}

/**
 * Works out each namespace's isolation from the facts. A namespace is a workload namespace when
 * pods or workload controllers run in it and it is not a system namespace.
 */
export function assessNamespaces(
  facts: ClusterFacts,
  systemNamespaces: ReadonlySet<string>,
): NamespaceAssessment[] {
  if (!facts.namespaces.ok) return [];
  // Grouped once: clusters have thousands of namespaces and a hundred thousand pods.
  const pods = byNamespace(facts.pods.ok ? facts.pods.value : []);
  const workloads = byNamespace(
    facts.workloads.ok ? facts.workloads.value : [],
  );
  const quotas = facts.resourceQuotas.ok
    ? byNamespace(facts.resourceQuotas.value)
    : null;
  const limitRanges = facts.limitRanges.ok
    ? byNamespace(facts.limitRanges.value)
    : null;
  const policies = facts.networkPolicies.ok
    ? byNamespace(facts.networkPolicies.value)
    : null;

  return facts.namespaces.value.map(ns => {
    const nsPods = pods.get(ns.name) ?? [];
    const nsWorkloads = workloads.get(ns.name) ?? [];
    const ids = new Set<string>();
    for (const o of nsPods) if (o.kubernetesId) ids.add(o.kubernetesId);
    for (const o of nsWorkloads) if (o.kubernetesId) ids.add(o.kubernetesId);
    const kubernetesIds = [...ids].sort();
    const workload =
      !systemNamespaces.has(ns.name) &&
      (nsPods.length > 0 || nsWorkloads.length > 0);

    const nsQuotas = quotas ? quotas.get(ns.name) ?? [] : null;
    const nsPolicies = policies
      ? (policies.get(ns.name) ?? []).filter(p => p.selectsAllPods)
      : null;
    const enforce = ns.labels[PSA_ENFORCE_LABEL];
    const defaultServiceAccountPods: string[] = [];
    for (const p of nsPods)
      if (p.serviceAccount === 'default')
        defaultServiceAccountPods.push(p.name);

    const isolation: NamespaceIsolation = {
      resourceQuota: nsQuotas ? nsQuotas.length > 0 : null,
      limitRange: limitRanges ? limitRanges.has(ns.name) : null,
      defaultDenyNetworkPolicy: nsPolicies
        ? nsPolicies.some(p => p.deniesAllIngress) &&
          nsPolicies.some(p => p.deniesAllEgress)
        : null,
      podSecurity: PSA_LEVELS.has(enforce)
        ? (enforce as PodSecurityLevel)
        : null,
      dedicatedServiceAccounts: facts.pods.ok
        ? defaultServiceAccountPods.length === 0
        : null,
    };
    const hard = new Set(nsQuotas?.flatMap(q => q.hard) ?? []);
    const covers = (keys: string[]) => keys.some(k => hard.has(k));
    return {
      name: ns.name,
      ...labelOwner(ns.labels),
      workload,
      kubernetesIds,
      isolation,
      gaps: workload ? isolationGaps(isolation, facts) : [],
      quotaCoversCompute: nsQuotas
        ? covers(QUOTA_CPU) && covers(QUOTA_MEMORY) && covers(QUOTA_PODS)
        : null,
      defaultServiceAccountPods,
    };
  });
}

/** The isolation gaps of one namespace, in words a service owner understands. */
export function isolationGaps(
  isolation: NamespaceIsolation,
  facts: ClusterFacts,
): string[] {
  const gaps: string[] = [];
  const unknown = (what: string, known: { ok: boolean; reason?: string }) =>
    `${what} unknown: ${'reason' in known ? known.reason : 'not readable'}`;
  if (isolation.resourceQuota === null)
    gaps.push(unknown('ResourceQuota', facts.resourceQuotas));
  else if (!isolation.resourceQuota) gaps.push('no ResourceQuota');
  if (isolation.limitRange === null)
    gaps.push(unknown('LimitRange', facts.limitRanges));
  else if (!isolation.limitRange) gaps.push('no LimitRange');
  if (isolation.defaultDenyNetworkPolicy === null) {
    gaps.push(unknown('NetworkPolicy', facts.networkPolicies));
  } else if (!isolation.defaultDenyNetworkPolicy) {
    gaps.push('no default-deny NetworkPolicy');
  }
  if (isolation.podSecurity === null) gaps.push('Pod Security not enforced');
  else if (isolation.podSecurity === 'privileged')
    gaps.push('Pod Security enforces privileged');
  if (isolation.dedicatedServiceAccounts === null)
    gaps.push(unknown('ServiceAccounts', facts.pods));
  else if (!isolation.dedicatedServiceAccounts)
    gaps.push('pods use the default ServiceAccount');
  return gaps;
}

function byNamespace<T extends { namespace: string }>(
  items: T[],
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.namespace);
    if (list) list.push(item);
    else map.set(item.namespace, [item]);
  }
  return map;
}

/** The owner a namespace's own labels declare, `team` before `owner`. */
function labelOwner(labels: Record<string, string>): {
  owner: string | null;
  ownerSource: string | null;
} {
  for (const key of ['team', 'owner']) {
    if (labels[key])
      return { owner: labels[key], ownerSource: `namespace label ${key}` };
  }
  return { owner: null, ownerSource: null };
}
