import type { EntityReadiness } from '@readiness/plugin-readiness-common';
import { prodFailingChecks, prodOtherChecks, prodRisks } from './prodFindings';
import { minutesAgo } from './time';

/**
 * The payments service: on prod-eu-1 (12 of 27, six pillars assessed, three namespaces)
 * and on a staging cluster whose last scan failed, so its older report is stale.
 */
export const paymentsReadiness: EntityReadiness = {
  entityRef: 'component:default/payments',
  matchedBy: 'backstage.io/kubernetes-id=payments',
  clusters: [
    {
      cluster: 'prod-eu-1',
      total: 12,
      max: 27,
      assessedPillars: 6,
      scannedAt: minutesAgo(42),
      pillars: [
        { id: 'identity', title: 'Identity & access', score: 2, coverage: 1 },
        { id: 'backup', title: 'Backup & DR', score: null, coverage: 0 },
        {
          id: 'monitoring',
          title: 'Monitoring & alerting',
          score: 2,
          coverage: 1,
        },
        {
          id: 'upgrades',
          title: 'Upgrades & lifecycle',
          score: 3,
          coverage: 1,
        },
        {
          id: 'tenancy',
          title: 'Multi-tenancy & isolation',
          score: 1,
          coverage: 0.8,
        },
        { id: 'cost', title: 'Cost tracking', score: null, coverage: 0 },
        { id: 'scaling', title: 'Scaling under load', score: 2, coverage: 1 },
        { id: 'security', title: 'Security hardening', score: 2, coverage: 1 },
        {
          id: 'incidents',
          title: 'Incident response',
          score: null,
          coverage: 0,
        },
      ],
      namespaces: [
        {
          name: 'payments-prod',
          owner: 'group:default/payments-team',
          ownerSource: 'label team=payments-team',
          workload: true,
          kubernetesIds: ['payments'],
          isolation: {
            resourceQuota: false,
            limitRange: true,
            defaultDenyNetworkPolicy: null,
            podSecurity: 'baseline',
            dedicatedServiceAccounts: true,
          },
          gaps: ['no ResourceQuota', 'no default-deny NetworkPolicy'],
        },
        {
          name: 'payments-batch',
          owner: 'group:default/payments-team',
          ownerSource: 'label team=payments-team',
          workload: true,
          kubernetesIds: ['payments'],
          isolation: {
            resourceQuota: true,
            limitRange: true,
            defaultDenyNetworkPolicy: true,
            podSecurity: null,
            dedicatedServiceAccounts: false,
          },
          gaps: [
            'Pod Security not enforced',
            'pods use the default ServiceAccount',
          ],
        },
        {
          name: 'payments-jobs',
          owner: 'group:default/payments-team',
          ownerSource: 'label team=payments-team',
          workload: true,
          kubernetesIds: ['payments'],
          isolation: {
            resourceQuota: true,
            limitRange: true,
            defaultDenyNetworkPolicy: true,
            podSecurity: 'restricted',
            dedicatedServiceAccounts: true,
          },
          gaps: [],
        },
      ],
      failingChecks: [...prodFailingChecks, ...prodOtherChecks],
      risks: prodRisks,
      scan: {
        lastSuccessAt: minutesAgo(42),
        lastAttemptAt: minutesAgo(42),
        lastError: null,
        stale: false,
      },
    },
    {
      cluster: 'staging-eu-1',
      total: 9,
      max: 27,
      assessedPillars: 6,
      scannedAt: minutesAgo(3 * 24 * 60),
      pillars: [
        { id: 'identity', title: 'Identity & access', score: 1, coverage: 1 },
        { id: 'backup', title: 'Backup & DR', score: null, coverage: 0 },
        {
          id: 'monitoring',
          title: 'Monitoring & alerting',
          score: 2,
          coverage: 1,
        },
        {
          id: 'upgrades',
          title: 'Upgrades & lifecycle',
          score: 2,
          coverage: 1,
        },
        {
          id: 'tenancy',
          title: 'Multi-tenancy & isolation',
          score: 2,
          coverage: 1,
        },
        { id: 'cost', title: 'Cost tracking', score: null, coverage: 0 },
        { id: 'scaling', title: 'Scaling under load', score: 1, coverage: 1 },
        { id: 'security', title: 'Security hardening', score: 1, coverage: 1 },
        {
          id: 'incidents',
          title: 'Incident response',
          score: null,
          coverage: 0,
        },
      ],
      namespaces: [
        {
          name: 'payments-staging',
          owner: 'group:default/payments-team',
          ownerSource: 'label team=payments-team',
          workload: true,
          kubernetesIds: ['payments'],
          isolation: {
            resourceQuota: true,
            limitRange: true,
            defaultDenyNetworkPolicy: true,
            podSecurity: 'baseline',
            dedicatedServiceAccounts: true,
          },
          gaps: [],
        },
      ],
      failingChecks: [],
      risks: [],
      scan: {
        lastSuccessAt: minutesAgo(3 * 24 * 60),
        lastAttemptAt: minutesAgo(10),
        lastError:
          'connect ECONNREFUSED 10.20.0.12:443 (is the API server reachable?)',
        stale: true,
      },
    },
  ],
};

/** A service whose workloads were not found on any scanned cluster. */
export const unmatchedReadiness: EntityReadiness = {
  entityRef: 'component:default/ledger',
  matchedBy: 'backstage.io/kubernetes-id=ledger',
  clusters: [],
};
