import { ClusterFacts } from '../collect/facts';
import { NamespaceAssessment } from './namespaceIsolation';
import { CheckContext, CheckOutcome, nameList } from './types';

type Verdict = boolean | null;

/**
 * "Every workload namespace has X": fails naming the namespaces without it, and is unknown
 * (never a pass) when X could not be read for some of them.
 */
function everyWorkloadNamespace(
  id: string,
  facts: ClusterFacts,
  namespaces: NamespaceAssessment[],
  verdict: (ns: NamespaceAssessment) => Verdict,
  words: { has: string; lacks: string; unknownReason: () => string },
): CheckOutcome {
  if (!facts.namespaces.ok) {
    return {
      id,
      status: 'unknown',
      evidence: `Namespaces could not be read: ${facts.namespaces.reason}`,
      objects: [],
    };
  }
  // Which namespaces run workloads is only known when pods and controllers could be listed;
  // without them "no workload namespaces" would be a guess.
  for (const [what, known] of [
    ['Pods', facts.pods],
    ['Workloads', facts.workloads],
  ] as const) {
    if (!known.ok) {
      return {
        id,
        status: 'unknown',
        evidence: `${what} could not be read: ${known.reason}`,
        objects: [],
      };
    }
  }
  const workload = namespaces.filter(ns => ns.workload);
  if (workload.length === 0) {
    return {
      id,
      status: 'not-applicable',
      evidence: 'No workload namespaces were found.',
      objects: [],
    };
  }
  if (workload.some(ns => verdict(ns) === null)) {
    return {
      id,
      status: 'unknown',
      evidence: words.unknownReason(),
      objects: [],
    };
  }
  const failing = workload.filter(ns => verdict(ns) === false);
  if (failing.length === 0) {
    return {
      id,
      status: 'pass',
      evidence: `All ${workload.length} workload namespaces ${words.has}.`,
      objects: [],
    };
  }
  return {
    id,
    status: 'fail',
    evidence: `${failing.length} of ${workload.length} workload namespaces ${
      words.lacks
    }: ${nameList(failing.map(ns => ns.name))}.`,
    objects: failing.map(ns => ({ kind: 'Namespace', name: ns.name })),
  };
}

function reasonUnreadable(
  what: string,
  known: { ok: boolean; reason?: string },
): () => string {
  return () =>
    `${what} could not be read: ${
      'reason' in known ? known.reason : 'unknown error'
    }`;
}

