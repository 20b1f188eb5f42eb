import { CoverageGap } from '@readiness/plugin-readiness-common';

/**
 * A fact that could be read, or the reason it could not. Checks that need a missing fact say
 * `unknown` with this reason instead of guessing. `installed: false` marks a CRD-backed kind
 * whose API group the cluster does not serve: the tool is absent, which is itself a finding.
 */
export type Known<T> =
  | { ok: true; value: T; installed?: boolean }
  | { ok: false; reason: string; statusCode: number | null };

/** The label the Kubernetes plugin uses to tie workloads to catalog entities. */
export const KUBERNETES_ID_LABEL = 'backstage.io/kubernetes-id';

/** Where a fact lives, for findings that point at objects. */
export interface Located {
  namespace: string;
  name: string;
}

export interface NamespaceFact {
  name: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface NodeFact {
  name: string;
  labels: Record<string, string>;
  kubeletVersion: string | null;
  osImage: string | null;
  /** Conditions that are True among DiskPressure, MemoryPressure, PIDPressure, and Ready. */
  conditions: Record<string, boolean>;
  allocatable: { cpuCores: number | null; memoryBytes: number | null };
  capacity: { cpuCores: number | null; memoryBytes: number | null };
  unschedulable: boolean;
}

export interface ContainerFact {
  name: string;
  image: string;
  init: boolean;
  privileged: boolean;
  /** True when the container (or its pod) sets runAsNonRoot or a non-zero runAsUser. */
  runsAsNonRoot: boolean;
  allowPrivilegeEscalation: boolean | null;
  readOnlyRootFilesystem: boolean;
  addedCapabilities: string[];
  requests: { cpuCores: number | null; memoryBytes: number | null };
  limits: { cpuCores: number | null; memoryBytes: number | null };
  /** Other requested resources, e.g. `nvidia.com/gpu`, with their quantities. */
  extendedRequests: Record<string, number>;
  /** Env vars whose names look secret and whose values are written inline. Names only. */
  inlineSecretEnv: string[];
  /** Env vars holding cloud credentials taken from Secrets (e.g. AWS_SECRET_ACCESS_KEY). */
  cloudKeyEnvFromSecrets: string[];
  livenessProbe: boolean;
  readinessProbe: boolean;
}

export interface PodFact extends Located {
  labels: Record<string, string>;
  serviceAccount: string;
  phase: string | null;
  nodeName: string | null;
  kubernetesId: string | null;
  ownerKind: string | null;
  ownerName: string | null;
  hostNetwork: boolean;
  hostPID: boolean;
  hostIPC: boolean;
  hostPathVolumes: string[];
  automountServiceAccountToken: boolean | null;
  persistentVolumeClaims: string[];
  overhead: { cpuCores: number | null; memoryBytes: number | null };
  containers: ContainerFact[];
}

/** Annotations that declare an exemption: `readiness.dev/exempt.<check-id>`. */
export const EXEMPT_ANNOTATION_PREFIX = 'readiness.dev/exempt.';

export interface WorkloadFact extends Located {
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet';
  labels: Record<string, string>;
  kubernetesId: string | null;
  replicas: number | null;
  /** Labels of the pod template: what Services and PDBs select on. */
  podLabels: Record<string, string>;
  images: string[];
  volumeClaimTemplates: number;
  /** Its exemption annotations only (the rest are not kept); absent when it has none. */
  exemptions?: Record<string, string>;
}

export interface ServiceFact extends Located {
  type: string;
  selector: Record<string, string>;
}

export interface IngressFact extends Located {
  backendServices: string[];
}

export interface ServiceAccountFact extends Located {
  /** Workload-identity binding found in annotations, e.g. `aws` for eks.amazonaws.com/role-arn. */
  cloudIdentity: 'aws' | 'gcp' | 'azure' | null;
  automountServiceAccountToken: boolean | null;
}

/** Secrets are read as metadata only: a name and which ServiceAccount a legacy token is for. */
export interface SecretFact extends Located {
  serviceAccountToken: string | null;
}

export interface PersistentVolumeClaimFact extends Located {
  phase: string | null;
  storageBytes: number | null;
  storageClass: string | null;
}

export interface QuotaFact extends Located {
  /** Keys of `spec.hard`, e.g. `requests.cpu`, `pods`. */
  hard: string[];
}

export type LimitRangeFact = Located;

export interface NetworkPolicyFact extends Located {
  /** Selects every pod of the namespace (empty podSelector). */
  selectsAllPods: boolean;
  /** Applies to ingress and allows none. */
  deniesAllIngress: boolean;
  /** Applies to egress and allows none. */
  deniesAllEgress: boolean;
}

export interface RoleFact {
  name: string;
  /** Grants every verb on every resource (`*` on `*`). */
  wildcard: boolean;
}

export interface BindingFact {
  namespace: string | null;
  name: string;
  roleKind: string;
  roleName: string;
  subjects: Array<{ kind: string; name: string; namespace: string | null }>;
}

export interface PodDisruptionBudgetFact extends Located {
  selector: Record<string, string>;
}

export interface AutoscalerFact extends Located {
  kind: 'HorizontalPodAutoscaler' | 'ScaledObject';
  targetKind: string;
  targetName: string;
}

export interface PolicyFact {
  namespace: string | null;
  name: string;
  kind: string;
  /** Rejects violating objects rather than only auditing them. */
  enforcing: boolean;
  /** Kyverno rules that verify image signatures. */
  verifiesImages: boolean;
  /** Rule names, for evidence. */
  rules: string[];
}

export interface BackupScheduleFact extends Located {
  schedule: string | null;
  paused: boolean;
}

export interface BackupFact extends Located {
  phase: string | null;
  completedAt: string | null;
}

export interface RestoreFact extends Located {
  phase: string | null;
  completedAt: string | null;
}

export interface BackupStorageLocationFact extends Located {
  phase: string | null;
  region: string | null;
  provider: string | null;
}

export interface MonitorFact extends Located {
  kind: 'ServiceMonitor' | 'PodMonitor';
  /** Namespaces the monitor selects; null means its own namespace only, ['*'] means any. */
  namespaces: string[] | null;
}

export interface AlertRuleFact extends Located {
  alert: string;
  expr: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface CertificateFact extends Located {
  notAfter: string | null;
  ready: boolean | null;
  dnsNames: string[];
}

/** What a pod uses now, from metrics.k8s.io (metrics-server). */
export interface PodUsageFact extends Located {
  cpuCores: number;
  memoryBytes: number;
}

export interface ChaosExperimentFact extends Located {
  kind: string;
  lastRunAt: string | null;
}

export interface VulnerabilityReportFact extends Located {
  updatedAt: string | null;
  critical: number;
  high: number;
}

export type NamedFact = { namespace: string | null; name: string };

/** Cluster-level facts that do not come from a LIST. */
export interface ServerFacts {
  version: string | null;
  provider: string | null;
  region: string | null;
  /** Group/versions served, or null where unknown (snapshots). */
  groupVersions: string[] | null;
  /** The API server's TLS serving certificate; absent when not observed. */
  servingCertificate?: { notAfter: string; subject: string; issuer: string };
}

/** An object last written by a manager with an API version upstream has since removed. */
export interface RemovedApiWrite {
  kind: string;
  namespace?: string;
  name: string;
  /** The `managedFields` manager, e.g. `helm`, `kubectl-client-side-apply`, `argocd-controller`. */
  manager: string;
  apiVersion: string;
  removedIn: number;
  replacement: string;
}

/**
 * What the objects' `managedFields` say about the API versions they were written with. Live
 * API servers record them on every object since 1.18; snapshots may have stripped them.
 */
export interface ApiWriteFacts {
  /** Objects listed by successful LISTs. */
  objects: number;
  /** Of those, objects that carry `managedFields`. */
  withHistory: number;
  /** Writes with a removed API version, at most one per object and manager. */
  removed: RemovedApiWrite[];
}

/**
 * Everything the checks need to know about one cluster: small, plain, and free of the objects
 * it came from, so a hundred thousand pods cost a few fields each.
 */
export interface ClusterFacts {
  cluster: string;
  scannedAt: string;
  /** When the facts describe: the scan, or a snapshot's capture. Ages are judged as of then. */
  observedAt?: string;
  server: ServerFacts;
  coverageGaps: CoverageGap[];
  /** Absent in facts built without a scan (some tests): the check that reads it is unknown. */
  apiWrites?: ApiWriteFacts;
  namespaces: Known<NamespaceFact[]>;
  nodes: Known<NodeFact[]>;
  pods: Known<PodFact[]>;
  workloads: Known<WorkloadFact[]>;
  services: Known<ServiceFact[]>;
  ingresses: Known<IngressFact[]>;
  serviceAccounts: Known<ServiceAccountFact[]>;
  secrets: Known<SecretFact[]>;
  persistentVolumeClaims: Known<PersistentVolumeClaimFact[]>;
  resourceQuotas: Known<QuotaFact[]>;
  limitRanges: Known<LimitRangeFact[]>;
  networkPolicies: Known<NetworkPolicyFact[]>;
  clusterRoles: Known<RoleFact[]>;
  bindings: Known<BindingFact[]>;
  podDisruptionBudgets: Known<PodDisruptionBudgetFact[]>;
  autoscalers: Known<AutoscalerFact[]>;
  admissionPolicies: Known<PolicyFact[]>;
  backupSchedules: Known<BackupScheduleFact[]>;
  backups: Known<BackupFact[]>;
  restores: Known<RestoreFact[]>;
  backupStorageLocations: Known<BackupStorageLocationFact[]>;
  volumeSnapshots: Known<NamedFact[]>;
  prometheuses: Known<NamedFact[]>;
  alertmanagers: Known<NamedFact[]>;
  monitors: Known<MonitorFact[]>;
  alertRules: Known<AlertRuleFact[]>;
  certificates: Known<CertificateFact[]>;
  externalSecrets: Known<NamedFact[]>;
  vulnerabilityReports: Known<VulnerabilityReportFact[]>;
  nodePools: Known<NamedFact[]>;
  chaosExperiments: Known<ChaosExperimentFact[]>;
  podMetrics: Known<PodUsageFact[]>;
}

/** Keys of {@link ClusterFacts} that hold listed facts. */
export type FactKey = Exclude<
  keyof ClusterFacts,
  | 'cluster'
  | 'scannedAt'
  | 'observedAt'
  | 'server'
  | 'coverageGaps'
  | 'apiWrites'
>;
