import { ClusterFacts, WorkloadFact } from '../collect/facts';
import { headroom, nodeAutoscaling } from './scalingChecks.capacity';
import {
  autoscalerOf,
  hasDisruptionBudget,
  isServed,
  multiReplica,
  qualified,
  userFacingDeployments,
  workloadRef,
} from './scalingChecks.helpers';
import {
  CheckContext,
  CheckOutcome,
  nameList,
  needsAttestation,
  unreadable,
} from './types';

const NO_USER_FACING =
  'No user-facing Deployments were found: no LoadBalancer or NodePort Service, and no Service behind an Ingress, selects the pods of a Deployment outside system namespaces.';

/** User-facing Deployments, or the outcome that stops a check from judging them. */
function userFacing(
  id: string,
  facts: ClusterFacts,
  system: ReadonlySet<string>,
): WorkloadFact[] | CheckOutcome {
  if (!facts.workloads.ok) return unreadable(id, 'Workloads', facts.workloads);
  if (!facts.services.ok) return unreadable(id, 'Services', facts.services);
  if (!facts.ingresses.ok) return unreadable(id, 'Ingresses', facts.ingresses);
  const found = userFacingDeployments(
    facts.workloads.value,
    facts.services.value,
    facts.ingresses.value,
    system,
  );
  return found.length > 0
    ? found
    : { id, status: 'not-applicable', evidence: NO_USER_FACING, objects: [] };
}

function replicas(
  facts: ClusterFacts,
  system: ReadonlySet<string>,
): CheckOutcome {
  const id = 'scaling-user-facing-replicas';
  const deployments = userFacing(id, facts, system);
  if (!Array.isArray(deployments)) return deployments;
  const autoscalers = facts.autoscalers.ok ? facts.autoscalers.value : [];
  // A Deployment at zero that an autoscaler manages is scaled to zero on purpose (KEDA).
  const single = deployments.filter(
    w =>
      (w.replicas ?? 0) < 2 &&
      !(w.replicas === 0 && autoscalerOf(w, autoscalers)),
  );
  if (single.length === 0) {
    return {
      id,
      status: 'pass',
      evidence: `All ${deployments.length} user-facing Deployments run at least two replicas.`,
      objects: [],
    };
  }
  return {
    id,
    status: 'fail',
    evidence: `${single.length} of ${
      deployments.length
    } user-facing Deployments run fewer than two replicas, so one pod restart or node drain is an outage: ${nameList(
      single.map(w => `${qualified(w)} (${w.replicas ?? 0} replica(s))`),
    )}.`,
    objects: single.map(workloadRef),
  };
}

function autoscaled(
  facts: ClusterFacts,
  system: ReadonlySet<string>,
): CheckOutcome {
  const id = 'scaling-user-facing-autoscaled';
  const deployments = userFacing(id, facts, system);
  if (!Array.isArray(deployments)) return deployments;
  if (!facts.autoscalers.ok) {
    return unreadable(
      id,
      'HorizontalPodAutoscalers and KEDA ScaledObjects',
      facts.autoscalers,
    );
  }
  const autoscalers = facts.autoscalers.value;
  const fixed = deployments.filter(w => !autoscalerOf(w, autoscalers));
  if (fixed.length === 0) {
    return {
      id,
      status: 'pass',
      evidence: `All ${
        deployments.length
      } user-facing Deployments are autoscaled: ${nameList(
        deployments.map(w => {
          const by = autoscalerOf(w, autoscalers);
          return `${qualified(w)} by ${by?.kind} ${by?.name}`;
        }),
      )}.`,
      objects: [],
    };
  }
  return {
    id,
    status: 'fail',
    evidence: `${fixed.length} of ${
      deployments.length
    } user-facing Deployments have no HorizontalPodAutoscaler or KEDA ScaledObject, so their replica count stays fixed under a traffic spike: ${nameList(
      fixed.map(qualified),
    )}.`,
    objects: fixed.map(workloadRef),
  };
}

function disruptionBudgets(
  id: string,
  facts: ClusterFacts,
  system: ReadonlySet<string>,
  servedOnly: boolean,
): CheckOutcome {
  if (!facts.workloads.ok) return unreadable(id, 'Workloads', facts.workloads);
  if (servedOnly && !facts.services.ok)
    return unreadable(id, 'Services', facts.services);
  const budgets = facts.podDisruptionBudgets;
  if (!budgets.ok) return unreadable(id, 'PodDisruptionBudgets', budgets);
  const services = facts.services.ok ? facts.services.value : [];
  const what = servedOnly
    ? 'multi-replica workloads behind a Service'
    : 'multi-replica workloads';
  const candidates = multiReplica(facts.workloads.value, system).filter(
    w => !servedOnly || isServed(w, services),
  );
  if (candidates.length === 0) {
    return {
      id,
      status: 'not-applicable',
      evidence: `No ${what} were found outside system namespaces.`,
      objects: [],
    };
  }
  const uncovered = candidates.filter(
    w => !hasDisruptionBudget(w, budgets.value),
  );
  if (uncovered.length === 0) {
    return {
      id,
      status: 'pass',
      evidence: `All ${candidates.length} ${what} are covered by a PodDisruptionBudget.`,
      objects: [],
    };
  }
  return {
    id,
    status: 'fail',
    evidence: `${uncovered.length} of ${
      candidates.length
    } ${what} have no PodDisruptionBudget whose matchLabels select their pods, so a node drain may evict every replica at once: ${nameList(
      uncovered.map(w => `${w.kind} ${qualified(w)}`),
    )}.`,
    objects: uncovered.map(workloadRef),
  };
}

/** Pillar 7, scaling under load: replicas, autoscaling of pods and nodes, budgets, headroom. */
export function evaluateScaling({
  facts,
  settings,
}: CheckContext): CheckOutcome[] {
  const system = settings.systemNamespaces;
  return [
    replicas(facts, system),
    headroom(facts),
    autoscaled(facts, system),
    nodeAutoscaling(facts),
    disruptionBudgets('scaling-pdb-serving-workloads', facts, system, true),
    disruptionBudgets('scaling-pdb-all-workloads', facts, system, false),
    needsAttestation(
      'scaling-load-tested',
      'A load test that reflects production traffic',
    ),
  ];
}
