import { ResourceType } from './types';

function core(plural: string, kind: string, namespaced: boolean): ResourceType {
  return { group: '', version: 'v1', plural, kind, namespaced };
}

function grouped(
  group: string,
  version: string,
  plural: string,
  kind: string,
  namespaced: boolean,
  crd = false,
): ResourceType {
  return { group, version, plural, kind, namespaced, ...(crd ? { crd } : {}) };
}

/**
 * The resource types the scan reads. Built-in kinds are always listed; CRD-backed kinds
 * (`crd: true`) only when discovery shows their group/version, so a tool that is not installed
 * is a finding, not an error.
 */
export const RESOURCES = {
  namespaces: core('namespaces', 'Namespace', false),
  nodes: core('nodes', 'Node', false),
  pods: core('pods', 'Pod', true),
  services: core('services', 'Service', true),
  serviceAccounts: core('serviceaccounts', 'ServiceAccount', true),
  secrets: core('secrets', 'Secret', true),
  persistentVolumeClaims: core(
    'persistentvolumeclaims',
    'PersistentVolumeClaim',
    true,
  ),
  resourceQuotas: core('resourcequotas', 'ResourceQuota', true),
  limitRanges: core('limitranges', 'LimitRange', true),
  deployments: grouped('apps', 'v1', 'deployments', 'Deployment', true),
  statefulSets: grouped('apps', 'v1', 'statefulsets', 'StatefulSet', true),
  daemonSets: grouped('apps', 'v1', 'daemonsets', 'DaemonSet', true),
  ingresses: grouped('networking.k8s.io', 'v1', 'ingresses', 'Ingress', true),
  networkPolicies: grouped(
    'networking.k8s.io',
    'v1',
    'networkpolicies',
    'NetworkPolicy',
    true,
  ),
  clusterRoles: grouped(
    'rbac.authorization.k8s.io',
    'v1',
    'clusterroles',
    'ClusterRole',
    false,
  ),
  clusterRoleBindings: grouped(
    'rbac.authorization.k8s.io',
    'v1',
    'clusterrolebindings',
    'ClusterRoleBinding',
    false,
  ),
  roleBindings: grouped(
    'rbac.authorization.k8s.io',
    'v1',
    'rolebindings',
    'RoleBinding',
    true,
  ),
  podDisruptionBudgets: grouped(
    'policy',
    'v1',
    'poddisruptionbudgets',
    'PodDisruptionBudget',
    true,
  ),
  horizontalPodAutoscalers: grouped(
    'autoscaling',
    'v2',
    'horizontalpodautoscalers',
    'HorizontalPodAutoscaler',
    true,
  ),
  validatingAdmissionPolicyBindings: grouped(
    'admissionregistration.k8s.io',
    'v1',
    'validatingadmissionpolicybindings',
    'ValidatingAdmissionPolicyBinding',
    false,
  ),
  // Aggregated or CRD-backed APIs: read only where discovery shows them.
  podMetrics: grouped(
    'metrics.k8s.io',
    'v1beta1',
    'pods',
    'PodMetrics',
    true,
    true,
  ),
  veleroSchedules: grouped(
    'velero.io',
    'v1',
    'schedules',
    'Schedule',
    true,
    true,
  ),
  veleroBackups: grouped('velero.io', 'v1', 'backups', 'Backup', true, true),
  veleroRestores: grouped('velero.io', 'v1', 'restores', 'Restore', true, true),
  veleroStorageLocations: grouped(
    'velero.io',
    'v1',
    'backupstoragelocations',
    'BackupStorageLocation',
    true,
    true,
  ),
  volumeSnapshots: grouped(
    'snapshot.storage.k8s.io',
    'v1',
    'volumesnapshots',
    'VolumeSnapshot',
    true,
    true,
  ),
  prometheuses: grouped(
    'monitoring.coreos.com',
    'v1',
    'prometheuses',
    'Prometheus',
    true,
    true,
  ),
  alertmanagers: grouped(
    'monitoring.coreos.com',
    'v1',
    'alertmanagers',
    'Alertmanager',
    true,
    true,
  ),
  serviceMonitors: grouped(
    'monitoring.coreos.com',
    'v1',
    'servicemonitors',
    'ServiceMonitor',
    true,
    true,
  ),
  podMonitors: grouped(
    'monitoring.coreos.com',
    'v1',
    'podmonitors',
    'PodMonitor',
    true,
    true,
  ),
  prometheusRules: grouped(
    'monitoring.coreos.com',
    'v1',
    'prometheusrules',
    'PrometheusRule',
    true,
    true,
  ),
  certificates: grouped(
    'cert-manager.io',
    'v1',
    'certificates',
    'Certificate',
    true,
    true,
  ),
  kyvernoClusterPolicies: grouped(
    'kyverno.io',
    'v1',
    'clusterpolicies',
    'ClusterPolicy',
    false,
    true,
  ),
  gatekeeperConstraintTemplates: grouped(
    'templates.gatekeeper.sh',
    'v1',
    'constrainttemplates',
    'ConstraintTemplate',
    false,
    true,
  ),
  externalSecrets: grouped(
    'external-secrets.io',
    'v1beta1',
    'externalsecrets',
    'ExternalSecret',
    true,
    true,
  ),
  vulnerabilityReports: grouped(
    'aquasecurity.github.io',
    'v1alpha1',
    'vulnerabilityreports',
    'VulnerabilityReport',
    true,
    true,
  ),
  karpenterNodePools: grouped(
    'karpenter.sh',
    'v1',
    'nodepools',
    'NodePool',
    false,
    true,
  ),
  kedaScaledObjects: grouped(
    'keda.sh',
    'v1alpha1',
    'scaledobjects',
    'ScaledObject',
    true,
    true,
  ),
  chaosMeshSchedules: grouped(
    'chaos-mesh.org',
    'v1alpha1',
    'schedules',
    'Schedule',
    true,
    true,
  ),
  chaosMeshPodChaos: grouped(
    'chaos-mesh.org',
    'v1alpha1',
    'podchaos',
    'PodChaos',
    true,
    true,
  ),
  litmusChaosResults: grouped(
    'litmuschaos.io',
    'v1alpha1',
    'chaosresults',
    'ChaosResult',
    true,
    true,
  ),
} satisfies Record<string, ResourceType>;

/** Keys of {@link RESOURCES}. */
export type ResourceKey = keyof typeof RESOURCES;
