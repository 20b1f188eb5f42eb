import { ObjectRef } from '@readiness/plugin-readiness-common';
import { BackupFact, ClusterFacts, Known, Located } from '../collect/facts';
import { CheckOutcome } from './types';

/** Node label that cloud providers set to the node's region. */
export const REGION_LABEL = 'topology.kubernetes.io/region';

/** Providers whose control plane (and so etcd) the cloud runs and backs up. */
export const MANAGED_CONTROL_PLANES: Readonly<Record<string, string>> = {
  eks: 'EKS',
  gke: 'GKE',
  aks: 'AKS',
};

/** Velero backup phases that mean the attempt is over and did not fully succeed. */
export const FAILED_PHASES: ReadonlySet<string> = new Set([
  'Failed',
  'PartiallyFailed',
  'FailedValidation',
]);

const HOUR_MS = 60 * 60 * 1000;

export const qualified = (o: Located) => `${o.namespace}/${o.name}`;

export const ref =
  (kind: string) =>
  (o: Located): ObjectRef => ({ kind, namespace: o.namespace, name: o.name });

/** A CRD-backed fact whose API group the cluster does not serve: the tool is absent. */
export function notInstalled(known: Known<unknown[]>): boolean {
  return known.ok && known.installed === false;
}

/** Milliseconds since the epoch, or null for a missing or malformed timestamp. */
export function timeOf(timestamp: string | null): number | null {
  if (!timestamp) return null;
  const ms = Date.parse(timestamp);
  return Number.isNaN(ms) ? null : ms;
}

/** "40 minutes", "18 hours", "12 days": an age a person reads at a glance. */
export function describeAge(ms: number): string {
  const hours = ms / HOUR_MS;
  if (hours < 1) return `${Math.max(0, Math.round(ms / 60000))} minutes`;
  if (hours < 48) return `${Math.round(hours)} hours`;
  return `${Math.round(hours / 24)} days`;
}

/** Backups that completed, newest first. */
export function completedBackups(
  backups: BackupFact[],
): Array<BackupFact & { at: number }> {
  return backups
    .filter(b => b.phase === 'Completed')
    .map(b => ({ ...b, at: timeOf(b.completedAt) }))
    .filter((b): b is BackupFact & { at: number } => b.at !== null)
    .sort((a, b) => b.at - a.at);
}

/** The newest completed backup if it is younger than the RPO. */
export function backupWithinRpo(
  facts: ClusterFacts,
  now: Date,
  rpoHours: number,
): BackupFact | undefined {
  if (!facts.backups.ok) return undefined;
  const latest = completedBackups(facts.backups.value)[0];
  return latest && now.getTime() - latest.at <= rpoHours * HOUR_MS
    ? latest
    : undefined;
}

export function hoursBetween(from: number, to: Date): number {
  return (to.getTime() - from) / HOUR_MS;
}

/**
 * The cluster's region: declared for the cluster, else the region most of its nodes are labelled
 * with. Null when neither says; a reason when nodes could not be read and nothing was declared.
 */
export function clusterRegion(
  facts: ClusterFacts,
): { region: string | null; from: string } | { unreadable: true } {
  if (facts.server.region)
    return {
      region: facts.server.region.toLowerCase(),
      from: 'the cluster configuration',
    };
  if (!facts.nodes.ok) return { unreadable: true };
  const counts = new Map<string, number>();
  for (const node of facts.nodes.value) {
    const region = node.labels[REGION_LABEL]?.toLowerCase();
    if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return {
    region: top ? top[0] : null,
    from: `the nodes' ${REGION_LABEL} label`,
  };
}

export const VELERO_MISSING =
  'Velero is not installed (the velero.io API group is not served)';

export function fail(
  id: string,
  evidence: string,
  objects: CheckOutcome['objects'] = [],
): CheckOutcome {
  return { id, status: 'fail', evidence, objects };
}
