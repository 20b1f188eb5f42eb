import { ObjectRef } from '@readiness/plugin-readiness-common';
import { ClusterFacts, ContainerFact, PodFact } from '../collect/facts';
import { usageAndHints } from '../cost/rightSizing';
import { NamespaceAssessment } from './namespaceIsolation';
import {
  CheckContext,
  CheckOutcome,
  nameList,
  nameListOf,
  needsAttestation,
  unreadable,
} from './types';

/** Share of workload containers that must request CPU and memory for level 1. */
export const MIN_PRICED_SHARE = 0.8;
/** Share of workload namespaces that must name an owner for level 1; level 2 needs all. */
export const MIN_ATTRIBUTED_SHARE = 0.5;

const COST_TOOL = /opencost|kubecost/i;
// Not "budget": SLO error-budget alerts would match.
const SPEND_WORDS = /cost|spend/i;
const ATTEST_HINT =
  "attest it (readiness.attestations in app-config or a readiness.dev/attest.cost-growth-alerts annotation on the cluster's Resource entity)";

const percent = (part: number, whole: number) =>
  `${Math.round((part / whole) * 100)}%`;

/**
 * Workload namespaces, or the unknown outcome when they cannot be told apart: without pods and
 * controllers "no workload namespaces" would be a guess.
 */
function workloadNamespaces(
  id: string,
  facts: ClusterFacts,
  namespaces: NamespaceAssessment[],
): NamespaceAssessment[] | CheckOutcome {
  if (!facts.namespaces.ok)
    return unreadable(id, 'Namespaces', facts.namespaces);
  if (!facts.pods.ok) return unreadable(id, 'Pods', facts.pods);
  if (!facts.workloads.ok) return unreadable(id, 'Workloads', facts.workloads);
  return namespaces.filter(ns => ns.workload);
}

function requestsSet(
  facts: ClusterFacts,
  namespaces: NamespaceAssessment[],
): CheckOutcome {
  const id = 'cost-requests-set';
  const workload = workloadNamespaces(id, facts, namespaces);
  if (!Array.isArray(workload)) return workload;
  const names = new Set(workload.map(ns => ns.name));
  // Finished pods cost nothing; init containers are over before the bill runs. Counted in one
  // pass: only the unpriced containers are kept, not one entry per container of the cluster.
  let containers = 0;
  const unpriced: Array<{ pod: PodFact; container: ContainerFact }> = [];
  const pods = facts.pods.ok ? facts.pods.value : [];
  for (let i = 0; i < pods.length; i++) {
    const pod = pods[i];
    if (
      !names.has(pod.namespace) ||
      pod.phase === 'Succeeded' ||
      pod.phase === 'Failed'
    )
      continue;
    // Indexed: for...of makes an iterator and a result object per step.
    for (let j = 0; j < pod.containers.length; j++) {
      const c = pod.containers[j];
      if (c.init) continue;
      containers += 1;
      if (
        !((c.requests.cpuCores ?? 0) > 0 && (c.requests.memoryBytes ?? 0) > 0)
      )
        unpriced.push({ pod, container: c });
    }
  }
  if (containers === 0) {
    return {
      id,
      status: 'not-applicable',
      evidence: 'No containers run in workload namespaces.',
      objects: [],
    };
  }
  const priced = containers - unpriced.length;
  if (unpriced.length === 0) {
    return {
      id,
      status: 'pass',
      evidence: `All ${containers} containers in workload namespaces request CPU and memory, so each can be priced.`,
      objects: [],
    };
  }
  const unpricedPods = new Map<string, ObjectRef>();
  for (const { pod } of unpriced) {
    unpricedPods.set(`${pod.namespace}/${pod.name}`, {
      kind: 'Pod',
      namespace: pod.namespace,
      name: pod.name,
    });
  }
  const share = priced / containers;
  const which = nameListOf(
    unpriced,
    ({ pod, container }) => `${pod.namespace}/${pod.name} (${container.name})`,
  );
  const summary = `${priced} of ${containers} containers in workload namespaces (${percent(
    priced,
    containers,
  )}) request CPU and memory, ${unpriced.length} unpriced`;
  return share >= MIN_PRICED_SHARE
    ? {
        id,
        status: 'warn',
        evidence: `${summary}: ${which}.`,
        objects: [...unpricedPods.values()],
      }
    : {
        id,
        status: 'fail',
        evidence: `${summary}, below the ${percent(
          MIN_PRICED_SHARE,
          1,
        )} needed to attribute spend: ${which}.`,
        objects: [...unpricedPods.values()],
      };
}

function attributed(
  id: string,
  facts: ClusterFacts,
  namespaces: NamespaceAssessment[],
  minShare: number,
): CheckOutcome {
  const workload = workloadNamespaces(id, facts, namespaces);
  if (!Array.isArray(workload)) return workload;
  if (workload.length === 0) {
    return {
      id,
      status: 'not-applicable',
      evidence: 'No workload namespaces were found.',
      objects: [],
    };
  }
  const orphans = workload.filter(ns => !ns.owner);
  const owned = workload.length - orphans.length;
  if (orphans.length === 0) {
    return {
      id,
      status: 'pass',
      evidence: `All ${workload.length} workload namespaces name an owning team, so their spend can be attributed.`,
      objects: [],
    };
  }
  const summary = `${owned} of ${
    workload.length
  } workload namespaces (${percent(
    owned,
    workload.length,
  )}) name an owning team (a team or owner label)`;
  const which = nameList(orphans.map(ns => ns.name));
  const objects = orphans.map(ns => ({ kind: 'Namespace', name: ns.name }));
  if (owned / workload.length >= minShare && minShare < 1) {
    return {
      id,
      status: 'warn',
      evidence: `${summary}; unattributed: ${which}.`,
      objects,
    };
  }
  const needed =
    minShare < 1 ? `at least ${percent(minShare, 1)} must` : 'every one must';
  return {
    id,
    status: 'fail',
    evidence: `${summary}; ${needed}. Spend in these lands on nobody: ${which}.`,
    objects,
  };
}

