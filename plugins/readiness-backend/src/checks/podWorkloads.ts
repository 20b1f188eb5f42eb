import { ObjectRef } from '@readiness/plugin-readiness-common';
import { PodFact, WorkloadFact } from '../collect/facts';

/** The workload a finding names, and the key findings about the same workload merge on. */
export interface WorkloadRef {
  ref: ObjectRef;
  key: string;
}

export const refKey = (ref: ObjectRef) =>
  `${ref.kind}/${ref.namespace ?? ''}/${ref.name}`;

// Deployments by `namespace/name`, built once per workloads array: looking each pod's owner up
// by scanning every workload made the security checks quadratic (100,000 pods x 30,000
// Deployments: 23 s of a scan). Facts are never mutated once collected.
const deploymentIndex = new WeakMap<
  readonly WorkloadFact[],
  Map<string, WorkloadFact>
>();

function deploymentsOf(
  workloads: readonly WorkloadFact[],
): Map<string, WorkloadFact> {
  let index = deploymentIndex.get(workloads);
  if (!index) {
    index = new Map();
    for (const w of workloads) {
      const key = `${w.namespace}/${w.name}`;
      if (w.kind === 'Deployment' && !index.has(key)) index.set(key, w);
    }
    deploymentIndex.set(workloads, index);
  }
  return index;
}

/**
 * The workload a pod belongs to: its Deployment (through the ReplicaSet), StatefulSet, DaemonSet
 * or Job, or the pod itself. Findings name workloads because pod names change on every rollout,
 * and an exemption on a pod name would lapse with the next deploy.
 */
export function podWorkload(
  pod: PodFact,
  workloads: readonly WorkloadFact[],
): ObjectRef {
  const { namespace, ownerKind, ownerName } = pod;
  if (!ownerKind || !ownerName)
    return { kind: 'Pod', namespace, name: pod.name };
  if (ownerKind === 'ReplicaSet') {
    // A ReplicaSet is named `<deployment>-<pod-template-hash>` and the hash has no '-'.
    const dash = ownerName.lastIndexOf('-');
    const deployment =
      dash > 0
        ? deploymentsOf(workloads).get(
            `${namespace}/${ownerName.slice(0, dash)}`,
          )
        : undefined;
    // Without the Deployment, strip the pod-template-hash the ReplicaSet name ends with.
    const name = deployment?.name ?? ownerName.replace(/-[a-z0-9]{5,10}$/, '');
    return { kind: 'Deployment', namespace, name };
  }
  if (ownerKind === 'Node') return { kind: 'Pod', namespace, name: pod.name };
  return { kind: ownerKind, namespace, name: ownerName };
}

/**
 * Owner kind, then namespace, then owner name: lookups with the facts' own strings, no keys.
 * `byKey` holds each workload's one ref: the ReplicaSets of a Deployment share it.
 */
interface OwnedIndex {
  byOwner: Map<string, Map<string, Map<string, WorkloadRef>>>;
  byKey: Map<string, WorkloadRef>;
}

// One entry per owner (ReplicaSet, StatefulSet, Job, ...), built as the checks ask, once per
// workloads array: the replicas of an owner share one ref and key instead of each pod building
// its own in every check that names workloads.
const ownedIndex = new WeakMap<readonly WorkloadFact[], OwnedIndex>();

/**
 * {@link podWorkload} with its {@link refKey}. Pods with an owner share the returned object (and
 * its `ref`) with the owner's other pods: neither may be changed.
 */
export function podWorkloadRef(
  pod: PodFact,
  workloads: readonly WorkloadFact[],
): WorkloadRef {
  const { namespace, ownerKind, ownerName } = pod;
  if (!ownerKind || !ownerName || ownerKind === 'Node') {
    const ref = podWorkload(pod, workloads);
    return { ref, key: refKey(ref) };
  }
  let index = ownedIndex.get(workloads);
  if (!index) {
    index = { byOwner: new Map(), byKey: new Map() };
    ownedIndex.set(workloads, index);
  }
  let byNamespace = index.byOwner.get(ownerKind);
  if (!byNamespace) {
    byNamespace = new Map();
    index.byOwner.set(ownerKind, byNamespace);
  }
  let byName = byNamespace.get(namespace);
  if (!byName) {
    byName = new Map();
    byNamespace.set(namespace, byName);
  }
  let found = byName.get(ownerName);
  if (!found) {
    const ref = podWorkload(pod, workloads);
    const key = refKey(ref);
    found = index.byKey.get(key);
    if (!found) {
      found = { ref, key };
      index.byKey.set(key, found);
    }
    byName.set(ownerName, found);
  }
  return found;
}
