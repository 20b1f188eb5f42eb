import type { CheckResult, Risk } from '@readiness/plugin-readiness-common';
import { daysFromNow } from './time';

const RUNBOOKS = 'https://runbooks.example.com/readiness';

/**
 * Seven checks failing on prod-eu-1, two more than the card lists; one of them rests on an
 * attestation rather than on what the API showed.
 */
export const prodFailingChecks: CheckResult[] = [
  {
    id: 'tenancy-resource-quotas',
    pillar: 'tenancy',
    title: 'Every workload namespace has a ResourceQuota',
    level: 1,
    status: 'fail',
    source: 'observed',
    evidence: 'Namespace payments-prod has no ResourceQuota.',
    objects: [{ kind: 'Namespace', name: 'payments-prod' }],
    // The backend's default: the portal's own runbook page.
    runbook: '/readiness/runbooks/tenancy-resource-quotas',
  },
  {
    id: 'tenancy-default-deny-network-policy',
    pillar: 'tenancy',
    title: 'Every workload namespace denies traffic by default',
    level: 2,
    status: 'unknown',
    source: 'observed',
    evidence:
      'NetworkPolicies in payments-prod could not be listed (403 Forbidden).',
    objects: [{ kind: 'Namespace', name: 'payments-prod' }],
    runbook: '/readiness/runbooks/tenancy-default-deny-network-policy',
  },
  {
    id: 'identity-no-broad-admin-grants',
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
    id: 'identity-sso-attested',
    pillar: 'identity',
    title: 'People sign in to the API server through OIDC / SSO',
    level: 3,
    status: 'fail',
    source: 'attested',
    evidence:
      'Three administrators still sign in with static client certificates.',
    objects: [],
    runbook: '/readiness/runbooks/identity-sso-attested',
    attestation: {
      by: 'emil.larsen',
      date: '2025-05-02',
      evidence: 'https://wiki.example.com/platform/sso',
      expires: daysFromNow(90),
    },
  },
  {
    id: 'scaling-pdb-serving-workloads',
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
    id: 'security-pinned-image-tags',
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
    id: 'monitoring-alertmanager',
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

/** A failure accepted until an expiry, which the card must not count as failing. */
export const prodOtherChecks: CheckResult[] = [
  {
    id: 'security-non-root-containers',
    pillar: 'security',
    title: 'Containers outside system namespaces run as non-root',
    level: 2,
    status: 'exempted',
    source: 'observed',
    evidence: 'Container legacy-hsm of payments-hsm runs as root.',
    objects: [
      { kind: 'Deployment', namespace: 'payments-prod', name: 'payments-hsm' },
    ],
    runbook: `${RUNBOOKS}/security/non-root-containers`,
    exemption: {
      reason: 'The HSM driver needs root until the vendor ships v4',
      by: 'ana.silva',
      expires: daysFromNow(120),
      scope: 'namespace payments-prod',
    },
  },
];

/** What will fail first on prod-eu-1, most urgent first; four, one more than the card lists. */
export const prodRisks: Risk[] = [
  {
    kind: 'certificate-expiry',
    title: 'Certificate ingress/payments-tls expires in 9 day(s)',
    daysToImpact: 9,
    objects: [
      { kind: 'Certificate', namespace: 'ingress', name: 'payments-tls' },
    ],
  },
  {
    kind: 'node-pressure',
    title:
      'Node ip-10-0-3-17 reports DiskPressure: the kubelet is evicting or will evict pods',
    daysToImpact: 0,
    objects: [{ kind: 'Node', name: 'ip-10-0-3-17' }],
  },
  {
    kind: 'runaway-workload',
    title:
      '1 workload namespace(s) without a ResourceQuota: one runaway workload can starve the cluster',
    daysToImpact: null,
    objects: [{ kind: 'Namespace', name: 'payments-prod' }],
  },
  {
    kind: 'upgrade-debt',
    title: 'Kubernetes 1.31 leaves upstream support in 120 days',
    daysToImpact: 120,
    objects: [],
  },
];
