import { RightSizingHint } from '@readiness/plugin-readiness-common';
import { ClusterFacts, PodFact } from '../collect/facts';

/** Below this share of its requests a workload is a right-sizing candidate (the seed's pillar 6). */
export const UNDERUSED_SHARE = 0.3;

/**
 * The workload a pod belongs to: a ReplicaSet's Deployment is its name less the pod-template
 * hash, which is what an operator edits.
 */
function workloadOf(pod: PodFact): { kind: string; name: string } {
  if (pod.ownerKind === 'ReplicaSet' && pod.ownerName) {
    return {
      kind: 'Deployment',
      name: pod.ownerName.replace(/-[a-z0-9]{5,10}$/, ''),
    };
  }
  if (pod.ownerKind && pod.ownerName)
    return { kind: pod.ownerKind, name: pod.ownerName };
  return { kind: 'Pod', name: pod.name };
}

function appRequests(pod: PodFact): { cpu: number; memory: number } {
  const app = pod.containers.filter(c => !c.init);
  return {
    cpu: app.reduce((sum, c) => sum + (c.requests.cpuCores ?? 0), 0),
    memory: app.reduce((sum, c) => sum + (c.requests.memoryBytes ?? 0), 0),
  };
}

/** Usage against requests per namespace, for Running pods that metrics-server reports on. */
export interface NamespaceUsage {
  cpuCores: number;
  memoryBytes: number;
  requestedCpuCores: number;
  requestedMemoryBytes: number;
}

/**
 * Compares what Running pods use now (metrics.k8s.io) with what they request. Returns nothing
 * when usage cannot be read: no metrics, no hints, never a guess.
 */
export function usageAndHints(
  facts: ClusterFacts,
  systemNamespaces: ReadonlySet<string>,
):
  | { namespaces: Map<string, NamespaceUsage>; hints: RightSizingHint[] }
  | undefined {
  // A snapshot without PodMetrics, or a metrics-server with nothing to say, observed nothing.
  if (
    !facts.pods.ok ||
    !facts.podMetrics.ok ||
    facts.podMetrics.installed === false ||
    facts.podMetrics.value.length === 0
  ) {
    return undefined;
  }
  const usage = new Map(
    facts.podMetrics.value.map(u => [`${u.namespace}/${u.name}`, u]),
  );
  const namespaces = new Map<string, NamespaceUsage>();
  const workloads = new Map<string, RightSizingHint>();
  for (const pod of facts.pods.value) {
    const used = usage.get(`${pod.namespace}/${pod.name}`);
    if (pod.phase !== 'Running' || !used) continue;
    const requested = appRequests(pod);
    const ns = namespaces.get(pod.namespace) ?? {
      cpuCores: 0,
      memoryBytes: 0,
      requestedCpuCores: 0,
      requestedMemoryBytes: 0,
    };
    ns.cpuCores += used.cpuCores;
    ns.memoryBytes += used.memoryBytes;
    ns.requestedCpuCores += requested.cpu;
    ns.requestedMemoryBytes += requested.memory;
    namespaces.set(pod.namespace, ns);
    if (systemNamespaces.has(pod.namespace)) continue;
    const workload = workloadOf(pod);
    const key = `${pod.namespace}/${workload.kind}/${workload.name}`;
    const hint = workloads.get(key) ?? {
      namespace: pod.namespace,
      workload,
      pods: 0,
      cpu: { requestedCores: 0, usedCores: 0 },
      memory: { requestedBytes: 0, usedBytes: 0 },
      suggestion: '',
    };
    hint.pods += 1;
    hint.cpu.requestedCores += requested.cpu;
    hint.cpu.usedCores += used.cpuCores;
    hint.memory.requestedBytes += requested.memory;
    hint.memory.usedBytes += used.memoryBytes;
    workloads.set(key, hint);
  }
  const hints: RightSizingHint[] = [];
  for (const hint of workloads.values()) {
    const over: string[] = [];
    const cpuShare =
      hint.cpu.requestedCores > 0
        ? hint.cpu.usedCores / hint.cpu.requestedCores
        : null;
    const memShare =
      hint.memory.requestedBytes > 0
        ? hint.memory.usedBytes / hint.memory.requestedBytes
        : null;
    if (cpuShare !== null && cpuShare < UNDERUSED_SHARE) {
      over.push(`CPU ${Math.round(cpuShare * 100)}% of requests`);
    }
    if (memShare !== null && memShare < UNDERUSED_SHARE) {
      over.push(`memory ${Math.round(memShare * 100)}% of requests`);
    }
    if (over.length === 0) continue;
    hints.push({
      ...hint,
      suggestion: `${hint.workload.kind} ${hint.namespace}/${
        hint.workload.name
      } uses ${over.join(
        ' and ',
      )}: lower its requests towards observed usage plus headroom.`,
    });
  }
  hints.sort(
    (a, b) =>
      a.namespace.localeCompare(b.namespace) ||
      a.workload.name.localeCompare(b.workload.name),
  );
  return { namespaces, hints };
}
