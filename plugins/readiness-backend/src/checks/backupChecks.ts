import { ClusterFacts, RestoreFact } from '../collect/facts';
import {
  FAILED_PHASES,
  MANAGED_CONTROL_PLANES,
  REGION_LABEL,
  backupWithinRpo,
  clusterRegion,
  completedBackups,
  describeAge,
  hoursBetween,
  notInstalled,
  qualified,
  ref,
  timeOf,
} from './backupChecks.helpers';
import { CheckContext, CheckOutcome, nameList, needsAttestation, unreadable } from './types';

const VELERO_MISSING = 'Velero is not installed (the velero.io API group is not served)';

function fail(id: string, evidence: string, objects: CheckOutcome['objects'] = []): CheckOutcome {
  return { id, status: 'fail', evidence, objects };
}

function schedules(facts: ClusterFacts): CheckOutcome {
  const id = 'backup-velero-schedule';
  const known = facts.backupSchedules;
  if (!known.ok) return unreadable(id, 'Velero Schedules', known);
  if (notInstalled(known)) return fail(id, `${VELERO_MISSING}, so nothing backs up the cluster's objects and volumes.`);
  if (known.value.length === 0) {
    return fail(id, 'No Velero Schedule was found, so a backup only happens when someone remembers to run one.');
  }
  const active = known.value.filter(s => !s.paused);
  const paused = known.value.filter(s => s.paused);
  const describe = nameList(active.map(s => `${qualified(s)} (${s.schedule ?? 'no cron'})`));
  if (active.length === 0) {
    return fail(
      id,
      `All ${paused.length} Velero Schedules are paused, so no backup is being taken: ${nameList(paused.map(qualified))}.`,
      paused.map(ref('Schedule')),
    );
  }
  if (paused.length > 0) {
    return {
      id,
      status: 'warn',
      evidence: `${active.length} Velero Schedule(s) run: ${describe}; ${paused.length} paused: ${nameList(paused.map(qualified))}.`,
      objects: paused.map(ref('Schedule')),
    };
  }
  return { id, status: 'pass', evidence: `${active.length} active Velero Schedule(s): ${describe}.`, objects: [] };
}

function recentSuccess({ facts, now, settings }: CheckContext): CheckOutcome {
  const id = 'backup-recent-success';
  const known = facts.backups;
  if (!known.ok) return unreadable(id, 'Velero Backups', known);
  if (notInstalled(known)) return fail(id, `${VELERO_MISSING}, so there is no backup to restore from.`);
  const rpo = settings.backupRpoHours;
  const [latest] = completedBackups(known.value);
  if (!latest) {
    const tried = known.value.map(b => `${qualified(b)} (${b.phase ?? 'no phase'})`);
    return fail(
      id,
      known.value.length === 0
        ? 'No Velero Backup was found, so there is nothing to restore from.'
        : `None of the ${known.value.length} Velero Backups completed: ${nameList(tried)}.`,
      known.value.map(ref('Backup')),
    );
  }
  const age = describeAge(now.getTime() - latest.at);
  if (hoursBetween(latest.at, now) > rpo) {
    return fail(
      id,
      `The newest completed Velero backup, ${qualified(latest)}, finished ${age} ago, beyond the ${rpo}-hour RPO: everything changed since then would be lost.`,
      [ref('Backup')(latest)],
    );
  }
  const failedSince = known.value.filter(
    b => FAILED_PHASES.has(b.phase ?? '') && (timeOf(b.completedAt) ?? 0) > latest.at,
  );
  const summary = `The newest completed Velero backup, ${qualified(latest)}, finished ${age} ago, within the ${rpo}-hour RPO`;
  if (failedSince.length > 0) {
    return {
      id,
      status: 'warn',
      evidence: `${summary}, but ${failedSince.length} later backup(s) did not complete: ${nameList(failedSince.map(b => `${qualified(b)} (${b.phase})`))}.`,
      objects: failedSince.map(ref('Backup')),
    };
  }
  return { id, status: 'pass', evidence: `${summary}.`, objects: [] };
}

