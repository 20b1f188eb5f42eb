import { createPermission } from '@backstage/plugin-permission-common';

/** Read cluster readiness reports. @public */
export const readinessClusterReadPermission = createPermission({
  name: 'readiness.cluster.read',
  attributes: { action: 'read' },
});

/** Trigger an on-demand scan of a cluster. @public */
export const readinessClusterRefreshPermission = createPermission({
  name: 'readiness.cluster.refresh',
  attributes: { action: 'update' },
});

/** All permissions of the readiness plugins. @public */
export const readinessPermissions = [
  readinessClusterReadPermission,
  readinessClusterRefreshPermission,
];
