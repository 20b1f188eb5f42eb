import { ClusterFacts, NodeFact } from '../collect/facts';
import { minorOf, releaseStatus } from '../lifecycle/kubernetesReleases';
import {
  CheckContext,
  CheckOutcome,
  clusterUnreadableReason,
  nameList,
  needsAttestation,
  unreadable,
} from './types';
import {
  certificatesExpiry,
  apiServerCertificate,
  certificatesTracked,
} from './upgradesChecks.certificates';
import { removedApiVersions } from './upgradesChecks.removedApis';

/** Support ending sooner than this turns a pass into a warning: the next upgrade is due. */
export const END_OF_SUPPORT_WARN_DAYS = 90;

/** Upstream skew policy (since 1.28): a kubelet may be up to three minors older, never newer. */
export const MAX_KUBELET_LAG = 3;

/** The three rungs of "how far behind is the API server". */
function versionChecks(facts: ClusterFacts, now: Date): CheckOutcome[] {
  const ids = [
    'upgrades-version-supported',
    'upgrades-version-within-two-minors',
    'upgrades-version-within-one-minor',
  ] as const;
  const version = facts.server.version;
  const minor = minorOf(version);
  if (minor === null) {
    const down = clusterUnreadableReason(facts);
    let evidence =
      'The API server version is unknown: /version could not be read, or the snapshot has no ClusterSnapshotInfo with spec.serverVersion.';
    if (version) {
      evidence = `The API server reports version "${version}", which is not a Kubernetes 1.x version this scanner can place on the release calendar.`;
    } else if (down) {
      evidence = `The API server version is unknown: the cluster could not be read: ${down}`;
    }
    return ids.map(id => ({ id, status: 'unknown', evidence, objects: [] }));
  }
  const status = releaseStatus(minor, now);
  const label = `Kubernetes 1.${minor} (${version})`;

  let supported: CheckOutcome;
  if (!status.supported) {
    const since = status.endOfSupport
      ? `has been out of upstream support since ${status.endOfSupport}`
      : 'is older than every release on the shipped calendar and out of upstream support';
    supported = {
      id: ids[0],
      status: 'fail',
      evidence: `${label} ${since}; the newest release is 1.${status.newestMinor}, ${status.minorsBehind} minor upgrades away, and minors cannot be skipped.`,
      objects: [],
    };
  } else if (
    status.daysToEndOfSupport !== null &&
    status.daysToEndOfSupport < END_OF_SUPPORT_WARN_DAYS
  ) {
    supported = {
      id: ids[0],
      status: 'warn',
      evidence: `${label} gets upstream patches only until ${
        status.endOfSupport
      }, in ${status.daysToEndOfSupport} days: plan the upgrade to 1.${
        minor + 1
      } now.`,
      objects: [],
    };
  } else {
    supported = {
      id: ids[0],
      status: 'pass',
      evidence: status.endOfSupport
        ? `${label} gets upstream patches until ${status.endOfSupport}.`
        : `${label} is newer than the shipped release calendar (newest known 1.${status.newestMinor}), so it is treated as supported.`,
      objects: [],
    };
  }

  const behind = (id: string, allowed: number): CheckOutcome => {
    const n = status.minorsBehind;
    if (n === 0) {
      return {
        id,
        status: 'pass',
        evidence: `${label} is the newest minor release.`,
        objects: [],
      };
    }
    return n <= allowed
      ? {
          id,
          status: 'pass',
          evidence: `${label} is ${n} minor version(s) behind the newest release, 1.${status.newestMinor}.`,
          objects: [],
        }
      : {
          id,
          status: 'fail',
          evidence: `${label} is ${n} minor versions behind the newest release, 1.${status.newestMinor}; this level allows ${allowed}. Each minor is its own upgrade, so ${n} are due.`,
          objects: [],
        };
  };
  return [supported, behind(ids[1], 2), behind(ids[2], 1)];
}

const nodeRef = (node: NodeFact) => ({ kind: 'Node', name: node.name });
const withVersion = (node: NodeFact) =>
  `${node.name} (${node.kubeletVersion ?? 'unknown'})`;