function storageAvailable(facts: ClusterFacts): CheckOutcome {
  const id = 'backup-storage-available';
  const known = facts.backupStorageLocations;
  if (!known.ok) return unreadable(id, 'Velero BackupStorageLocations', known);
  if (notInstalled(known)) return fail(id, `${VELERO_MISSING}, so backups have nowhere to go.`);
  if (known.value.length === 0) return fail(id, 'No Velero BackupStorageLocation was found, so backups have nowhere to go.');
  const unavailable = known.value.filter(l => l.phase !== 'Available');
  if (unavailable.length > 0) {
    return fail(
      id,
      `${unavailable.length} of ${known.value.length} BackupStorageLocations are not Available, so backups written to them fail: ${nameList(unavailable.map(l => `${qualified(l)} (${l.phase ?? 'no phase'})`))}.`,
      unavailable.map(ref('BackupStorageLocation')),
    );
  }
  return {
    id,
    status: 'pass',
    evidence: `All ${known.value.length} BackupStorageLocations are Available: ${nameList(known.value.map(qualified))}.`,
    objects: [],
  };
}

function volumeSnapshots(context: CheckContext): CheckOutcome {
  const { facts, settings } = context;
  const id = 'backup-volume-snapshots';
  const claims = facts.persistentVolumeClaims;
  if (!claims.ok) return unreadable(id, 'PersistentVolumeClaims', claims);
  // A Pending claim holds no data yet; a snapshot without status is taken at its word.
  const holding = claims.value.filter(
    c => !settings.systemNamespaces.has(c.namespace) && (c.phase === 'Bound' || c.phase === null),
  );
  if (holding.length === 0) {
    return { id, status: 'not-applicable', evidence: 'No bound PersistentVolumeClaims outside system namespaces.', objects: [] };
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
      evidence: `Every namespace with persistent volumes has VolumeSnapshots: ${nameList(namespaces)}.`,
      objects: [],
    };
  }
  const bareNamespaces = [...new Set(bare.map(c => c.namespace))];
  const claimsText = `${bare.length} bound PVC(s) in ${nameList(bareNamespaces)}`;
  const recent = backupWithinRpo(facts, context.now, settings.backupRpoHours);
  if (recent) {
    return {
      id,
      status: 'warn',
      evidence: `No VolumeSnapshot exists for ${claimsText}, but Velero backs the cluster up (newest: ${qualified(recent)}). Whether it captures these volumes (native snapshots, data mover or file-system backup) is not visible to the scan: check the Schedules' snapshotVolumes.`,
      objects: bare.map(ref('PersistentVolumeClaim')),
    };
  }
  const api = notInstalled(snapshots) ? ' (the snapshot.storage.k8s.io API group is not served)' : '';
  return fail(
    id,
    `Nothing protects the data of ${claimsText}: no VolumeSnapshot${api} and no Velero backup within the ${settings.backupRpoHours}-hour RPO.`,
    bare.map(ref('PersistentVolumeClaim')),
  );
}