function allocationTool(facts: ClusterFacts): CheckOutcome {
  const id = 'cost-allocation-tool';
  if (!facts.workloads.ok) return unreadable(id, 'Workloads', facts.workloads);
  const named = (labels: Record<string, string>) => {
    for (const key in labels) if (COST_TOOL.test(labels[key])) return true;
    return false;
  };
  const tools = facts.workloads.value.filter(
    w => COST_TOOL.test(w.name) || named(w.labels) || named(w.podLabels),
  );
  const running = tools.filter(w => w.replicas !== 0);
  if (running.length > 0) {
    return {
      id,
      status: 'pass',
      evidence: `Spend is allocated by ${nameList(
        running.map(w => `${w.kind} ${w.namespace}/${w.name}`),
      )}.`,
      objects: [],
    };
  }
  const parked =
    tools.length > 0
      ? ` Scaled to zero: ${nameList(
          tools.map(w => `${w.namespace}/${w.name}`),
        )}.`
      : '';
  return {
    id,
    status: 'fail',
    evidence: `No OpenCost or Kubecost workload runs (none is named or labelled opencost or kubecost), so spend is not broken out by namespace.${parked}`,
    objects: tools.map(w => ({
      kind: w.kind,
      namespace: w.namespace,
      name: w.name,
    })),
  };
}

/** Observed when a Prometheus rule watches spend; otherwise only an attestation can settle it. */
function growthAlerts(facts: ClusterFacts): CheckOutcome {
  const id = 'cost-growth-alerts';
  const rules = facts.alertRules;
  if (!rules.ok) return unreadable(id, 'PrometheusRules', rules);
  if (rules.installed === false) {
    return {
      id,
      status: 'unknown',
      evidence: `The Prometheus Operator is not installed (the monitoring.coreos.com API group is not served), so no in-cluster rule alerts on spend. If spend growth is alerted elsewhere (cloud budgets, Kubecost alerts), ${ATTEST_HINT}.`,
      objects: [],
    };
  }
  const spend = rules.value.filter(r =>
    SPEND_WORDS.test(
      [r.alert, r.expr, ...Object.values(r.annotations)].join(' '),
    ),
  );
  if (spend.length === 0) {
    const seen =
      rules.value.length === 0
        ? 'No Prometheus alert rule was found'
        : `None of the ${rules.value.length} Prometheus alert rules mentions cost or spend`;
    return {
      id,
      status: 'unknown',
      evidence: `${seen}. If spend growth is alerted outside the cluster (cloud budgets, Kubecost alerts), ${ATTEST_HINT}.`,
      objects: [],
    };
  }
  return {
    id,
    status: 'pass',
    evidence: `${spend.length} alert rule(s) watch spend: ${nameList(
      spend.map(r => `${r.alert} (PrometheusRule ${r.namespace}/${r.name})`),
    )}.`,
    objects: [],
  };
}

/** Pillar 6, cost tracking: the readiness to attribute spend; the money maths comes later. */
/**
 * Level 3: requests follow what workloads use. Observed where metrics-server answers (no
 * workload under 30% of its requests); otherwise only an attestation can settle it.
 */
function sizedFromUsage(
  facts: ClusterFacts,
  systemNamespaces: ReadonlySet<string>,
): CheckOutcome {
  const id = 'cost-requests-sized-from-usage';
  const observed = usageAndHints(facts, systemNamespaces);
  if (!observed) {
    return needsAttestation(
      id,
      'Requests sized from observed usage (metrics-server is not serving metrics.k8s.io here; VPA recommendations, kubectl top, OpenCost efficiency)',
    );
  }
  if (observed.hints.length === 0) {
    return {
      id,
      status: 'pass',
      evidence:
        'Every workload metrics-server reports on uses at least 30% of its CPU and memory requests.',
      objects: [],
    };
  }
  return {
    id,
    status: 'fail',
    evidence: `${
      observed.hints.length
    } workload(s) use under 30% of their requests: ${nameList(
      observed.hints.map(h => `${h.namespace}/${h.workload.name}`),
    )}.`,
    objects: observed.hints.map(h => ({
      kind: h.workload.kind,
      namespace: h.namespace,
      name: h.workload.name,
    })),
  };
}

export function evaluateCost({
  facts,
  namespaces,
  settings,
}: CheckContext): CheckOutcome[] {
  return [
    requestsSet(facts, namespaces),
    attributed(
      'cost-namespaces-mostly-attributed',
      facts,
      namespaces,
      MIN_ATTRIBUTED_SHARE,
    ),
    attributed('cost-namespaces-attributed', facts, namespaces, 1),
    allocationTool(facts),
    growthAlerts(facts),
    sizedFromUsage(facts, settings.systemNamespaces),
  ];
}
