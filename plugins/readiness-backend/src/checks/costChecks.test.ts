import { ClusterReport } from '@readiness/plugin-readiness-common';
import {
  checkOf as check,
  fixtureReader as fixture,
  forbidding,
  pillarOf,
  scoreReader as score,
  statusesOf,
} from './__testUtils__/scoreFixture';

const cost = (report: ClusterReport) => pillarOf(report, 'cost');
const statuses = (report: ClusterReport) => statusesOf(report, 'cost');

describe('cost checks', () => {
  it.each([
    [
      'cost-attributed.yaml',
      2,
      {
        'cost-requests-set': 'pass',
        'cost-namespaces-mostly-attributed': 'pass',
        'cost-namespaces-attributed': 'pass',
        'cost-allocation-tool': 'pass',
        'cost-growth-alerts': 'pass',
        'cost-requests-sized-from-usage': 'unknown',
      },
    ],
    [
      'cost-partial.yaml',
      1,
      {
        'cost-requests-set': 'warn',
        'cost-namespaces-mostly-attributed': 'warn',
        'cost-namespaces-attributed': 'fail',
        'cost-allocation-tool': 'pass',
        'cost-growth-alerts': 'unknown',
        'cost-requests-sized-from-usage': 'unknown',
      },
    ],
    [
      'cost-unattributed.yaml',
      0,
      {
        'cost-requests-set': 'fail',
        'cost-namespaces-mostly-attributed': 'fail',
        'cost-namespaces-attributed': 'fail',
        'cost-allocation-tool': 'fail',
        'cost-growth-alerts': 'unknown',
        'cost-requests-sized-from-usage': 'unknown',
      },
    ],
  ])(
    '%s scores %i with the expected verdicts',
    async (file, expectedScore, expected) => {
      const report = await score(fixture(file));
      expect(statuses(report)).toEqual(expected);
      expect(cost(report).score).toBe(expectedScore);
    },
  );

  it('an attestation that requests follow observed usage lifts an attributed cluster to 3', async () => {
    const report = await score(fixture('cost-attributed.yaml'), {
      attestations: [
        {
          check: 'cost-requests-sized-from-usage',
          cluster: '*',
          date: '2026-10-01',
          by: 'team-platform',
          evidence:
            'https://wiki.example.com/finops/rightsizing-q4 (VPA recommendations applied)',
        },
      ],
    });
    expect(cost(report).score).toBe(3);
  });

  it('counts unpriced containers and names them, leaving finished pods and init containers out', async () => {
    const report = await score(fixture('cost-unattributed.yaml'));
    const requests = check(report, 'cost-requests-set');
    expect(requests.evidence).toBe(
      '1 of 5 containers in workload namespaces (20%) request CPU and memory, 4 unpriced, below the 80% needed to attribute spend: default/recommendations-0 (recommendations), web/web-6c7d8-a (web), web/web-6c7d8-a (envoy), batch/etl-0 (etl).',
    );
    expect(requests.objects).toEqual([
      { kind: 'Pod', namespace: 'default', name: 'recommendations-0' },
      { kind: 'Pod', namespace: 'web', name: 'web-6c7d8-a' },
      { kind: 'Pod', namespace: 'batch', name: 'etl-0' },
    ]);
    const partial = await score(fixture('cost-partial.yaml'));
    expect(check(partial, 'cost-requests-set').evidence).toBe(
      '4 of 5 containers in workload namespaces (80%) request CPU and memory, 1 unpriced: legacy/cron-legacy-0 (cron).',
    );
    const attributed = await score(fixture('cost-attributed.yaml'));
    expect(check(attributed, 'cost-requests-set').evidence).toBe(
      'All 4 containers in workload namespaces request CPU and memory, so each can be priced.',
    );
  });

  it('names the namespaces without an owner at both thresholds', async () => {
    const partial = await score(fixture('cost-partial.yaml'));
    expect(check(partial, 'cost-namespaces-mostly-attributed').evidence).toBe(
      '2 of 3 workload namespaces (67%) name an owning team (a team or owner label); unattributed: legacy.',
    );
    const orphaned = await score(fixture('cost-unattributed.yaml'));
    const mostly = check(orphaned, 'cost-namespaces-mostly-attributed');
    expect(mostly.evidence).toBe(
      '1 of 4 workload namespaces (25%) name an owning team (a team or owner label); at least 50% must. Spend in these lands on nobody: default, web, batch.',
    );
    expect(mostly.objects).toEqual([
      { kind: 'Namespace', name: 'default' },
      { kind: 'Namespace', name: 'web' },
      { kind: 'Namespace', name: 'batch' },
    ]);
  });

  it('finds the cost tool by name or by label, and spend alerts but not SLO error budgets', async () => {
    const attributed = await score(fixture('cost-attributed.yaml'));
    expect(check(attributed, 'cost-allocation-tool').evidence).toBe(
      'Spend is allocated by Deployment opencost/opencost.',
    );
    expect(check(attributed, 'cost-growth-alerts').evidence).toBe(
      '1 alert rule(s) watch spend: NamespaceSpendGrowth (PrometheusRule monitoring/cost-rules).',
    );
    const partial = await score(fixture('cost-partial.yaml'));
    expect(check(partial, 'cost-allocation-tool').evidence).toBe(
      'Spend is allocated by Deployment kubecost/cost-analyzer.',
    );
    const orphaned = await score(fixture('cost-unattributed.yaml'));
    expect(check(orphaned, 'cost-growth-alerts').evidence).toMatch(
      /^None of the 2 Prometheus alert rules mentions cost or spend\. If spend growth is alerted outside the cluster/,
    );
  });

  it('leaves growth alerts to an attestation when the Prometheus Operator is not installed', async () => {
    const report = await score(
      forbidding(fixture('cost-attributed.yaml'), 'none', {
        groupVersions: new Set(),
      }),
    );
    expect(check(report, 'cost-growth-alerts')).toMatchObject({
      status: 'unknown',
      evidence: expect.stringContaining(
        'The Prometheus Operator is not installed (the monitoring.coreos.com API group is not served)',
      ),
    });
    const attested = await score(
      forbidding(fixture('cost-attributed.yaml'), 'none', {
        groupVersions: new Set(),
      }),
      {
        attestations: [
          {
            check: 'cost-growth-alerts',
            cluster: 'test',
            date: '2026-11-01',
            by: 'team-finops',
            evidence: 'AWS Budgets alert "eks-prod +20% MoM" to #finops',
          },
        ],
      },
    );
    expect(check(attested, 'cost-growth-alerts')).toMatchObject({
      status: 'pass',
      source: 'attested',
    });
  });

  it.each([
    [
      'pods',
      [
        'cost-requests-set',
        'cost-namespaces-mostly-attributed',
        'cost-namespaces-attributed',
      ],
    ],
    ['deployments', ['cost-allocation-tool', 'cost-namespaces-attributed']],
    ['prometheusrules', ['cost-growth-alerts']],
  ])(
    'is unknown with the reason when %s cannot be listed',
    async (plural, ids) => {
      const report = await score(
        forbidding(fixture('cost-attributed.yaml'), plural),
      );
      for (const id of ids) {
        expect(check(report, id)).toMatchObject({
          status: 'unknown',
          evidence: expect.stringContaining(`HTTP 403: ${plural} is forbidden`),
        });
      }
    },
  );
});
