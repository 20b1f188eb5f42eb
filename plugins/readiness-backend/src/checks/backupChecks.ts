import { ClusterFacts, RestoreFact } from '../collect/facts';
import {
  FAILED_PHASES,
  MANAGED_CONTROL_PLANES,
  VELERO_MISSING,
  completedBackups,
  describeAge,
  fail,
  hoursBetween,
  notInstalled,
  qualified,
  ref,
  timeOf,
} from './backupChecks.helpers';
import {
  offsiteRegion,
  storageAvailable,
  volumeSnapshots,
} from './backupChecks.storage';
import {
  CheckContext,
  CheckOutcome,
  nameList,
  needsAttestation,
  unreadable,
} from './types';

function schedules(facts: ClusterFacts): CheckOutcome {
  const id = 'backup-velero-schedule';
  const known = facts.backupSchedules;
  if (!known.ok) return unreadable(id, 'Velero Schedules', known);
  if (notInstalled(known))
    return fail(
      id,
      `${VELERO_MISSING}, so nothing backs up the cluster's objects and volumes.`,
    );
  if (known.value.length === 0) {
    return fail(
      id,
      'No Velero Schedule was found, so a backup only happens when someone remembers to run one.',
    );
  }
  const active = known.value.filter(s => !s.paused);
  const paused = known.value.filter(s => s.paused);
  const describe = nameList(
    active.map(s => `${qualified(s)} (${s.schedule ?? 'no cron'})`),
  );
  if (active.length === 0) {
    return fail(
      id,
      `${
        paused.length === 1
          ? 'The only Velero Schedule is'
          : `All ${paused.length} Velero Schedules are`
      } paused, so no backup is being taken: ${nameList(
        paused.map(qualified),
      )}.`,
      paused.map(ref('Schedule')),
    );
  }
  if (paused.length > 0) {
    return {
      id,
      status: 'warn',
      evidence: `${active.length} Velero Schedule(s) run: ${describe}; ${
        paused.length
      } paused: ${nameList(paused.map(qualified))}.`,
      objects: paused.map(ref('Schedule')),
    };
  }
  return {
    id,
    status: 'pass',
    evidence: `${active.length} active Velero Schedule(s): ${describe}.`,
    objects: [],
  };
}

function recentSuccess({ facts, now, settings }: CheckContext): CheckOutcome {
  const id = 'backup-recent-success';
  const known = facts.backups;
  if (!known.ok) return unreadable(id, 'Velero Backups', known);
  if (notInstalled(known))
    return fail(
      id,
      `${VELERO_MISSING}, so there is no backup to restore from.`,
    );
  const rpo = settings.backupRpoHours;
  const [latest] = completedBackups(known.value);
  if (!latest) {
    const tried = known.value.map(
      b => `${qualified(b)} (${b.phase ?? 'no phase'})`,
    );
    return fail(
      id,
      known.value.length === 0
        ? 'No Velero Backup was found, so there is nothing to restore from.'
        : `None of the ${
            known.value.length
          } Velero Backups completed: ${nameList(tried)}.`,
      known.value.map(ref('Backup')),
    );
  }
  const age = describeAge(now.getTime() - latest.at);
  if (hoursBetween(latest.at, now) > rpo) {
    return fail(
      id,
      `The newest completed Velero backup, ${qualified(
        latest,
      )}, finished ${age} ago, beyond the ${rpo}-hour RPO: everything changed since then would be lost.`,
      [ref('Backup')(latest)],
    );
  }
  const failedSince = known.value.filter(
    b =>
      FAILED_PHASES.has(b.phase ?? '') &&
      (timeOf(b.completedAt) ?? 0) > latest.at,
  );
  const summary = `The newest completed Velero backup, ${qualified(
    latest,
  )}, finished ${age} ago, within the ${rpo}-hour RPO`;
  if (failedSince.length > 0) {
    return {
      id,
      status: 'warn',
      evidence: `${summary}, but ${
        failedSince.length
      } later backup(s) did not complete: ${nameList(
        failedSince.map(b => `${qualified(b)} (${b.phase})`),
      )}.`,
      objects: failedSince.map(ref('Backup')),
    };
  }
  return { id, status: 'pass', evidence: `${summary}.`, objects: [] };
}

function restoreDrill({ facts, now, settings }: CheckContext): CheckOutcome {
  const id = 'backup-restore-drill';
  const known = facts.restores;
  if (!known.ok) return unreadable(id, 'Velero Restores', known);
  if (notInstalled(known))
    return fail(id, `${VELERO_MISSING}, so no restore has ever been tried.`);
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
      evidence: `Velero Restore ${qualified(latest.r)} completed ${describeAge(
        now.getTime() - latest.at,
      )} ago, within the ${days}-day drill window.`,
      objects: [],
    };
  }
  if (latest) {
    return fail(
      id,
      `The last completed Velero Restore, ${qualified(
        latest.r,
      )}, finished ${describeAge(
        now.getTime() - latest.at,
      )} ago, outside the ${days}-day drill window: nobody knows whether today's backups restore.`,
      [ref('Restore')(latest.r)],
    );
  }
  const failed = known.value.map(
    r => `${qualified(r)} (${r.phase ?? 'no phase'})`,
  );
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
  const managed =
    MANAGED_CONTROL_PLANES[(facts.server.provider ?? '').toLowerCase()];
  if (managed) {
    return {
      id,
      status: 'not-applicable',
      evidence: `The control plane is managed by ${managed}, which runs and backs up etcd itself.`,
      objects: [],
    };
  }
  return needsAttestation(
    id,
    'Hourly etcd snapshots shipped to object storage in another region',
  );
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
    needsAttestation(
      'backup-dr-drill',
      'Written RTO and RPO targets, met in a cluster DR drill this quarter,',
    ),
  ];
}
