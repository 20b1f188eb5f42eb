import { ClusterFacts } from '../collect/facts';
import {
  REGION_LABEL,
  VELERO_MISSING,
  backupWithinRpo,
  clusterRegion,
  fail,
  notInstalled,
  qualified,
  ref,
} from './backupChecks.helpers';
import { CheckContext, CheckOutcome, nameList, unreadable } from './types';

// Where backups go and what they hold: the storage side of the backup pillar.

export function storageAvailable(facts: ClusterFacts): CheckOutcome {
  const id = 'backup-storage-available';
  const known = facts.backupStorageLocations;
  if (!known.ok) return unreadable(id, 'Velero BackupStorageLocations', known);
  if (notInstalled(known))
    return fail(id, `${VELERO_MISSING}, so backups have nowhere to go.`);
  if (known.value.length === 0)
    return fail(
      id,
      'No Velero BackupStorageLocation was found, so backups have nowhere to go.',
    );
  const unavailable = known.value.filter(l => l.phase !== 'Available');
  if (unavailable.length > 0) {
    return fail(
      id,
      `${unavailable.length} of ${
        known.value.length
      } BackupStorageLocations are not Available, so backups written to them fail: ${nameList(
        unavailable.map(l => `${qualified(l)} (${l.phase ?? 'no phase'})`),
      )}.`,
      unavailable.map(ref('BackupStorageLocation')),
    );
  }
  return {
    id,
    status: 'pass',
    evidence: `All BackupStorageLocations are Available: ${nameList(
      known.value.map(qualified),
    )}.`,
    objects: [],
  };
}

export function volumeSnapshots(context: CheckContext): CheckOutcome {
  const { facts, settings } = context;
  const id = 'backup-volume-snapshots';
  const claims = facts.persistentVolumeClaims;
  if (!claims.ok) return unreadable(id, 'PersistentVolumeClaims', claims);
  // A Pending claim holds no data yet; a snapshot without status is taken at its word.
  const holding = claims.value.filter(
    c =>
      !settings.systemNamespaces.has(c.namespace) &&
      (c.phase === 'Bound' || c.phase === null),
  );
  if (holding.length === 0) {
    return {
      id,
      status: 'not-applicable',
      evidence: 'No bound PersistentVolumeClaims outside system namespaces.',
      objects: [],
    };
  }
  const snapshots = facts.volumeSnapshots;
  if (!snapshots.ok) return unreadable(id, 'VolumeSnapshots', snapshots);
  const snapshotted = new Set(snapshots.value.map(s => s.namespace));
  const bare = holding.filter(c => !snapshotted.has(c.namespace));
  const namespaces = [...new Set(holding.map(c => c.namespace))];
  if (bare.length === 0) {
    return {
      id,
      status: 'pass',
      evidence: `Every namespace with persistent volumes has VolumeSnapshots: ${nameList(
        namespaces,
      )}.`,
      objects: [],
    };
  }
  const bareNamespaces = [...new Set(bare.map(c => c.namespace))];
  const claimsText = `${bare.length} bound PVC(s) in ${nameList(
    bareNamespaces,
  )}`;
  // Without the Backups the scan cannot tell whether Velero covers these volumes.
  if (!facts.backups.ok) return unreadable(id, 'Velero Backups', facts.backups);
  const recent = backupWithinRpo(facts, context.now, settings.backupRpoHours);
  if (recent) {
    return {
      id,
      status: 'warn',
      evidence: `No VolumeSnapshot exists for ${claimsText}, but Velero backs the cluster up (newest: ${qualified(
        recent,
      )}). Whether it captures these volumes (native snapshots, data mover or file-system backup) is not visible to the scan: check the Schedules' snapshotVolumes.`,
      objects: bare.map(ref('PersistentVolumeClaim')),
    };
  }
  const api = notInstalled(snapshots)
    ? ' (the snapshot.storage.k8s.io API group is not served)'
    : '';
  return fail(
    id,
    `Nothing protects the data of ${claimsText}: no VolumeSnapshot${api} and no Velero backup within the ${settings.backupRpoHours}-hour RPO.`,
    bare.map(ref('PersistentVolumeClaim')),
  );
}

export function offsiteRegion(facts: ClusterFacts): CheckOutcome {
  const id = 'backup-offsite-region';
  const known = facts.backupStorageLocations;
  if (!known.ok) return unreadable(id, 'Velero BackupStorageLocations', known);
  if (notInstalled(known))
    return fail(id, `${VELERO_MISSING}, so no backup is stored anywhere.`);
  if (known.value.length === 0)
    return fail(
      id,
      'No Velero BackupStorageLocation was found, so no backup is stored anywhere.',
    );
  const found = clusterRegion(facts);
  if ('unreadable' in found)
    return unreadable(id, 'Nodes (for the cluster region)', facts.nodes);
  if (!found.region) {
    return {
      id,
      status: 'unknown',
      evidence: `The cluster's region is not known: declare it as the cluster's region in readiness.clusters, or label nodes ${REGION_LABEL}.`,
      objects: [],
    };
  }
  const clusterIn = found.region;
  const placed = known.value.map(l => ({
    l,
    region: l.region?.toLowerCase() ?? null,
  }));
  const offsite = placed.filter(p => p.region && p.region !== clusterIn);
  const others = placed.filter(p => !offsite.includes(p));
  const describeOthers = nameList(
    others.map(
      p =>
        `${qualified(p.l)} (${
          p.region ? 'same region' : 'no spec.config.region'
        })`,
    ),
  );
  const where = `the cluster's region ${clusterIn} (from ${found.from})`;
  if (offsite.length === 0) {
    return fail(
      id,
      `No BackupStorageLocation is shown to be outside ${where}, so a regional outage can take the cluster and its backups together: ${describeOthers}.`,
      others.map(p => ref('BackupStorageLocation')(p.l)),
    );
  }
  const describeOffsite = nameList(
    offsite.map(p => `${qualified(p.l)} (${p.region})`),
  );
  if (others.length > 0) {
    return {
      id,
      status: 'warn',
      evidence: `${describeOffsite} lie outside ${where}, but ${describeOthers} do not; make sure the Schedules write to the off-region location.`,
      objects: others.map(p => ref('BackupStorageLocation')(p.l)),
    };
  }
  return {
    id,
    status: 'pass',
    evidence: `Every BackupStorageLocation lies outside ${where}: ${describeOffsite}.`,
    objects: [],
  };
}
