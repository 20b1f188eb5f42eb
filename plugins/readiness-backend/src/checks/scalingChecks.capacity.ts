import { ClusterFacts } from '../collect/facts';
import {
  HEADROOM_FAIL_RATIO,
  HEADROOM_WARN_RATIO,
  describeShare,
  isClusterAutoscaler,
  qualified,
} from './scalingChecks.helpers';
import { effectiveRequests } from '../cost/podRequests';
import { CheckOutcome, nameList, unreadable } from './types';

// The capacity side of scaling: nodes that are added on demand, and room on the ones there are.

const MANAGED_PROVIDERS = new Set(['gke', 'aks', 'eks']);

/** Level 2: the Cluster Autoscaler runs, or Karpenter has a NodePool. */
export function nodeAutoscaling(facts: ClusterFacts): CheckOutcome {
  const id = 'scaling-node-autoscaling';
  const autoscalers = facts.workloads.ok
    ? facts.workloads.value.filter(
        w => isClusterAutoscaler(w) && w.replicas !== 0,
      )
    : [];
  if (autoscalers.length > 0) {
    return {
      id,
      status: 'pass',
      evidence: `The Cluster Autoscaler runs as ${nameList(
        autoscalers.map(w => `${w.kind} ${qualified(w)}`),
      )}.`,
      objects: [],
    };
  }
  const pools = facts.nodePools.ok ? facts.nodePools.value : [];
  if (pools.length > 0) {
    return {
      id,
      status: 'pass',
      evidence: `Karpenter provisions nodes from ${
        pools.length
      } NodePool(s): ${nameList(pools.map(p => p.name))}.`,
      objects: [],
    };
  }
  if (!facts.workloads.ok) return unreadable(id, 'Workloads', facts.workloads);
  if (!facts.nodePools.ok)
    return unreadable(id, 'Karpenter NodePools', facts.nodePools);
  const karpenter =
    facts.nodePools.installed === false
      ? 'Karpenter is not installed (the karpenter.sh API group is not served)'
      : 'no Karpenter NodePool exists';
  const managed = MANAGED_PROVIDERS.has(facts.server.provider ?? '')
    ? ` If ${facts.server.provider!.toUpperCase()}'s managed node autoscaling is on, it runs outside the cluster where the scan cannot see it: record an exemption.`
    : '';
  return {
    id,
    status: 'fail',
    evidence: `No Cluster Autoscaler workload runs and ${karpenter}, so nodes are added by hand when pods do not fit.${managed}`,
    objects: [],
  };
}

/** Level 1: running pods' requests against schedulable nodes' allocatable capacity. */
export function headroom(facts: ClusterFacts): CheckOutcome {
  const id = 'scaling-capacity-headroom';
  if (!facts.nodes.ok) return unreadable(id, 'Nodes', facts.nodes);
  if (!facts.pods.ok) return unreadable(id, 'Pods', facts.pods);
  if (facts.nodes.value.length === 0)
    return {
      id,
      status: 'not-applicable',
      evidence: 'No nodes were found.',
      objects: [],
    };
  const nodes = facts.nodes.value.filter(n => !n.unschedulable);
  if (nodes.length === 0) {
    return {
      id,
      status: 'fail',
      evidence: `All ${facts.nodes.value.length} nodes are cordoned: no capacity is schedulable.`,
      objects: facts.nodes.value.map(n => ({ kind: 'Node', name: n.name })),
    };
  }
  const names = new Set(nodes.map(n => n.name));
  const cpuAllocatable = nodes.reduce(
    (sum, n) => sum + (n.allocatable.cpuCores ?? 0),
    0,
  );
  const memoryAllocatable = nodes.reduce(
    (sum, n) => sum + (n.allocatable.memoryBytes ?? 0),
    0,
  );
  if (cpuAllocatable === 0 && memoryAllocatable === 0) {
    return {
      id,
      status: 'unknown',
      evidence: 'No schedulable node reports allocatable CPU or memory.',
      objects: [],
    };
  }
  // Pods on cordoned nodes hold capacity that was left out above. Summed in one pass, with
  // nothing kept per pod.
  let running = 0;
  const requested = { cpu: 0, memory: 0 };
  const pods = facts.pods.value;
  for (let i = 0; i < pods.length; i++) {
    const pod = pods[i];
    if (pod.phase !== 'Running' || (pod.nodeName && !names.has(pod.nodeName)))
      continue;
    running += 1;
    const r = effectiveRequests(pod);
    requested.cpu += r.cpuCores;
    requested.memory += r.memoryBytes;
  }
  const shares = [
    cpuAllocatable > 0 && {
      ratio: requested.cpu / cpuAllocatable,
      text: describeShare('CPU', requested.cpu, cpuAllocatable),
    },
    memoryAllocatable > 0 && {
      ratio: requested.memory / memoryAllocatable,
      text: describeShare('memory', requested.memory, memoryAllocatable),
    },
  ].filter((s): s is { ratio: number; text: string } => Boolean(s));
  const worst = Math.max(...shares.map(s => s.ratio));
  const summary = `${running} running pods request ${shares
    .map(s => s.text)
    .join(' and ')} on ${nodes.length} schedulable node(s)`;
  if (worst > HEADROOM_FAIL_RATIO) {
    return {
      id,
      status: 'fail',
      evidence: `${summary}: above ${
        HEADROOM_FAIL_RATIO * 100
      }%, the next scale-up or the loss of a node leaves pods Pending.`,
      objects: nodes.map(n => ({ kind: 'Node', name: n.name })),
    };
  }
  if (worst > HEADROOM_WARN_RATIO) {
    return {
      id,
      status: 'warn',
      evidence: `${summary}: headroom is getting thin (over ${
        HEADROOM_WARN_RATIO * 100
      }%).`,
      objects: [],
    };
  }
  return { id, status: 'pass', evidence: `${summary}.`, objects: [] };
}
