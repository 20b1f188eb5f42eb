import { ObjectRef } from '@readiness/plugin-readiness-common';
import { ClusterFacts, RemovedApiWrite } from '../collect/facts';
import { minorOf } from '../lifecycle/kubernetesReleases';
import { CheckOutcome, clusterUnreadableReason, nameListOf } from './types';

const ID = 'upgrades-no-removed-api-versions';

/** The writes the next minor upgrade breaks: versions removed by then, or already removed. */
export function writesBlockingNextMinor(
  facts: ClusterFacts,
): RemovedApiWrite[] | null {
  const minor = minorOf(facts.server.version);
  if (minor === null || !facts.apiWrites?.withHistory) return null;
  return facts.apiWrites.removed.filter(w => w.removedIn <= minor + 1);
}

const describe = (w: RemovedApiWrite) =>
  `${w.kind} ${w.namespace ? `${w.namespace}/` : ''}${w.name} by ${
    w.manager
  } as ${w.apiVersion} (removed in 1.${w.removedIn}; use ${w.replacement})`;

/** The object a removed-version write is about. */
export function removedWriteRef(w: RemovedApiWrite): ObjectRef {
  return {
    kind: w.kind,
    ...(w.namespace ? { namespace: w.namespace } : {}),
    name: w.name,
  };
}

/**
 * Reads each object's `managedFields`: the API version every manager (helm, kubectl, Argo CD, an
 * operator) last wrote it with. A manager still writing a version the next minor removes is a
 * deploy that breaks the day after the upgrade, or an upgrade put off because of it: the
 * "upgrade that can't be done" of the rubric's order of failures.
 */
export function removedApiVersions(facts: ClusterFacts): CheckOutcome {
  const minor = minorOf(facts.server.version);
  if (minor === null) {
    const down = clusterUnreadableReason(facts);
    return {
      id: ID,
      status: 'unknown',
      evidence: down
        ? `The API server version is unknown, so the next minor's removals cannot be placed: the cluster could not be read: ${down}`
        : 'The API server version is unknown, so the next minor’s removals cannot be placed.',
      objects: [],
    };
  }
  const writes = facts.apiWrites;
  if (!writes || writes.withHistory === 0) {
    return {
      id: ID,
      status: 'unknown',
      evidence: `None of the ${
        writes?.objects ?? 0
      } objects listed carries managedFields, the record of the API version each manager wrote it with: a snapshot that dropped them (kubectl get -o yaml does) or an API server older than 1.18. Without it removed API versions cannot be seen here; run pluto or kubent over the manifests instead.`,
      objects: [],
    };
  }
  const next = minor + 1;
  const blocking = writesBlockingNextMinor(facts) ?? [];
  const coverage =
    writes.withHistory < writes.objects
      ? ` (write history on ${writes.withHistory} of the ${writes.objects} objects listed)`
      : '';
  if (blocking.length > 0) {
    return {
      id: ID,
      status: 'fail',
      evidence: `${
        blocking.length
      } write(s) used API versions removed by 1.${next}; each manager's next write with them fails, so fix its manifests before upgrading: ${nameListOf(
        blocking,
        describe,
      )}${coverage}.`,
      objects: blocking.map(removedWriteRef),
    };
  }
  return {
    id: ID,
    status: 'pass',
    evidence: `No object of the ${writes.withHistory} with a write history was last written with an API version removed by 1.${next}${coverage}.`,
    objects: [],
  };
}
