import { ClusterReport } from '@readiness/plugin-readiness-common';
import { DEFAULT_CHECK_SETTINGS } from '../config';
import {
  checkOf as check,
  fixtureReader as fixture,
  forbidding as serving,
  pillarOf,
  scoreReader as score,
  statusesOf,
} from './__testUtils__/scoreFixture';

const ATTESTED = [
  'incidents-on-call-rotation',
  'incidents-postmortems',
  'incidents-game-days',
];
const incidents = (report: ClusterReport) => pillarOf(report, 'incidents');
const statuses = (report: ClusterReport) => statusesOf(report, 'incidents');

describe('incidents checks', () => {
  it.each([
    [
      'incidents-practised.yaml',
      2,
      {
        'incidents-alert-runbooks': 'pass',
        'incidents-runbook-coverage': 'pass',
        'incidents-node-problem-detector': 'pass',
        'incidents-chaos-experiments': 'pass',
        'incidents-on-call-rotation': 'unknown',
        'incidents-postmortems': 'unknown',
        'incidents-game-days': 'unknown',
      },
    ],
    [
      'incidents-partial.yaml',
      2,
      {
        'incidents-alert-runbooks': 'pass',
        'incidents-runbook-coverage': 'warn',
        'incidents-node-problem-detector': 'warn',
        'incidents-chaos-experiments': 'fail',
        'incidents-on-call-rotation': 'unknown',
        'incidents-postmortems': 'unknown',
        'incidents-game-days': 'unknown',
      },
    ],
    [
      'incidents-unprepared.yaml',
      0,
      {
        'incidents-alert-runbooks': 'fail',
        'incidents-runbook-coverage': 'fail',
        'incidents-node-problem-detector': 'fail',
        'incidents-chaos-experiments': 'fail',
        'incidents-on-call-rotation': 'unknown',
        'incidents-postmortems': 'unknown',
        'incidents-game-days': 'unknown',
      },
    ],
  ])(
    '%s scores %i with the expected verdicts',
    async (file, expectedScore, expected) => {
      const report = await score(fixture(file));
      expect(statuses(report)).toEqual(expected);
      expect(incidents(report).score).toBe(expectedScore);
    },
  );

  it('attested on-call, postmortems and game days lift a practised cluster to 3', async () => {
    const attestations = ATTESTED.map(checkId => ({
      check: checkId,
      cluster: '*',
      date: '2026-11-02',
      by: 'team-sre',
      evidence: 'https://wiki.example.com/sre/incident-practice',
    }));
    const report = await score(fixture('incidents-practised.yaml'), {
      attestations,
    });
    expect(incidents(report).score).toBe(3);
    expect(check(report, 'incidents-on-call-rotation')).toMatchObject({
      status: 'pass',
      source: 'attested',
    });
  });

  it('names the detector and the experiments that ran', async () => {
    const report = await score(fixture('incidents-practised.yaml'));
    expect(check(report, 'incidents-alert-runbooks').evidence).toBe(
      '2 of 2 alerts (100%) link a runbook.',
    );
    expect(check(report, 'incidents-node-problem-detector').evidence).toBe(
      'node-problem-detector runs as DaemonSet kube-system/node-problem-detector.',
    );
    expect(check(report, 'incidents-chaos-experiments').evidence).toBe(
      '2 chaos experiment(s) ran within 90 days: Schedule default/schedule-delay-example (55 minutes ago), ChaosResult default/engine-nginx-pod-delete (13 days ago).',
    );
  });

  it('names the alerts without runbooks and the stale experiment', async () => {
    const partial = await score(fixture('incidents-partial.yaml'));
    const coverage = check(partial, 'incidents-runbook-coverage');
    expect(coverage.evidence).toBe(
      '9 of 10 alerts (90%) link a runbook; 1 does not: QueueBacklogGrowing (monitoring/shop-alerts).',
    );
    expect(coverage.objects).toEqual([
      { kind: 'PrometheusRule', namespace: 'monitoring', name: 'shop-alerts' },
    ]);
    const chaos = check(partial, 'incidents-chaos-experiments');
    expect(chaos.evidence).toBe(
      'No chaos experiment ran within 90 days; the latest was PodChaos chaos-mesh/pod-failure-example (200 days ago).',
    );
    expect(chaos.objects).toEqual([
      {
        kind: 'PodChaos',
        namespace: 'chaos-mesh',
        name: 'pod-failure-example',
      },
    ]);

    const unprepared = await score(fixture('incidents-unprepared.yaml'));
    expect(check(unprepared, 'incidents-alert-runbooks').evidence).toBe(
      'None of the 2 alerts has a runbook_url annotation, so whoever is paged starts from nothing: InstanceDown, HighMemory.',
    );
    expect(check(unprepared, 'incidents-runbook-coverage').evidence).toBe(
      '0 of 2 alerts (0%) link a runbook; 2 do not: InstanceDown (monitoring/basic), HighMemory (monitoring/basic).',
    );
  });

  it('respects the configured chaos window', async () => {
    const report = await score(fixture('incidents-practised.yaml'), {
      settings: { ...DEFAULT_CHECK_SETTINGS, chaosWithinDays: 7 },
    });
    expect(check(report, 'incidents-chaos-experiments').evidence).toBe(
      '1 chaos experiment(s) ran within 7 days: Schedule default/schedule-delay-example (55 minutes ago).',
    );
  });

  it('says the tools are not installed when their API groups are not served', async () => {
    const report = await score(
      serving(fixture('incidents-unprepared.yaml'), null, {
        groupVersions: new Set(),
      }),
    );
    expect(check(report, 'incidents-chaos-experiments').evidence).toBe(
      'Neither Chaos Mesh nor Litmus is installed (the chaos-mesh.org and litmuschaos.io API groups are not served), so failure handling is never rehearsed.',
    );
    expect(check(report, 'incidents-alert-runbooks').evidence).toBe(
      'No alert is defined: prometheus-operator is not installed (the monitoring.coreos.com API group is not served).',
    );
  });

  it.each([
    [
      'prometheusrules',
      ['incidents-alert-runbooks', 'incidents-runbook-coverage'],
    ],
    ['daemonsets', ['incidents-node-problem-detector']],
    ['chaosresults', ['incidents-chaos-experiments']],
  ])(
    'a forbidden %s makes exactly the checks that need it unknown',
    async (plural, unknownChecks) => {
      const report = await score(
        serving(fixture('incidents-practised.yaml'), plural),
      );
      const unknown = incidents(report).checks.filter(
        c => c.status === 'unknown' && !ATTESTED.includes(c.id),
      );
      expect(unknown.map(c => c.id).sort()).toEqual([...unknownChecks].sort());
      for (const c of unknown)
        expect(c.evidence).toContain(`HTTP 403: ${plural} is forbidden`);
    },
  );
});
