import {
  ClusterFacts,
  ContainerFact,
  FactKey,
  Known,
  NodeFact,
  PersistentVolumeClaimFact,
  PodFact,
  ServiceFact,
} from '../../collect/facts';

export const GIB = 2 ** 30;

/** A container requesting `cpu` cores and `memGiB` GiB; null leaves the request unset. */
export function container(
  name: string,
  cpu: number | null,
  memGiB: number | null,
  extra: Partial<ContainerFact> = {},
): ContainerFact {
  return {
    name,
    image: `registry.example.com/${name}:1.0`,
    init: false,
    privileged: false,
    runsAsNonRoot: true,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    addedCapabilities: [],
    requests: {
      cpuCores: cpu,
      memoryBytes: memGiB === null ? null : memGiB * GIB,
    },
    limits: { cpuCores: null, memoryBytes: null },
    extendedRequests: {},
    inlineSecretEnv: [],
    cloudKeyEnvFromSecrets: [],
    livenessProbe: true,
    readinessProbe: true,
    ...extra,
  };
}

export function pod(
  namespace: string,
  name: string,
  containers: ContainerFact[],
  extra: Partial<PodFact> = {},
): PodFact {
  return {
    namespace,
    name,
    labels: {},
    serviceAccount: name,
    phase: 'Running',
    nodeName: 'node-a',
    kubernetesId: null,
    ownerKind: 'ReplicaSet',
    ownerName: name,
    hostNetwork: false,
    hostPID: false,
    hostIPC: false,
    hostPathVolumes: [],
    automountServiceAccountToken: false,
    persistentVolumeClaims: [],
    overhead: { cpuCores: null, memoryBytes: null },
    containers,
    ...extra,
  };
}

export function node(
  name: string,
  cpu: number | null,
  memGiB: number | null,
): NodeFact {
  const allocatable = {
    cpuCores: cpu,
    memoryBytes: memGiB === null ? null : memGiB * GIB,
  };
  return {
    name,
    labels: {},
    kubeletVersion: 'v1.31.4',
    osImage: 'Bottlerocket OS 1.26.1',
    conditions: { Ready: true },
    allocatable,
    capacity: allocatable,
    unschedulable: false,
  };
}

export function pvc(
  namespace: string,
  name: string,
  gib: number | null,
  phase = 'Bound',
): PersistentVolumeClaimFact {
  return {
    namespace,
    name,
    phase,
    storageBytes: gib === null ? null : gib * GIB,
    storageClass: 'gp3',
  };
}

export function service(
  namespace: string,
  name: string,
  type: string,
  selector: Record<string, string> = {},
): ServiceFact {
  return { namespace, name, type, selector };
}

export const ok = <T>(value: T): Known<T> => ({ ok: true, value });
export const forbidden = (plural: string): Known<never> => ({
  ok: false,
  reason: `${plural}: HTTP 403: ${plural} is forbidden`,
  statusCode: 403,
});

const LISTED: FactKey[] = [
  'namespaces',
  'nodes',
  'pods',
  'workloads',
  'services',
  'ingresses',
  'serviceAccounts',
  'secrets',
  'persistentVolumeClaims',
  'resourceQuotas',
  'limitRanges',
  'networkPolicies',
  'clusterRoles',
  'bindings',
  'podDisruptionBudgets',
  'autoscalers',
  'admissionPolicies',
  'backupSchedules',
  'backups',
  'restores',
  'backupStorageLocations',
  'volumeSnapshots',
  'prometheuses',
  'alertmanagers',
  'monitors',
  'alertRules',
  'certificates',
  'externalSecrets',
  'vulnerabilityReports',
  'nodePools',
  'chaosExperiments',
];

/** A cluster where every list came back empty, with the given lists replaced. */
export function clusterFacts(
  lists: Partial<Pick<ClusterFacts, FactKey>>,
): ClusterFacts {
  const empty = Object.fromEntries(LISTED.map(key => [key, ok([])])) as Pick<
    ClusterFacts,
    FactKey
  >;
  return {
    cluster: 'prod-eu',
    scannedAt: '2026-11-25T12:00:00Z',
    server: {
      version: 'v1.31.4',
      provider: 'aws',
      region: 'eu-west-1',
      groupVersions: null,
    },
    coverageGaps: [],
    ...empty,
    ...lists,
  };
}
