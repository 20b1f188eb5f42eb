import type {
  CheckResult,
  ClusterDetail,
  ClusterHistory,
  PillarId,
  PillarResult,
} from '@readiness/plugin-readiness-common';
import { pillarTitle } from '@readiness/plugin-readiness-common';
import { paymentsReadiness } from './entityReadiness';
import { minutesAgo } from './time';

function check(
  pillarId: PillarId,
  fields: Omit<CheckResult, 'pillar' | 'source' | 'objects' | 'runbook'> &
    Partial<Pick<CheckResult, 'source' | 'objects' | 'runbook'>>,
): CheckResult {
  return {
    pillar: pillarId,
    source: 'observed',
    objects: [],
    runbook: `/readiness/runbooks/${fields.id}`,
    ...fields,
  };
}

function pillar(
  id: PillarId,
  score: number | null,
  checks: CheckResult[],
): PillarResult {
  const known = checks.filter(c => c.status !== 'unknown').length;
  return {
    id,
    title: pillarTitle(id),
    score,
    coverage: checks.length === 0 ? 0 : known / checks.length,
    checks,
  };
}

/** Twelve individually bound users: more than the ten a check lists. */
const userBindings = Array.from({ length: 12 }, (_, i) => ({
  kind: 'ClusterRoleBinding',
  name: `user-binding-${i + 1}`,
}));

/**
 * `GET /clusters/prod-eu-1`: a typical cluster at 9 of 27 with every kind of verdict (pass,
 * warn, fail, unknown, not-applicable, exempted; observed and attested), two resources the
 * scanner could not read and the risks of the entity fixture.
 */
export const prodClusterDetail: ClusterDetail = {
  name: 'prod-eu-1',
  scan: paymentsReadiness.clusters[0].scan,
  report: {
    apiVersion: 'readiness/v1',
    cluster: 'prod-eu-1',
    scannedAt: minutesAgo(42),
    server: { version: 'v1.31.4', provider: 'eks', region: 'eu-west-1' },
    total: 9,
    max: 27,
    assessedPillars: 7,
    pillars: [
      pillar('identity', 1, [
        check('identity', {
          id: 'identity-no-broad-admin-grants',
          title:
            'No broad group, anonymous user or default ServiceAccount holds cluster-admin or a wildcard role',
          level: 1,
          status: 'pass',
          evidence: 'Only the platform-admins group is bound to cluster-admin.',
        }),
        check('identity', {
          id: 'identity-humans-bound-as-groups',
          title:
            'People get access through groups, not individually bound Users',
          level: 2,
          status: 'fail',
          evidence: '12 ClusterRoleBindings bind individual Users.',
          objects: userBindings,
        }),
        check('identity', {
          id: 'identity-sso-attested',
          title: 'People sign in to the API server through OIDC / SSO',
          level: 3,
          status: 'pass',
          source: 'attested',
          evidence: 'Attested: the API server trusts the corporate Okta tenant.',
          attestation: {
            by: 'emil.larsen',
            date: '2025-05-02',
            evidence: 'https://wiki.example.com/platform/sso',
            expires: '2999-11-02',
          },
        }),
      ]),
      pillar('backup', 0, [
        check('backup', {
          id: 'backup-velero-schedule',
          title: 'Velero backs the cluster up on an active Schedule',
          level: 1,
          status: 'fail',
          evidence: 'Velero is not installed: no Schedule exists.',
        }),
      ]),
      pillar('monitoring', 2, [
        check('monitoring', {
          id: 'monitoring-prometheus',
          title: 'A Prometheus collects metrics from the cluster',
          level: 1,
          status: 'pass',
          evidence: 'Prometheus monitoring/k8s is running.',
        }),
        check('monitoring', {
          id: 'monitoring-user-facing-alerts',
          title:
            'Alerts fire on user-visible pain (error rate, latency, SLO burn), not only infrastructure',
          level: 3,
          status: 'fail',
          evidence: 'All 41 alert rules watch infrastructure metrics.',
          runbook: 'https://wiki.example.com/slo-alerts',
        }),
      ]),
      pillar('upgrades', 1, [
        check('upgrades', {
          id: 'upgrades-certificates-not-expiring',
          title: 'No certificate is close to expiry',
          level: 2,
          status: 'fail',
          evidence: 'Certificate ingress/payments-tls expires in 9 days.',
          objects: [
            { kind: 'Certificate', namespace: 'ingress', name: 'payments-tls' },
          ],
        }),
      ]),
      pillar('tenancy', 1, [
        check('tenancy', {
          id: 'tenancy-resource-quotas',
          title: 'Every workload namespace has a ResourceQuota',
          level: 1,
          status: 'pass',
          evidence: 'All 3 workload namespaces have a ResourceQuota.',
        }),
        check('tenancy', {
          id: 'tenancy-default-deny-network-policy',
          title: 'Every workload namespace denies ingress and egress by default',
          level: 2,
          status: 'unknown',
          evidence:
            'NetworkPolicies could not be read: networkpolicies: HTTP 403 Forbidden.',
        }),
        check('tenancy', {
          id: 'tenancy-pod-security-enforced',
          title:
            'Every workload namespace enforces Pod Security baseline or restricted',
          level: 2,
          status: 'exempted',
          evidence: 'Namespace payments-hsm enforces no Pod Security level.',
          objects: [{ kind: 'Namespace', name: 'payments-hsm' }],
          exemption: {
            reason: 'The HSM driver needs privileged pods until the vendor ships v4',
            by: 'ana.silva',
            expires: '2999-03-31',
            scope: 'namespace payments-hsm',
          },
        }),
      ]),
      pillar('cost', null, []),
      pillar('scaling', 2, [
        check('scaling', {
          id: 'scaling-load-tested',
          title: 'Load tests that reflect production traffic have been run',
          level: 3,
          status: 'not-applicable',
          evidence: 'No user-facing Deployments run on this cluster.',
        }),
      ]),
      pillar('security', 2, [
        check('security', {
          id: 'security-pinned-image-tags',
          title: 'Images carry a fixed tag or digest, never :latest or none',
          level: 2,
          status: 'warn',
          evidence: 'Init container migrate of payments-api uses the tag 1.',
        }),
      ]),
      pillar('incidents', null, []),
    ],
    namespaces: paymentsReadiness.clusters[0].namespaces,
    coverageGaps: [
      {
        resource: 'networkpolicies.networking.k8s.io',
        reason: 'the service account may not list networkpolicies at cluster scope',
        statusCode: 403,
      },
      {
        resource: 'certificates.cert-manager.io',
        reason: 'the CRD is not installed',
        statusCode: null,
      },
    ],
    risks: paymentsReadiness.clusters[0].risks,
    teams: [],
  },
};

/** `GET /clusters/prod-eu-1/history`: five days, with cost never assessed. */
export const prodClusterHistory: ClusterHistory = {
  name: 'prod-eu-1',
  items: [6, 7, 7, 8, 9].map((total, index) => ({
    day: `2025-05-${27 + index}`,
    total,
    pillars: {
      identity: 1,
      backup: 0,
      monitoring: index < 3 ? 1 : 2,
      upgrades: 1,
      tenancy: index === 4 ? 1 : 0,
      cost: null,
      scaling: 2,
      security: index < 2 ? 0 : 2,
      incidents: null,
    },
  })),
};
