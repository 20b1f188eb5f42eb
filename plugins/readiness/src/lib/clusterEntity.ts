import type { Entity } from '@backstage/catalog-model';

/**
 * The annotation that names the scanned cluster behind a catalog Resource, for when the
 * Resource's name differs from the name the cluster has in `readiness.clusters`.
 *
 * @public
 */
export const READINESS_CLUSTER_NAME_ANNOTATION = 'readiness.dev/cluster-name';

/** The `spec.type` of the catalog Resources that stand for Kubernetes clusters. */
export const KUBERNETES_CLUSTER_TYPE = 'kubernetes-cluster';

/**
 * Whether a catalog entity stands for a Kubernetes cluster: a Resource of type
 * `kubernetes-cluster`. For legacy apps' `EntitySwitch`; the new frontend system uses the
 * equivalent filter expression.
 *
 * @public
 */
export function isKubernetesCluster(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'resource' &&
    String(entity.spec?.type ?? '').toLocaleLowerCase('en-US') ===
      KUBERNETES_CLUSTER_TYPE
  );
}

/** The cluster name the readiness backend knows a cluster Resource by. */
export function clusterNameOf(entity: Entity): string {
  return (
    entity.metadata.annotations?.[READINESS_CLUSTER_NAME_ANNOTATION] ||
    entity.metadata.name
  );
}
