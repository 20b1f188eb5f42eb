import { CheckDefinition } from './types';

/** Backup & disaster recovery: Velero schedules, fresh and off-region backups, tested restores. @public */
export const BACKUP_CHECKS: readonly CheckDefinition[] = [
  {
    id: 'backup-velero-schedule',
    pillar: 'backup',
    level: 1,
    title: 'Velero backs the cluster up on an active Schedule',
  },
  {
    id: 'backup-recent-success',
    pillar: 'backup',
    level: 2,
    title: 'A Velero backup completed within the recovery point objective',
  },
  {
    id: 'backup-storage-available',
    pillar: 'backup',
    level: 2,
    title: 'Every Velero BackupStorageLocation is Available',
  },
  {
    id: 'backup-volume-snapshots',
    pillar: 'backup',
    level: 2,
    title: 'Persistent volumes are captured by snapshots or Velero backups',
  },
  {
    id: 'backup-offsite-region',
    pillar: 'backup',
    level: 3,
    title: 'Backups are stored in a different region than the cluster',
  },
  {
    id: 'backup-restore-drill',
    pillar: 'backup',
    level: 3,
    title:
      'A Velero restore completed recently: restores are tested, not assumed',
  },
  {
    id: 'backup-etcd-snapshots',
    pillar: 'backup',
    level: 3,
    title:
      'etcd is snapshotted at least hourly to object storage in another region',
    attested: true,
  },
  {
    id: 'backup-dr-drill',
    pillar: 'backup',
    level: 3,
    title:
      'RTO and RPO are written down and met in a cluster DR drill each quarter',
    attested: true,
  },
];
