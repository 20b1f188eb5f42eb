import { ClusterReport } from '@readiness/plugin-readiness-common';
import { DEFAULT_CHECK_SETTINGS } from '../config';
import { ClusterReader } from '../kube/types';
import {
  checkOf as check,
  fixtureReader as fixture,
  forbidding as serving,
  pillarOf,
  scoreReader as score,
  statusesOf,
} from './__testUtils__/scoreFixture';

const ATTESTED = new Set(['backup-etcd-snapshots', 'backup-dr-drill']);
const backup = (report: ClusterReport) => pillarOf(report, 'backup');
const statuses = (report: ClusterReport) => statusesOf(report, 'backup');

describe('backup checks', () => {
  it.each([
    [
      'backup-protected.yaml',
      2,
      {
        'backup-velero-schedule': 'pass',
        'backup-recent-success': 'pass',
        'backup-storage-available': 'pass',
        'backup-volume-snapshots': 'pass',
        'backup-offsite-region': 'pass',
        'backup-restore-drill': 'pass',
        'backup-etcd-snapshots': 'unknown',
        'backup-dr-drill': 'unknown',
      },
    ],
    [
      'backup-partial.yaml',
      2,
      {
        'backup-velero-schedule': 'warn',
        'backup-recent-success': 'warn',
        'backup-storage-available': 'pass',
        'backup-volume-snapshots': 'warn',
        'backup-offsite-region': 'warn',
        'backup-restore-drill': 'fail',
        'backup-etcd-snapshots': 'unknown',
        'backup-dr-drill': 'unknown',
      },
    ],
    [
      'backup-neglected.yaml',
      0,
      {
        'backup-velero-schedule': 'fail',
        'backup-recent-success': 'fail',
        'backup-storage-available': 'fail',
        'backup-volume-snapshots': 'fail',
        'backup-offsite-region': 'fail',
        'backup-restore-drill': 'fail',
        'backup-etcd-snapshots': 'not-applicable',
        'backup-dr-drill': 'unknown',
      },
    ],
  ])(
    '%s scores %i with the expected verdicts',
    async (file, expectedScore, expected) => {
      const report = await score(fixture(file));
      expect(statuses(report)).toEqual(expected);
      expect(backup(report).score).toBe(expectedScore);
    },
  );

  it('attested etcd snapshots and DR drill lift a protected cluster to 3', async () => {
    const attest = (checkId: string) => ({
      check: checkId,
      cluster: 'test',
      date: '2026-11-01',
      by: 'team-platform',
      evidence:
        'https://wiki.example.com/dr/2026-q4 (restored in 38m against a 60m RTO)',
    });
    const report = await score(fixture('backup-protected.yaml'), {
      attestations: [
        attest('backup-etcd-snapshots'),
        attest('backup-dr-drill'),
      ],
    });
    expect(backup(report).score).toBe(3);
    expect(check(report, 'backup-dr-drill').source).toBe('attested');
  });

  it('names what passes and when, with the cluster region taken from the nodes', async () => {
    const report = await score(fixture('backup-protected.yaml'));
    expect(check(report, 'backup-velero-schedule').evidence).toBe(
      '1 active Velero Schedule(s): velero/a (0 7 * * *).',
    );
    expect(check(report, 'backup-recent-success').evidence).toBe(
      'The newest completed Velero backup, velero/a-20261125070000, finished 5 hours ago, within the 24-hour RPO.',
    );
    expect(check(report, 'backup-offsite-region').evidence).toBe(
      "Every BackupStorageLocation lies outside the cluster's region us-east-1 (from the nodes' topology.kubernetes.io/region label): velero/default (us-west-2).",
    );
    expect(check(report, 'backup-restore-drill').evidence).toBe(
      'Velero Restore velero/drill-2026-11 completed 21 days ago, within the 90-day drill window.',
    );
  });

  it('names the paused, stale, unavailable and same-region objects of a neglected setup', async () => {
    const report = await score(fixture('backup-neglected.yaml'));
    const schedule = check(report, 'backup-velero-schedule');
    expect(schedule.evidence).toBe(
      'The only Velero Schedule is paused, so no backup is being taken: velero/nightly.',
    );
    expect(schedule.objects).toEqual([
      { kind: 'Schedule', namespace: 'velero', name: 'nightly' },
    ]);
    expect(check(report, 'backup-recent-success').evidence).toBe(
      'The newest completed Velero backup, velero/nightly-20261118010000, finished 7 days ago, beyond the 24-hour RPO: everything changed since then would be lost.',
    );
    expect(check(report, 'backup-storage-available').evidence).toBe(
      '1 of 1 BackupStorageLocations are not Available, so backups written to them fail: velero/default (Unavailable).',
    );
    const volumes = check(report, 'backup-volume-snapshots');
    expect(volumes.evidence).toBe(
      'Nothing protects the data of 1 bound PVC(s) in shop: no VolumeSnapshot and no Velero backup within the 24-hour RPO.',
    );
    expect(volumes.objects).toEqual([
      {
        kind: 'PersistentVolumeClaim',
        namespace: 'shop',
        name: 'data-mysql-0',
      },
    ]);
    expect(check(report, 'backup-offsite-region').evidence).toBe(
      "No BackupStorageLocation is shown to be outside the cluster's region europe-west1 (from the cluster configuration), so a regional outage can take the cluster and its backups together: velero/default (same region).",
    );
    expect(check(report, 'backup-restore-drill').evidence).toBe(
      'No Velero Restore has completed: velero/try-restore (Failed).',
    );
    expect(check(report, 'backup-etcd-snapshots').evidence).toBe(
      'The control plane is managed by GKE, which runs and backs up etcd itself.',
    );
  });

  it('warns about what a partial setup leaves out', async () => {
    const report = await score(fixture('backup-partial.yaml'));
    expect(check(report, 'backup-velero-schedule').evidence).toBe(
      '1 Velero Schedule(s) run: velero/hourly (@every 1h); 1 paused: velero/weekly-local.',
    );
    expect(check(report, 'backup-recent-success').evidence).toBe(
      'The newest completed Velero backup, velero/hourly-20261125100000, finished 2 hours ago, within the 24-hour RPO, but 1 later backup(s) did not complete: velero/hourly-20261125110000 (Failed).',
    );
    // The Pending claim holds no data and is not counted.
    expect(check(report, 'backup-volume-snapshots').objects).toEqual([
      {
        kind: 'PersistentVolumeClaim',
        namespace: 'cache',
        name: 'data-redis-0',
      },
    ]);
    expect(check(report, 'backup-offsite-region').objects).toEqual([
      { kind: 'BackupStorageLocation', namespace: 'velero', name: 'local' },
    ]);
    expect(check(report, 'backup-restore-drill').evidence).toBe(
      "The last completed Velero Restore, velero/drill-2026-04, finished 224 days ago, outside the 90-day drill window: nobody knows whether today's backups restore.",
    );
  });

  it('respects the configured RPO and drill window', async () => {
    const report = await score(fixture('backup-protected.yaml'), {
      settings: {
        ...DEFAULT_CHECK_SETTINGS,
        backupRpoHours: 4,
        restoreDrillDays: 14,
      },
    });
    expect(check(report, 'backup-recent-success').status).toBe('fail');
    expect(check(report, 'backup-restore-drill').status).toBe('fail');
  });

  it('says Velero is not installed when the velero.io API group is not served', async () => {
    const report = await score(
      serving(fixture('backup-neglected.yaml'), null, {
        groupVersions: new Set(),
      }),
    );
    expect(check(report, 'backup-velero-schedule').evidence).toBe(
      "Velero is not installed (the velero.io API group is not served), so nothing backs up the cluster's objects and volumes.",
    );
    expect(check(report, 'backup-restore-drill').status).toBe('fail');
    expect(check(report, 'backup-volume-snapshots').evidence).toBe(
      'Nothing protects the data of 1 bound PVC(s) in shop: no VolumeSnapshot (the snapshot.storage.k8s.io API group is not served) and no Velero backup within the 24-hour RPO.',
    );
  });

  it.each([
    ['schedules', 'backup-partial.yaml', ['backup-velero-schedule']],
    [
      'backups',
      'backup-partial.yaml',
      ['backup-recent-success', 'backup-volume-snapshots'],
    ],
    [
      'backupstoragelocations',
      'backup-partial.yaml',
      ['backup-storage-available', 'backup-offsite-region'],
    ],
    ['restores', 'backup-partial.yaml', ['backup-restore-drill']],
    ['volumesnapshots', 'backup-partial.yaml', ['backup-volume-snapshots']],
    [
      'persistentvolumeclaims',
      'backup-partial.yaml',
      ['backup-volume-snapshots'],
    ],
    ['nodes', 'backup-protected.yaml', ['backup-offsite-region']],
  ])(
    'a forbidden %s makes exactly the checks that need it unknown',
    async (plural, file, unknownChecks) => {
      const report = await score(serving(fixture(file), plural));
      const unknown = backup(report).checks.filter(
        c => c.status === 'unknown' && !ATTESTED.has(c.id),
      );
      expect(unknown.map(c => c.id).sort()).toEqual([...unknownChecks].sort());
      for (const c of unknown)
        expect(c.evidence).toContain(`HTTP 403: ${plural} is forbidden`);
    },
  );

  it('is unknown, not a pass, when the cluster region is nowhere to be seen', async () => {
    const reader = fixture('backup-partial.yaml');
    const undeclared: ClusterReader = {
      name: 'test',
      declared: { provider: null, region: null },
      serverInfo: () => reader.serverInfo(),
      list: resource => reader.list(resource),
    };
    expect(
      check(await score(undeclared), 'backup-offsite-region'),
    ).toMatchObject({
      status: 'unknown',
      evidence:
        "The cluster's region is not known: declare it as the cluster's region in readiness.clusters, or label nodes topology.kubernetes.io/region.",
    });
  });
});
