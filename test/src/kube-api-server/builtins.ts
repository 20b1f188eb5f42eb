import type { ResourceDefinition, ResourceSource } from './types.ts';

/**
 * Compact row: group/version, plural, kind, scope ('N' namespaced, 'C'
 * cluster), short names, categories. Singular names are always the lowercased
 * kind, as kube-apiserver derives them.
 */
type Row = [string, string, string, 'N' | 'C', string?, string?];

// What a v1.31 kube-apiserver lists in discovery for its GA, listable resources.
// prettier-ignore
const BUILTIN_ROWS: Row[] = [
  ['v1', 'componentstatuses', 'ComponentStatus', 'C', 'cs'],
  ['v1', 'configmaps', 'ConfigMap', 'N', 'cm'],
  ['v1', 'endpoints', 'Endpoints', 'N', 'ep'],
  ['v1', 'events', 'Event', 'N', 'ev'],
  ['v1', 'limitranges', 'LimitRange', 'N', 'limits'],
  ['v1', 'namespaces', 'Namespace', 'C', 'ns'],
  ['v1', 'nodes', 'Node', 'C', 'no'],
  ['v1', 'persistentvolumeclaims', 'PersistentVolumeClaim', 'N', 'pvc'],
  ['v1', 'persistentvolumes', 'PersistentVolume', 'C', 'pv'],
  ['v1', 'pods', 'Pod', 'N', 'po', 'all'],
  ['v1', 'podtemplates', 'PodTemplate', 'N'],
  ['v1', 'replicationcontrollers', 'ReplicationController', 'N', 'rc', 'all'],
  ['v1', 'resourcequotas', 'ResourceQuota', 'N', 'quota'],
  ['v1', 'secrets', 'Secret', 'N'],
  ['v1', 'serviceaccounts', 'ServiceAccount', 'N', 'sa'],
  ['v1', 'services', 'Service', 'N', 'svc', 'all'],
  ['admissionregistration.k8s.io/v1', 'mutatingwebhookconfigurations', 'MutatingWebhookConfiguration', 'C', '', 'api-extensions'],
  ['admissionregistration.k8s.io/v1', 'validatingadmissionpolicies', 'ValidatingAdmissionPolicy', 'C', '', 'api-extensions'],
  ['admissionregistration.k8s.io/v1', 'validatingadmissionpolicybindings', 'ValidatingAdmissionPolicyBinding', 'C', '', 'api-extensions'],
  ['admissionregistration.k8s.io/v1', 'validatingwebhookconfigurations', 'ValidatingWebhookConfiguration', 'C', '', 'api-extensions'],
  ['apiextensions.k8s.io/v1', 'customresourcedefinitions', 'CustomResourceDefinition', 'C', 'crd,crds', 'api-extensions'],
  ['apiregistration.k8s.io/v1', 'apiservices', 'APIService', 'C', '', 'api-extensions'],
  ['apps/v1', 'controllerrevisions', 'ControllerRevision', 'N'],
  ['apps/v1', 'daemonsets', 'DaemonSet', 'N', 'ds', 'all'],
  ['apps/v1', 'deployments', 'Deployment', 'N', 'deploy', 'all'],
  ['apps/v1', 'replicasets', 'ReplicaSet', 'N', 'rs', 'all'],
  ['apps/v1', 'statefulsets', 'StatefulSet', 'N', 'sts', 'all'],
  ['autoscaling/v2', 'horizontalpodautoscalers', 'HorizontalPodAutoscaler', 'N', 'hpa', 'all'],
  ['batch/v1', 'cronjobs', 'CronJob', 'N', 'cj', 'all'],
  ['batch/v1', 'jobs', 'Job', 'N', '', 'all'],
  ['certificates.k8s.io/v1', 'certificatesigningrequests', 'CertificateSigningRequest', 'C', 'csr'],
  ['coordination.k8s.io/v1', 'leases', 'Lease', 'N'],
  ['discovery.k8s.io/v1', 'endpointslices', 'EndpointSlice', 'N'],
  ['events.k8s.io/v1', 'events', 'Event', 'N', 'ev'],
  ['flowcontrol.apiserver.k8s.io/v1', 'flowschemas', 'FlowSchema', 'C'],
  ['flowcontrol.apiserver.k8s.io/v1', 'prioritylevelconfigurations', 'PriorityLevelConfiguration', 'C'],
  ['networking.k8s.io/v1', 'ingressclasses', 'IngressClass', 'C'],
  ['networking.k8s.io/v1', 'ingresses', 'Ingress', 'N', 'ing'],
  ['networking.k8s.io/v1', 'networkpolicies', 'NetworkPolicy', 'N', 'netpol'],
  ['node.k8s.io/v1', 'runtimeclasses', 'RuntimeClass', 'C'],
  ['policy/v1', 'poddisruptionbudgets', 'PodDisruptionBudget', 'N', 'pdb'],
  ['rbac.authorization.k8s.io/v1', 'clusterrolebindings', 'ClusterRoleBinding', 'C'],
  ['rbac.authorization.k8s.io/v1', 'clusterroles', 'ClusterRole', 'C'],
  ['rbac.authorization.k8s.io/v1', 'rolebindings', 'RoleBinding', 'N'],
  ['rbac.authorization.k8s.io/v1', 'roles', 'Role', 'N'],
  ['scheduling.k8s.io/v1', 'priorityclasses', 'PriorityClass', 'C', 'pc'],
  ['storage.k8s.io/v1', 'csidrivers', 'CSIDriver', 'C'],
  ['storage.k8s.io/v1', 'csinodes', 'CSINode', 'C'],
  ['storage.k8s.io/v1', 'csistoragecapacities', 'CSIStorageCapacity', 'N'],
  ['storage.k8s.io/v1', 'storageclasses', 'StorageClass', 'C', 'sc'],
  ['storage.k8s.io/v1', 'volumeattachments', 'VolumeAttachment', 'C'],
];