/** Pillar 5, multi-tenancy & isolation, decided from namespace assessments. */
export function evaluateTenancy({
  facts,
  namespaces,
}: CheckContext): CheckOutcome[] {
  const outcomes: CheckOutcome[] = [];

  const id = 'tenancy-workloads-outside-default';
  if (!facts.pods.ok) {
    outcomes.push({
      id,
      status: 'unknown',
      evidence: `Pods could not be read: ${facts.pods.reason}`,
      objects: [],
    });
  } else {
    const inDefault = facts.pods.value.filter(p => p.namespace === 'default');
    outcomes.push(
      inDefault.length === 0
        ? {
            id,
            status: 'pass',
            evidence: 'No pods run in the default namespace.',
            objects: [],
          }
        : {
            id,
            status: 'fail',
            evidence: `${
              inDefault.length
            } pod(s) run in the default namespace, shared by everyone: ${nameList(
              inDefault.map(p => p.name),
            )}.`,
            objects: inDefault.map(p => ({
              kind: 'Pod',
              namespace: p.namespace,
              name: p.name,
            })),
          },
    );
  }

  outcomes.push(
    everyWorkloadNamespace(
      'tenancy-resource-quotas',
      facts,
      namespaces,
      ns => ns.isolation.resourceQuota,
      {
        has: 'have a ResourceQuota',
        lacks:
          'have no ResourceQuota, so one runaway workload can starve the rest',
        unknownReason: reasonUnreadable('ResourceQuotas', facts.resourceQuotas),
      },
    ),
    everyWorkloadNamespace(
      'tenancy-limit-ranges',
      facts,
      namespaces,
      ns => ns.isolation.limitRange,
      {
        has: 'have a LimitRange',
        lacks:
          'have no LimitRange giving containers default requests and limits',
        unknownReason: reasonUnreadable('LimitRanges', facts.limitRanges),
      },
    ),
    everyWorkloadNamespace(
      'tenancy-default-deny-network-policy',
      facts,
      namespaces,
      ns => ns.isolation.defaultDenyNetworkPolicy,
      {
        has: 'deny ingress and egress by default',
        lacks:
          'have no default-deny NetworkPolicy for both ingress and egress, so any pod can talk to them',
        unknownReason: reasonUnreadable(
          'NetworkPolicies',
          facts.networkPolicies,
        ),
      },
    ),
    everyWorkloadNamespace(
      'tenancy-pod-security-enforced',
      facts,
      namespaces,
      ns =>
        ns.isolation.podSecurity === 'baseline' ||
        ns.isolation.podSecurity === 'restricted',
      {
        has: 'enforce Pod Security baseline or restricted',
        lacks: 'enforce no Pod Security level (or only privileged)',
        unknownReason: () => 'unreachable',
      },
    ),
    everyWorkloadNamespace(
      'tenancy-dedicated-service-accounts',
      facts,
      namespaces,
      ns => ns.isolation.dedicatedServiceAccounts,
      {
        has: 'run their pods on dedicated ServiceAccounts',
        lacks:
          'run pods on the default ServiceAccount, so every pod there shares one identity',
        unknownReason: reasonUnreadable('Pods', facts.pods),
      },
    ),
    everyWorkloadNamespace(
      'tenancy-quota-covers-compute',
      facts,
      namespaces,
      ns => ns.quotaCoversCompute,
      {
        has: 'have quotas bounding CPU, memory and pod count',
        lacks: 'have no quota bounding all of CPU, memory and pod count',
        unknownReason: reasonUnreadable('ResourceQuotas', facts.resourceQuotas),
      },
    ),
    everyWorkloadNamespace(
      'tenancy-pod-security-restricted',
      facts,
      namespaces,
      ns => ns.isolation.podSecurity === 'restricted',
      {
        has: 'enforce Pod Security restricted',
        lacks: 'do not enforce Pod Security restricted',
        unknownReason: () => 'unreachable',
      },
    ),
  );
  outcomes.push(admissionPolicyEnforced(facts));
  return outcomes;
}

/**
 * Level 3: rules like "no latest tags, no root, required labels" hold only if something rejects
 * what breaks them. Kyverno policies in Enforce mode and ValidatingAdmissionPolicyBindings with
 * Deny do; Audit-only policies report but let everything in.
 */
function admissionPolicyEnforced(facts: ClusterFacts): CheckOutcome {
  const id = 'tenancy-admission-policy-enforced';
  const policies = facts.admissionPolicies;
  if (!policies.ok) {
    return {
      id,
      status: 'unknown',
      evidence: `Admission policies could not be read: ${policies.reason}`,
      objects: [],
    };
  }
  const enforcing = policies.value.filter(p => p.enforcing);
  if (enforcing.length > 0) {
    return {
      id,
      status: 'pass',
      evidence: `${enforcing.length} admission polic${
        enforcing.length === 1 ? 'y rejects' : 'ies reject'
      } violating workloads: ${nameList(
        enforcing.map(p => `${p.kind} ${p.name}`),
      )}.`,
      objects: [],
    };
  }
  const auditing = policies.value;
  return {
    id,
    status: 'fail',
    evidence:
      auditing.length > 0
        ? `${auditing.length} admission polic${
            auditing.length === 1 ? 'y only audits' : 'ies only audit'
          } (${nameList(
            auditing.map(p => `${p.kind} ${p.name}`),
          )}): nothing rejects a root container or a latest tag.`
        : 'No Kyverno policy or ValidatingAdmissionPolicyBinding enforces tenant policy, so nothing rejects a root container, a latest tag or missing labels.',
    objects: auditing.map(p => ({ kind: p.kind, name: p.name })),
  };
}
