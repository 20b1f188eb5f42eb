import type {
  CheckResult,
  EntityReadiness,
} from '@readiness/plugin-readiness-common';
import { minutesAgo } from './time';

const RUNBOOKS = 'https://runbooks.example.com/readiness';

/** Six checks failing on prod-eu-1, one more than the card lists. */
const prodFailingChecks: CheckResult[] = [
  {
    id: 'tenancy.resource-quota',
    pillar: 'tenancy',
    title: 'Every workload namespace has a ResourceQuota',
    level: 1,
    status: 'fail',
    source: 'observed',
    evidence: 'Namespace payments-prod has no ResourceQuota.',
    objects: [{ kind: 'Namespace', name: 'payments-prod' }],
    runbook: `${RUNBOOKS}/tenancy/resource-quota`,
  },
  {
    id: 'tenancy.default-deny',
    pillar: 'tenancy',
    title: 'Every workload namespace denies traffic by default',
    level: 2,
    status: 'unknown',
    source: 'observed',
    evidence:
      'NetworkPolicies in payments-prod could not be listed (403 Forbidden).',
    objects: [{ kind: 'Namespace', name: 'payments-prod' }],
    runbook: `${RUNBOOKS}/tenancy/default-deny`,
  },
  {
    id: 'identity.cluster-admin-bindings',
    pillar: 'identity',
    title: 'cluster-admin is bound only to the platform admins',
    level: 3,
    status: 'fail',
    source: 'observed',
    evidence:
      'ClusterRoleBinding dev-admins grants cluster-admin to group developers.',
    objects: [{ kind: 'ClusterRoleBinding', name: 'dev-admins' }],
    runbook: `${RUNBOOKS}/identity/cluster-admin-bindings`,
  },
  {
    id: 'scaling.pod-disruption-budget',
    pillar: 'scaling',
    title: 'Replicated workloads have a PodDisruptionBudget',
    level: 3,
    status: 'fail',
    source: 'observed',
    evidence:
      'Deployment payments-api runs 3 replicas without a PodDisruptionBudget.',
    objects: [
      { kind: 'Deployment', namespace: 'payments-prod', name: 'payments-api' },
    ],
    runbook: `${RUNBOOKS}/scaling/pod-disruption-budget`,
  },
  {
    id: 'security.pinned-images',
    pillar: 'security',
    title: 'Images are pinned to a tag or digest',
    level: 3,
    status: 'fail',
    source: 'observed',
    evidence: 'Container worker of payments-worker uses the :latest tag.',
    objects: [
      {
        kind: 'Deployment',
        namespace: 'payments-prod',
        name: 'payments-worker',
      },
    ],
    runbook: `${RUNBOOKS}/security/pinned-images`,
  },
  {
    id: 'monitoring.alert-receivers',
    pillar: 'monitoring',
    title: 'Alerts reach a receiver',
    level: 3,
    status: 'fail',
    source: 'observed',
    evidence: 'Alertmanager has no receiver besides the default null receiver.',
    objects: [
      { kind: 'Secret', namespace: 'monitoring', name: 'alertmanager-main' },
    ],
    runbook: `${RUNBOOKS}/monitoring/alert-receivers`,
  },
];

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
      failingChecks: prodFailingChecks,
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
