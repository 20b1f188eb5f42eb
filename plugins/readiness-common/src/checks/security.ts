import { CheckDefinition } from './types';

/** Checks of the security pillar. @public */
export const SECURITY_CHECKS: readonly CheckDefinition[] = [
  {
    id: 'security-no-privileged-pods',
    pillar: 'security',
    level: 1,
    title:
      'No pod outside system namespaces runs privileged or with host access',
  },
  {
    id: 'security-non-root-containers',
    pillar: 'security',
    level: 2,
    title: 'Containers outside system namespaces run as non-root',
  },
  {
    id: 'security-pinned-image-tags',
    pillar: 'security',
    level: 2,
    title: 'Images carry a fixed tag or digest, never :latest or none',
  },
  {
    id: 'security-no-inline-secrets',
    pillar: 'security',
    level: 2,
    title: 'Secrets are never written inline in container env',
  },
  {
    id: 'security-image-signatures-verified',
    pillar: 'security',
    level: 3,
    title: 'Image signatures are verified at admission',
  },
  {
    id: 'security-external-secrets-manager',
    pillar: 'security',
    level: 3,
    title: 'Secrets are synced from an external secrets manager',
  },
  {
    id: 'security-vulnerability-scanning',
    pillar: 'security',
    level: 3,
    title: 'Running images are scanned for vulnerabilities, with fresh reports',
  },
  {
    id: 'security-audit-logs-attested',
    pillar: 'security',
    level: 3,
    title: 'API server audit logs are shipped to a SIEM',
    attested: true,
  },
];
