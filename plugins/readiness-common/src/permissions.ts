import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The permission resource type of a scanned cluster. Its resource ref is the cluster name, so a
 * policy can grant reading some clusters and not others.
 * @public
 */
export const READINESS_CLUSTER_RESOURCE_TYPE = 'readiness-cluster';

/** Read cluster readiness reports, per cluster. @public */
export const readinessClusterReadPermission = createPermission({
  name: 'readiness.cluster.read',
  attributes: { action: 'read' },
  resourceType: READINESS_CLUSTER_RESOURCE_TYPE,
});

/** Trigger an on-demand scan of a cluster. @public */
export const readinessClusterRefreshPermission = createPermission({
  name: 'readiness.cluster.refresh',
  attributes: { action: 'update' },
});

/** Attest (and revoke attestations of) facts the Kubernetes API cannot show. @public */
export const readinessAttestationCreatePermission = createPermission({
  name: 'readiness.attestation.create',
  attributes: { action: 'create' },
});

/** Exempt (and revoke exemptions of) failing checks. @public */
export const readinessExemptionCreatePermission = createPermission({
  name: 'readiness.exemption.create',
  attributes: { action: 'create' },
});

/** All permissions of the readiness plugins. @public */
export const readinessPermissions = [
  readinessClusterReadPermission,
  readinessClusterRefreshPermission,
  readinessAttestationCreatePermission,
  readinessExemptionCreatePermission,
];
