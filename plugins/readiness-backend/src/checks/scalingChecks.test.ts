import { ClusterReport } from '@readiness/plugin-readiness-common';
import {
  checkOf as check,
  fixtureReader as fixture,
  forbidding,
  pillarOf,
  scoreReader as score,
  statusesOf,
} from './__testUtils__/scoreFixture';

const scaling = (report: ClusterReport) => pillarOf(report, 'scaling');
const statuses = (report: ClusterReport) => statusesOf(report, 'scaling');

describe('scaling checks', () => {
  it.each([
    [
      'scaling-autoscaled.yaml',
      2,
      {
        'scaling-user-facing-replicas': 'pass',
        'scaling-capacity-headroom': 'pass',
        'scaling-user-facing-autoscaled': 'pass',
        'scaling-node-autoscaling': 'pass',
        'scaling-pdb-serving-workloads': 'pass',
        'scaling-pdb-all-workloads': 'pass',
        'scaling-load-tested': 'unknown',
      },
    ],
    [
      'scaling-karpenter.yaml',
      2,
      {
        'scaling-user-facing-replicas': 'not-applicable',
        'scaling-capacity-headroom': 'warn',
        'scaling-user-facing-autoscaled': 'not-applicable',
        'scaling-node-autoscaling': 'pass',
        'scaling-pdb-serving-workloads': 'not-applicable',
        'scaling-pdb-all-workloads': 'not-applicable',
        'scaling-load-tested': 'unknown',
      },
    ],
    [
      'scaling-fixed.yaml',
      0,
      {
        'scaling-user-facing-replicas': 'fail',
        'scaling-capacity-headroom': 'fail',
        'scaling-user-facing-autoscaled': 'fail',
        'scaling-node-autoscaling': 'fail',
        'scaling-pdb-serving-workloads': 'fail',
        'scaling-pdb-all-workloads': 'fail',
        'scaling-load-tested': 'unknown',
      },
    ],
  ])(
    '%s scores %i with the expected verdicts',
    async (file, expectedScore, expected) => {
      const report = await score(fixture(file));
      expect(statuses(report)).toEqual(expected);
      expect(scaling(report).score).toBe(expectedScore);
    },
  );

  it('an attested load test lifts a well-scaled cluster to 3', async () => {
    const report = await score(fixture('scaling-autoscaled.yaml'), {
      attestations: [
        {
          check: 'scaling-load-tested',
          cluster: 'test',
          date: '2026-11-10',
          by: 'team-shop',
          evidence:
            'https://wiki.example.com/load-tests/2026-11 (k6, 3x Black Friday peak)',
        },
      ],
    });
    expect(scaling(report).score).toBe(3);
  });

  it('names the user-facing Deployments and how they are scaled', async () => {
    const good = await score(fixture('scaling-autoscaled.yaml'));
    expect(check(good, 'scaling-user-facing-autoscaled').evidence).toBe(
      'All 2 user-facing Deployments are autoscaled: php/php-apache by HorizontalPodAutoscaler php-apache, shop/checkout by ScaledObject prometheus-scaledobject.',
    );
    expect(check(good, 'scaling-node-autoscaling').evidence).toBe(
      'The Cluster Autoscaler runs as Deployment kube-system/cluster-autoscaler.',
    );
    const bad = await score(fixture('scaling-fixed.yaml'));
    const replicas = check(bad, 'scaling-user-facing-replicas');
    expect(replicas.evidence).toBe(
      '1 of 2 user-facing Deployments run fewer than two replicas, so one pod restart or node drain is an outage: web/storefront (1 replica(s)).',
    );
    expect(replicas.objects).toEqual([
      { kind: 'Deployment', namespace: 'web', name: 'storefront' },
    ]);
    // The HPA for storefront-v1 scales nothing that exists.
    expect(check(bad, 'scaling-user-facing-autoscaled').objects).toEqual([
      { kind: 'Deployment', namespace: 'web', name: 'storefront' },
      { kind: 'Deployment', namespace: 'web', name: 'api' },
    ]);
  });

  it('counts a budget only when its matchLabels select the pods, and skips system namespaces', async () => {
    const report = await score(fixture('scaling-fixed.yaml'));
    expect(check(report, 'scaling-pdb-serving-workloads').evidence).toBe(
      '2 of 2 multi-replica workloads behind a Service have no PodDisruptionBudget whose matchLabels select their pods, so a node drain may evict every replica at once: Deployment web/api, StatefulSet web/db.',
    );
    expect(check(report, 'scaling-pdb-all-workloads').objects).toEqual([
      { kind: 'Deployment', namespace: 'web', name: 'api' },
      { kind: 'Deployment', namespace: 'web', name: 'mailer' },
      { kind: 'StatefulSet', namespace: 'web', name: 'db' },
    ]);
    // kube-system/coredns runs two replicas without a budget: system namespaces are not judged.
    const system = await score(fixture('scaling-autoscaled.yaml'));
    expect(check(system, 'scaling-pdb-all-workloads').evidence).toBe(
      'All 3 multi-replica workloads are covered by a PodDisruptionBudget.',
    );
  });

  it('sums running pods against schedulable nodes, as the scheduler does', async () => {
    const full = await score(fixture('scaling-fixed.yaml'));
    // node-3 is cordoned: neither its 2 cores nor db-0 on it count.
    expect(check(full, 'scaling-capacity-headroom').evidence).toBe(
      '3 running pods request 90% of allocatable CPU (3.6 of 4.0 cores) and 38% of allocatable memory (6.0 of 16.0 GiB) on 2 schedulable node(s): above 85%, the next scale-up or the loss of a node leaves pods Pending.',
    );
    // The init container's 1 core and 1 GiB outweigh checkout's own request; the finished pod is left out.
    const roomy = await score(fixture('scaling-autoscaled.yaml'));
    expect(check(roomy, 'scaling-capacity-headroom').evidence).toBe(
      '4 running pods request 19% of allocatable CPU (1.5 of 7.8 cores) and 4% of allocatable memory (1.1 of 30.0 GiB) on 2 schedulable node(s).',
    );
  });

  it('says Karpenter is not installed when its API group is not served', async () => {
    const report = await score(
      forbidding(fixture('scaling-fixed.yaml'), 'none', {
        groupVersions: new Set(),
      }),
    );
    expect(check(report, 'scaling-node-autoscaling').evidence).toBe(
      'No Cluster Autoscaler workload runs and Karpenter is not installed (the karpenter.sh API group is not served), so nodes are added by hand when pods do not fit.',
    );
  });

  it.each([
    ['horizontalpodautoscalers', ['scaling-user-facing-autoscaled']],
    ['nodepools', ['scaling-node-autoscaling']],
    [
      'poddisruptionbudgets',
      ['scaling-pdb-serving-workloads', 'scaling-pdb-all-workloads'],
    ],
    ['nodes', ['scaling-capacity-headroom']],
    [
      'ingresses',
      ['scaling-user-facing-replicas', 'scaling-user-facing-autoscaled'],
    ],
  ])(
    'is unknown with the reason when %s cannot be listed',
    async (plural, ids) => {
      const report = await score(
        forbidding(fixture('scaling-fixed.yaml'), plural),
      );
      for (const id of ids) {
        expect(check(report, id)).toMatchObject({
          status: 'unknown',
          evidence: expect.stringContaining(`HTTP 403: ${plural} is forbidden`),
        });
      }
      expect(scaling(report).score).toBe(0);
    },
  );

  it('still passes node autoscaling on a Cluster Autoscaler when NodePools cannot be read', async () => {
    const report = await score(
      forbidding(fixture('scaling-autoscaled.yaml'), 'nodepools'),
    );
    expect(check(report, 'scaling-node-autoscaling').status).toBe('pass');
  });
});
