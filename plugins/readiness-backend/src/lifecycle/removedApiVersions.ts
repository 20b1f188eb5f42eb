/**
 * API versions upstream Kubernetes has removed, by the minor that removed them, from the
 * deprecated API migration guide (kubernetes.io/docs/reference/using-api/deprecation-guide).
 * Only group versions whose kinds the scan lists are worth naming, but the table is kept whole
 * so it reads like the guide.
 */
const REMOVALS: ReadonlyArray<{
  removedIn: number;
  groupVersion: string;
  kinds: readonly string[];
  replacement: string;
}> = [
  {
    removedIn: 16,
    groupVersion: 'extensions/v1beta1',
    kinds: ['Deployment', 'DaemonSet', 'ReplicaSet'],
    replacement: 'apps/v1',
  },
  {
    removedIn: 16,
    groupVersion: 'extensions/v1beta1',
    kinds: ['NetworkPolicy'],
    replacement: 'networking.k8s.io/v1',
  },
  {
    removedIn: 16,
    groupVersion: 'apps/v1beta1',
    kinds: ['Deployment', 'StatefulSet', 'ReplicaSet'],
    replacement: 'apps/v1',
  },
  {
    removedIn: 16,
    groupVersion: 'apps/v1beta2',
    kinds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
    replacement: 'apps/v1',
  },
  {
    removedIn: 22,
    groupVersion: 'extensions/v1beta1',
    kinds: ['Ingress'],
    replacement: 'networking.k8s.io/v1',
  },
  {
    removedIn: 22,
    groupVersion: 'networking.k8s.io/v1beta1',
    kinds: ['Ingress', 'IngressClass'],
    replacement: 'networking.k8s.io/v1',
  },
  {
    removedIn: 22,
    groupVersion: 'rbac.authorization.k8s.io/v1beta1',
    kinds: ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
    replacement: 'rbac.authorization.k8s.io/v1',
  },
  {
    removedIn: 22,
    groupVersion: 'scheduling.k8s.io/v1beta1',
    kinds: ['PriorityClass'],
    replacement: 'scheduling.k8s.io/v1',
  },
  {
    removedIn: 22,
    groupVersion: 'storage.k8s.io/v1beta1',
    kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'],
    replacement: 'storage.k8s.io/v1',
  },
  {
    removedIn: 22,
    groupVersion: 'admissionregistration.k8s.io/v1beta1',
    kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
    replacement: 'admissionregistration.k8s.io/v1',
  },
  {
    removedIn: 22,
    groupVersion: 'apiextensions.k8s.io/v1beta1',
    kinds: ['CustomResourceDefinition'],
    replacement: 'apiextensions.k8s.io/v1',
  },
  {
    removedIn: 25,
    groupVersion: 'batch/v1beta1',
    kinds: ['CronJob'],
    replacement: 'batch/v1',
  },
  {
    removedIn: 25,
    groupVersion: 'policy/v1beta1',
    kinds: ['PodDisruptionBudget'],
    replacement: 'policy/v1',
  },
  {
    removedIn: 25,
    groupVersion: 'policy/v1beta1',
    kinds: ['PodSecurityPolicy'],
    replacement: 'Pod Security Admission (no replacement API)',
  },
  {
    removedIn: 25,
    groupVersion: 'autoscaling/v2beta1',
    kinds: ['HorizontalPodAutoscaler'],
    replacement: 'autoscaling/v2',
  },
  {
    removedIn: 25,
    groupVersion: 'discovery.k8s.io/v1beta1',
    kinds: ['EndpointSlice'],
    replacement: 'discovery.k8s.io/v1',
  },
  {
    removedIn: 26,
    groupVersion: 'autoscaling/v2beta2',
    kinds: ['HorizontalPodAutoscaler'],
    replacement: 'autoscaling/v2',
  },
  {
    removedIn: 27,
    groupVersion: 'storage.k8s.io/v1beta1',
    kinds: ['CSIStorageCapacity'],
    replacement: 'storage.k8s.io/v1',
  },
];

/** When a kind in a group version was removed, and what replaces it. */
export interface ApiRemoval {
  removedIn: number;
  replacement: string;
}

const BY_KEY = new Map(
  REMOVALS.flatMap(r =>
    r.kinds.map(kind => [
      `${r.groupVersion} ${kind}`,
      { removedIn: r.removedIn, replacement: r.replacement },
    ]),
  ),
);

/** The removal of `kind` in `groupVersion`, or undefined when upstream still serves it. */
export function apiRemoval(
  groupVersion: string,
  kind: string,
): ApiRemoval | undefined {
  return BY_KEY.get(`${groupVersion} ${kind}`);
}
