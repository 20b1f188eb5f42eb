import { CheckDefinition } from './types';

/** Checks of the identity pillar. @public */
export const IDENTITY_CHECKS: readonly CheckDefinition[] = [
  {
    id: 'identity-no-broad-admin-grants',
    pillar: 'identity',
    level: 1,
    title:
      'No broad group, anonymous user or default ServiceAccount holds cluster-admin or a wildcard role',
  },
  {
    id: 'identity-no-static-cloud-keys',
    pillar: 'identity',
    level: 1,
    title: 'Pods reach the cloud through workload identity, not static keys',
  },
  {
    id: 'identity-humans-bound-as-groups',
    pillar: 'identity',
    level: 2,
    title: 'People get access through groups, not individually bound Users',
  },
  {
    id: 'identity-no-legacy-token-secrets',
    pillar: 'identity',
    level: 2,
    title: 'No long-lived ServiceAccount token Secrets exist',
  },
  {
    id: 'identity-default-sa-token-not-mounted',
    pillar: 'identity',
    level: 2,
    title: 'Default ServiceAccounts do not mount API tokens into pods',
  },
  {
    id: 'identity-sso-attested',
    pillar: 'identity',
    level: 3,
    title: 'People sign in to the API server through OIDC / SSO',
    attested: true,
  },
  {
    id: 'identity-rbac-review-attested',
    pillar: 'identity',
    level: 3,
    title: 'RBAC roles and bindings are reviewed every quarter',
    attested: true,
  },
  {
    id: 'identity-audit-trail-attested',
    pillar: 'identity',
    level: 3,
    title: 'Every change through the API is auditable back to a person',
    attested: true,
  },
];