function offsiteRegion(facts: ClusterFacts): CheckOutcome {
  const id = 'backup-offsite-region';
  const known = facts.backupStorageLocations;
  if (!known.ok) return unreadable(id, 'Velero BackupStorageLocations', known);
  if (notInstalled(known)) return fail(id, `${VELERO_MISSING}, so no backup is stored anywhere.`);
  if (known.value.length === 0) return fail(id, 'No Velero BackupStorageLocation was found, so no backup is stored anywhere.');
  const found = clusterRegion(facts);
  if ('unreadable' in found) return unreadable(id, 'Nodes (for the cluster region)', facts.nodes);
  if (!found.region) {
    return {
      id,
      status: 'unknown',
      evidence: `The cluster's region is not known: declare it as the cluster's region in readiness.clusters, or label nodes ${REGION_LABEL}.`,
      objects: [],
    };
  }
  const clusterIn = found.region;
  const placed = known.value.map(l => ({ l, region: l.region?.toLowerCase() ?? null }));
  const offsite = placed.filter(p => p.region && p.region !== clusterIn);
  const others = placed.filter(p => !offsite.includes(p));
  const describeOthers = nameList(
    others.map(p => `${qualified(p.l)} (${p.region ? 'same region' : 'no spec.config.region'})`),
  );
  const where = `the cluster's region ${clusterIn} (from ${found.from})`;
  if (offsite.length === 0) {
    return fail(
      id,
      `No BackupStorageLocation is shown to be outside ${where}, so a regional outage can take the cluster and its backups together: ${describeOthers}.`,
      others.map(p => ref('BackupStorageLocation')(p.l)),
    );
  }
  const describeOffsite = nameList(offsite.map(p => `${qualified(p.l)} (${p.region})`));
  if (others.length > 0) {
    return {
      id,
      status: 'warn',
      evidence: `${describeOffsite} lie outside ${where}, but ${describeOthers} do not; make sure the Schedules write to the off-region location.`,
      objects: others.map(p => ref('BackupStorageLocation')(p.l)),
    };
  }
  return { id, status: 'pass', evidence: `Every BackupStorageLocation lies outside ${where}: ${describeOffsite}.`, objects: [] };
}

function restoreDrill({ facts, now, settings }: CheckContext): CheckOutcome {
  const id = 'backup-restore-drill';
  const known = facts.restores;
  if (!known.ok) return unreadable(id, 'Velero Restores', known);
  if (notInstalled(known)) return fail(id, `${VELERO_MISSING}, so no restore has ever been tried.`);
  const days = settings.restoreDrillDays;
  const completed = known.value
    .filter(r => r.phase === 'Completed')
    .map(r => ({ r, at: timeOf(r.completedAt) }))
    .filter((x): x is { r: RestoreFact; at: number } => x.at !== null)
    .sort((a, b) => b.at - a.at);
  const latest = completed[0];
  if (latest && hoursBetween(latest.at, now) <= days * 24) {
    return {
      id,
      status: 'pass',
      evidence: `Velero Restore ${qualified(latest.r)} completed ${describeAge(now.getTime() - latest.at)} ago, within the ${days}-day drill window.`,
      objects: [],
    };
  }
  if (latest) {
    return fail(
      id,
      `The last completed Velero Restore, ${qualified(latest.r)}, finished ${describeAge(now.getTime() - latest.at)} ago, outside the ${days}-day drill window: nobody knows whether today's backups restore.`,
      [ref('Restore')(latest.r)],
    );
  }
  const failed = known.value.map(r => `${qualified(r)} (${r.phase ?? 'no phase'})`);
  return fail(
    id,
    failed.length > 0
      ? `No Velero Restore has completed: ${nameList(failed)}.`
      : 'No Velero Restore has ever run, so nobody knows whether the backups restore or how long a restore takes.',
    known.value.map(ref('Restore')),
  );
}

function etcdSnapshots(facts: ClusterFacts): CheckOutcome {
  const id = 'backup-etcd-snapshots';
  const managed = MANAGED_CONTROL_PLANES[(facts.server.provider ?? '').toLowerCase()];
  if (managed) {
    return {
      id,
      status: 'not-applicable',
      evidence: `The control plane is managed by ${managed}, which runs and backs up etcd itself.`,
      objects: [],
    };
  }
  return needsAttestation(id, 'Hourly etcd snapshots shipped to object storage in another region');
}

/** Pillar 2, backup & disaster recovery, decided from Velero's objects and volume snapshots. */
export function evaluateBackup(context: CheckContext): CheckOutcome[] {
  const { facts } = context;
  return [
    schedules(facts),
    recentSuccess(context),
    storageAvailable(facts),
    volumeSnapshots(context),
    offsiteRegion(facts),
    restoreDrill(context),
    etcdSnapshots(facts),
    needsAttestation('backup-dr-drill', 'Written RTO and RPO targets, met in a cluster DR drill this quarter,'),
  ];
}
