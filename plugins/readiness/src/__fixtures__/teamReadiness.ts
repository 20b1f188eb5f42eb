import type { TeamReadiness } from '@readiness/plugin-readiness-common';
import { minutesAgo } from './time';

/**
 * `GET /team/default/payments`: three namespaces on a production-grade cluster and on a
 * neglected one (one of them not priced), a namespace another team also claims, and two
 * namespaces nobody owns.
 */
export const paymentsTeamReadiness: TeamReadiness = {
  teamRef: 'group:default/payments',
  namespaces: [
    {
      cluster: 'payments-prod-us',
      namespace: 'payments',
      ownerSource: 'label team=payments',
      monthlyCost: 1840.5,
      currency: 'USD',
      growth: 0.32,
      growthFlag: true,
      unpricedContainers: 0,
      gaps: [],
    },
    {
      cluster: 'payments-prod-us',
      namespace: 'ledger',
      ownerSource: 'label team=payments',
      monthlyCost: 610,
      currency: 'USD',
      growth: 0.04,
      growthFlag: false,
      unpricedContainers: 2,
      gaps: ['no default-deny NetworkPolicy'],
    },
    {
      cluster: 'legacy-onprem',
      namespace: 'fraud-scoring',
      ownerSource: 'label team=payments',
      monthlyCost: 930,
      currency: 'USD',
      growth: null,
      growthFlag: false,
      unpricedContainers: 0,
      gaps: ['no ResourceQuota', 'Pod Security not enforced'],
    },
    {
      cluster: 'legacy-onprem',
      namespace: 'fraud-batch',
      ownerSource: 'Component fraud-batch (backstage.io/kubernetes-id)',
      monthlyCost: null,
      currency: null,
      growth: null,
      growthFlag: false,
      unpricedContainers: 5,
      gaps: ['no ResourceQuota'],
    },
  ],
  conflicts: [
    {
      cluster: 'legacy-onprem',
      namespace: 'shared-batch',
      owners: [
        { owner: 'group:default/payments', source: 'label team=payments' },
        {
          owner: 'group:default/search',
          source: 'Component search-indexer (backstage.io/kubernetes-id)',
        },
      ],
    },
  ],
  orphans: [
    { cluster: 'legacy-onprem', namespace: 'tmp-migration', monthlyCost: 420 },
    { cluster: 'payments-prod-us', namespace: 'debug-tools', monthlyCost: null },
  ],
  clusters: [
    {
      cluster: 'payments-prod-us',
      total: 24,
      max: 27,
      assessedPillars: 9,
      scan: {
        lastSuccessAt: minutesAgo(12),
        lastAttemptAt: minutesAgo(12),
        lastError: null,
        stale: false,
      },
    },
    {
      cluster: 'legacy-onprem',
      total: 5,
      max: 27,
      assessedPillars: 8,
      scan: {
        lastSuccessAt: minutesAgo(5 * 60),
        lastAttemptAt: minutesAgo(10),
        lastError: 'connect ETIMEDOUT 10.1.0.4:6443',
        stale: true,
      },
    },
  ],
  monthlyCost: 3380.5,
  currency: 'USD',
  spendBelowBar: { threshold: 10, monthlyCost: 930 },
};

/** A team that owns no namespace anywhere. */
export const emptyTeamReadiness: TeamReadiness = {
  teamRef: 'group:default/search',
  namespaces: [],
  conflicts: [],
  orphans: [],
  clusters: [],
  monthlyCost: 0,
  currency: null,
  spendBelowBar: { threshold: 10, monthlyCost: 0 },
};