function kubeletSkew(facts: ClusterFacts): CheckOutcome {
  const id = 'upgrades-kubelet-version-skew';
  const server = minorOf(facts.server.version);
  if (server === null) {
    const down = clusterUnreadableReason(facts);
    return {
      id,
      status: 'unknown',
      evidence: down
        ? `The API server version is unknown, so kubelet skew cannot be judged: the cluster could not be read: ${down}`
        : 'The API server version is unknown, so kubelet skew cannot be judged.',
      objects: [],
    };
  }
  if (!facts.nodes.ok) return unreadable(id, 'Nodes', facts.nodes);
  const nodes = facts.nodes.value;
  if (nodes.length === 0)
    return {
      id,
      status: 'not-applicable',
      evidence: 'No nodes were found.',
      objects: [],
    };

  const newer: NodeFact[] = [];
  const tooOld: NodeFact[] = [];
  const lagging: NodeFact[] = [];
  const unparsed: NodeFact[] = [];
  for (const node of nodes) {
    const kubelet = minorOf(node.kubeletVersion);
    if (kubelet === null) unparsed.push(node);
    else if (kubelet > server) newer.push(node);
    else if (server - kubelet > MAX_KUBELET_LAG) tooOld.push(node);
    else if (kubelet < server) lagging.push(node);
  }
  if (newer.length > 0 || tooOld.length > 0) {
    const parts = [
      newer.length > 0 &&
        `${
          newer.length
        } node(s) run a kubelet newer than the API server (1.${server}), which is never supported: ${nameList(
          newer.map(withVersion),
        )}`,
      tooOld.length > 0 &&
        `${
          tooOld.length
        } node(s) run a kubelet more than ${MAX_KUBELET_LAG} minors older than the API server (1.${server}): ${nameList(
          tooOld.map(withVersion),
        )}`,
    ].filter(Boolean);
    return {
      id,
      status: 'fail',
      evidence: `${parts.join('; ')}.`,
      objects: [...newer, ...tooOld].map(nodeRef),
    };
  }
  if (unparsed.length > 0) {
    return {
      id,
      status: 'unknown',
      evidence: `${
        unparsed.length
      } node(s) report no readable kubelet version: ${nameList(
        unparsed.map(withVersion),
      )}.`,
      objects: unparsed.map(nodeRef),
    };
  }
  if (lagging.length > 0) {
    return {
      id,
      status: 'warn',
      evidence: `All kubelets are within the supported skew, but ${
        lagging.length
      } of ${
        nodes.length
      } node(s) still run an older minor than the API server (1.${server}): ${nameList(
        lagging.map(withVersion),
      )}. Finish the node upgrade.`,
      objects: lagging.map(nodeRef),
    };
  }
  return {
    id,
    status: 'pass',
    evidence: `All ${nodes.length} nodes run kubelet 1.${server}, the API server's minor.`,
    objects: [],
  };
}

function osConsistency(facts: ClusterFacts): CheckOutcome {
  const id = 'upgrades-node-os-consistent';
  if (!facts.nodes.ok) return unreadable(id, 'Nodes', facts.nodes);
  if (facts.nodes.value.length === 0)
    return {
      id,
      status: 'not-applicable',
      evidence: 'No nodes were found.',
      objects: [],
    };
  const nodes = facts.nodes.value.filter(n => n.osImage);
  if (nodes.length === 0) {
    return {
      id,
      status: 'unknown',
      evidence: 'No node reports its OS image (status.nodeInfo.osImage).',
      objects: [],
    };
  }
  // Linux and Windows nodes legitimately differ; within one operating system they should not.
  const groups = new Map<string, NodeFact[]>();
  for (const node of nodes) {
    const os = node.labels['kubernetes.io/os'] ?? 'linux';
    const group = groups.get(os);
    if (group) group.push(node);
    else groups.set(os, [node]);
  }
  const stragglers: NodeFact[] = [];
  const common: string[] = [];
  for (const [os, group] of groups) {
    const counts = new Map<string, number>();
    for (const node of group)
      counts.set(node.osImage!, (counts.get(node.osImage!) ?? 0) + 1);
    const [majority] = [...counts.entries()].sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    )[0];
    common.push(`${os}: "${majority}"`);
    stragglers.push(...group.filter(n => n.osImage !== majority));
  }
  if (stragglers.length > 0) {
    return {
      id,
      status: 'fail',
      evidence: `${stragglers.length} of ${
        nodes.length
      } nodes run a different OS image than the rest (${common.join(
        '; ',
      )}), so patches did not reach every node: ${nameList(
        stragglers.map(n => `${n.name} ("${n.osImage}")`),
      )}.`,
      objects: stragglers.map(nodeRef),
    };
  }
  return {
    id,
    status: 'pass',
    evidence: `All ${
      nodes.length
    } nodes run one OS image per operating system (${common.join('; ')}).`,
    objects: [],
  };
}

/**
 * Pillar 4, upgrades & lifecycle: version debt, node drift, certificates, removed API versions
 * still written, a rehearsed runbook.
 */
export function evaluateUpgrades({
  facts,
  now,
  settings,
}: CheckContext): CheckOutcome[] {
  return [
    ...versionChecks(facts, now),
    kubeletSkew(facts),
    osConsistency(facts),
    certificatesTracked(facts),
    certificatesExpiry(facts, now, settings),
    apiServerCertificate(facts, now, settings),
    removedApiVersions(facts),
    needsAttestation(
      'upgrades-runbook-tested',
      'An upgrade runbook from N to N+1 rehearsed in staging',
    ),
  ];
}
