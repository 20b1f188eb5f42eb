import { PermissionsRegistryServiceAddResourceTypeOptions } from '@backstage/backend-plugin-api';
import { createPermissionResourceRef } from '@backstage/plugin-permission-node';
import { READINESS_CLUSTER_RESOURCE_TYPE } from '@readiness/plugin-readiness-common';

/** A scanned cluster as the permission framework sees it. */
export interface ReadinessClusterResource {
  name: string;
}

/** The `readiness-cluster` resource type; its resource ref is the cluster name. */
export const readinessClusterResourceRef = createPermissionResourceRef<
  ReadinessClusterResource,
  unknown
>().with({
  pluginId: 'readiness',
  resourceType: READINESS_CLUSTER_RESOURCE_TYPE,
});

/**
 * The resource type registration. It has no rules of its own yet; registering it lets a plugin
 * module add rules with `permissionsRegistry.addPermissionRules`, and lets the permission backend
 * resolve conditional decisions about a cluster by name.
 */
export function clusterResourceType(
  clusterNames: () => string[],
): PermissionsRegistryServiceAddResourceTypeOptions<
  typeof READINESS_CLUSTER_RESOURCE_TYPE,
  ReadinessClusterResource,
  unknown
> {
  return {
    resourceRef: readinessClusterResourceRef,
    rules: [],
    getResources: async refs => {
      const known = new Set(clusterNames());
      return refs.map(name => (known.has(name) ? { name } : undefined));
    },
  };
}
