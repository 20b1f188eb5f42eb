import { ClusterReport } from '@readiness/plugin-readiness-common';
import { SnapshotReader } from '../kube/SnapshotReader';
import { ClusterReader } from '../kube/types';
import {
  KUBE_SYSTEM_ONLY_OPTIONS,
  fixturePath as fixture,
  scoreReader,
  statusesOf,
} from './__testUtils__/scoreFixture';

const score = (reader: ClusterReader) =>
  scoreReader(reader, {}, KUBE_SYSTEM_ONLY_OPTIONS);
const statuses = (report: ClusterReport) => statusesOf(report, 'tenancy');

describe('tenancy checks', () => {
  it.each([
    [
      'isolated.yaml',
      3,
      {
        'tenancy-workloads-outside-default': 'pass',
        'tenancy-resource-quotas': 'pass',
        'tenancy-limit-ranges': 'pass',
        'tenancy-default-deny-network-policy': 'pass',
        'tenancy-pod-security-enforced': 'pass',
        'tenancy-dedicated-service-accounts': 'pass',
        'tenancy-quota-covers-compute': 'pass',
        'tenancy-pod-security-restricted': 'pass',
        'tenancy-admission-policy-enforced': 'pass',
      },
    ],
    [
      'neglected.yaml',
      0,
      {
        'tenancy-workloads-outside-default': 'fail',
        'tenancy-resource-quotas': 'fail',
        'tenancy-limit-ranges': 'fail',
        'tenancy-default-deny-network-policy': 'fail',
        'tenancy-pod-security-enforced': 'fail',
        'tenancy-dedicated-service-accounts': 'fail',
        'tenancy-quota-covers-compute': 'fail',
        'tenancy-pod-security-restricted': 'fail',
        'tenancy-admission-policy-enforced': 'fail',
      },
    ],
  ])(
    '%s scores %i with the expected verdicts',
    async (file, expectedScore, expected) => {
      const report = await score(new SnapshotReader('test', fixture(file)));
      expect(statuses(report)).toEqual(expected);
      expect(report.pillars.find(p => p.id === 'tenancy')!.score).toBe(
        expectedScore,
      );
    },
  );

  it('names the offending namespaces and pods in the evidence', async () => {
    const report = await score(
      new SnapshotReader('test', fixture('neglected.yaml')),
    );
    const checks = report.pillars.find(p => p.id === 'tenancy')!.checks;
    const quota = checks.find(c => c.id === 'tenancy-resource-quotas')!;
    expect(quota.evidence).toBe(
      '2 of 2 workload namespaces have no ResourceQuota, so one runaway workload can starve the rest: default, shop.',
    );
    expect(quota.objects).toEqual([
      { kind: 'Namespace', name: 'default' },
      { kind: 'Namespace', name: 'shop' },
    ]);
    expect(quota.runbook).toBe('/readiness/runbooks/tenancy-resource-quotas');
    const inDefault = checks.find(
      c => c.id === 'tenancy-workloads-outside-default',
    )!;
    expect(inDefault.objects).toEqual([
      { kind: 'Pod', namespace: 'default', name: 'recommendations-0' },
    ]);
  });

  it('reports each namespace with its isolation and gaps, excluding system namespaces', async () => {
    const report = await score(
      new SnapshotReader('test', fixture('neglected.yaml')),
    );
    const shop = report.namespaces.find(ns => ns.name === 'shop')!;
    expect(shop.workload).toBe(true);
    expect(shop.isolation).toEqual({
      resourceQuota: false,
      limitRange: false,
      // allow-all-ingress selects every pod but denies nothing
      defaultDenyNetworkPolicy: false,
      podSecurity: null,
      dedicatedServiceAccounts: false,
    });
    expect(shop.gaps).toEqual([
      'no ResourceQuota',
      'no LimitRange',
      'no default-deny NetworkPolicy',
      'Pod Security not enforced',
      'pods use the default ServiceAccount',
    ]);
    const isolated = await score(
      new SnapshotReader('test', fixture('isolated.yaml')),
    );
    expect(
      isolated.namespaces.find(ns => ns.name === 'kube-system')!.workload,
    ).toBe(false);
    expect(
      isolated.namespaces.find(ns => ns.name === 'payments'),
    ).toMatchObject({
      kubernetesIds: ['payments-api'],
      owner: 'payments',
      gaps: [],
    });
  });

  it('counts malformed objects as a coverage gap instead of failing', async () => {
    const report = await score(
      new SnapshotReader('test', fixture('neglected.yaml')),
    );
    expect(report.coverageGaps).toEqual([
      {
        resource: 'pods',
        reason:
          '1 malformed object(s) without a name or namespace were skipped',
        statusCode: null,
      },
    ]);
  });

  it('turns an unreadable kind into unknown with the reason, and unknown never passes', async () => {
    const snapshot = new SnapshotReader('test', fixture('isolated.yaml'));
    const forbidden: ClusterReader = {
      name: 'test',
      declared: snapshot.declared,
      serverInfo: () => snapshot.serverInfo(),
      list: async resource =>
        resource.plural === 'resourcequotas'
          ? {
              ok: false,
              errorType: 'forbidden',
              statusCode: 403,
              reason: 'resourcequotas: HTTP 403: resourcequotas is forbidden',
            }
          : snapshot.list(resource),
    };
    const report = await score(forbidden);
    const tenancy = report.pillars.find(p => p.id === 'tenancy')!;
    const quota = tenancy.checks.find(c => c.id === 'tenancy-resource-quotas')!;
    expect(quota.status).toBe('unknown');
    expect(quota.evidence).toContain('HTTP 403: resourcequotas is forbidden');
    expect(tenancy.score).toBe(0);
    expect(tenancy.coverage).toBeCloseTo(7 / 9);
    expect(
      report.namespaces.find(n => n.name === 'payments')!.isolation
        .resourceQuota,
    ).toBeNull();
    expect(report.coverageGaps).toContainEqual({
      resource: 'resourcequotas',
      reason: 'resourcequotas: HTTP 403: resourcequotas is forbidden',
      statusCode: 403,
    });
  });
});