// Add-ons a readiness scan looks for. They are served only when a snapshot
// shows the add-on is installed, exactly like a cluster without the CRDs.
// prettier-ignore
const ADDON_ROWS: Row[] = [
  ['velero.io/v1', 'backups', 'Backup', 'N', '', 'velero'],
  ['velero.io/v1', 'backupstoragelocations', 'BackupStorageLocation', 'N', 'bsl', 'velero'],
  ['velero.io/v1', 'restores', 'Restore', 'N', '', 'velero'],
  ['velero.io/v1', 'schedules', 'Schedule', 'N', '', 'velero'],
  ['velero.io/v1', 'volumesnapshotlocations', 'VolumeSnapshotLocation', 'N', 'vsl', 'velero'],
  ['monitoring.coreos.com/v1', 'alertmanagers', 'Alertmanager', 'N', 'am'],
  ['monitoring.coreos.com/v1', 'podmonitors', 'PodMonitor', 'N', 'pmon'],
  ['monitoring.coreos.com/v1', 'probes', 'Probe', 'N', 'prb'],
  ['monitoring.coreos.com/v1', 'prometheuses', 'Prometheus', 'N', 'prom'],
  ['monitoring.coreos.com/v1', 'prometheusrules', 'PrometheusRule', 'N', 'promrule'],
  ['monitoring.coreos.com/v1', 'servicemonitors', 'ServiceMonitor', 'N', 'smon'],
  ['cert-manager.io/v1', 'certificaterequests', 'CertificateRequest', 'N', 'cr,crs', 'cert-manager'],
  ['cert-manager.io/v1', 'certificates', 'Certificate', 'N', 'cert,certs', 'cert-manager'],
  ['cert-manager.io/v1', 'clusterissuers', 'ClusterIssuer', 'C', '', 'cert-manager'],
  ['cert-manager.io/v1', 'issuers', 'Issuer', 'N', '', 'cert-manager'],
  ['kyverno.io/v1', 'clusterpolicies', 'ClusterPolicy', 'C', 'cpol', 'kyverno'],
  ['kyverno.io/v1', 'policies', 'Policy', 'N', 'pol', 'kyverno'],
  ['wgpolicyk8s.io/v1alpha2', 'policyreports', 'PolicyReport', 'N', 'polr'],
  ['wgpolicyk8s.io/v1alpha2', 'clusterpolicyreports', 'ClusterPolicyReport', 'C', 'cpolr'],
  ['snapshot.storage.k8s.io/v1', 'volumesnapshotclasses', 'VolumeSnapshotClass', 'C', 'vsclass,vsclasses'],
  ['snapshot.storage.k8s.io/v1', 'volumesnapshotcontents', 'VolumeSnapshotContent', 'C', 'vsc,vscs'],
  ['snapshot.storage.k8s.io/v1', 'volumesnapshots', 'VolumeSnapshot', 'N', 'vs'],
  ['templates.gatekeeper.sh/v1', 'constrainttemplates', 'ConstraintTemplate', 'C', 'ct'],
  ['external-secrets.io/v1beta1', 'externalsecrets', 'ExternalSecret', 'N', 'es', 'external-secrets'],
  ['external-secrets.io/v1beta1', 'secretstores', 'SecretStore', 'N', 'ss', 'external-secrets'],
  ['external-secrets.io/v1beta1', 'clustersecretstores', 'ClusterSecretStore', 'C', 'css', 'external-secrets'],
  ['argoproj.io/v1alpha1', 'applications', 'Application', 'N', 'app,apps', 'argo'],
  ['argoproj.io/v1alpha1', 'appprojects', 'AppProject', 'N', 'appproj,appprojs', 'argo'],
  ['gateway.networking.k8s.io/v1', 'gatewayclasses', 'GatewayClass', 'C', 'gc', 'gateway-api'],
  ['gateway.networking.k8s.io/v1', 'gateways', 'Gateway', 'N', 'gtw', 'gateway-api'],
  ['gateway.networking.k8s.io/v1', 'httproutes', 'HTTPRoute', 'N', '', 'gateway-api'],
  ['autoscaling.k8s.io/v1', 'verticalpodautoscalers', 'VerticalPodAutoscaler', 'N', 'vpa'],
  ['keda.sh/v1alpha1', 'scaledobjects', 'ScaledObject', 'N', 'so'],
  ['karpenter.sh/v1', 'nodepools', 'NodePool', 'C'],
  ['karpenter.sh/v1', 'nodeclaims', 'NodeClaim', 'C'],
  // metrics-server is an aggregated API, not a CRD: typed lists, go-restful 404s.
  ['metrics.k8s.io/v1beta1', 'nodes', 'NodeMetrics', 'C'],
  ['metrics.k8s.io/v1beta1', 'pods', 'PodMetrics', 'N'],
];

function toDefinition(row: Row, source: ResourceSource): ResourceDefinition {
  const [groupVersion, plural, kind, scope, shortNames, categories] = row;
  const slash = groupVersion.indexOf('/');
  const def: ResourceDefinition = {
    group: slash < 0 ? '' : groupVersion.slice(0, slash),
    versions: [groupVersion.slice(slash + 1)],
    plural,
    singular: kind.toLowerCase(),
    kind,
    namespaced: scope === 'N',
    source,
  };
  if (shortNames) def.shortNames = shortNames.split(',');
  if (categories) def.categories = categories.split(',');
  return def;
}

/** The resources every cluster serves, regardless of its snapshot. */
export function builtinResources(): ResourceDefinition[] {
  return BUILTIN_ROWS.map(row => toDefinition(row, 'builtin'));
}

/** Known add-on resources, enabled per group when a snapshot shows the add-on. */
export function addonResources(): ResourceDefinition[] {
  return ADDON_ROWS.map(row =>
    toDefinition(
      row,
      row[0].startsWith('metrics.k8s.io/') ? 'aggregated' : 'crd',
    ),
  );
}
