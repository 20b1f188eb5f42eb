import { KubeObject } from '../../kube/types';
import {
  ContainerFact,
  KUBERNETES_ID_LABEL,
  LimitRangeFact,
  NamespaceFact,
  NetworkPolicyFact,
  NodeFact,
  PersistentVolumeClaimFact,
  PodFact,
  PodUsageFact,
  QuotaFact,
  SecretFact,
  ServiceAccountFact,
  ServiceFact,
  IngressFact,
} from '../facts';
import { parseQuantity } from '../quantity';
import { array, meta, namespacedMeta, record, str, stringMap } from './util';

const SECRET_NAME =
  /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL)/i;
const CLOUD_KEYS = new Set([
  'AWS_SECRET_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SESSION_TOKEN',
  'GOOGLE_APPLICATION_CREDENTIALS',
  'GOOGLE_CREDENTIALS',
  'AZURE_CLIENT_SECRET',
  'AZURE_CLIENT_CERTIFICATE_PATH',
]);

function resources(value: unknown): {
  cpuCores: number | null;
  memoryBytes: number | null;
} {
  const r = record(value);
  return {
    cpuCores: parseQuantity(r.cpu),
    memoryBytes: parseQuantity(r.memory),
  };
}

export function toNamespaceFact(object: KubeObject): NamespaceFact | undefined {
  const m = meta(object);
  return m && { name: m.name, labels: m.labels, annotations: m.annotations };
}

export function toNodeFact(object: KubeObject): NodeFact | undefined {
  const m = meta(object);
  if (!m) return undefined;
  const status = record(object.status);
  const conditions: Record<string, boolean> = {};
  for (const c of array(status.conditions)) {
    const type = str(record(c).type);
    if (type) conditions[type] = record(c).status === 'True';
  }
  const info = record(status.nodeInfo);
  return {
    name: m.name,
    labels: m.labels,
    kubeletVersion: str(info.kubeletVersion),
    osImage: str(info.osImage),
    conditions,
    allocatable: resources(status.allocatable),
    capacity: resources(status.capacity),
    unschedulable: record(object.spec).unschedulable === true,
  };
}

function toContainerFact(
  container: unknown,
  init: boolean,
  podSecurity: Record<string, any>,
): ContainerFact {
  const c = record(container);
  const sc = record(c.securityContext);
  const res = record(c.resources);
  // A resource with a limit but no request gets a request equal to its limit.
  const requested = { ...record(res.limits), ...record(res.requests) };
  const extendedRequests: Record<string, number> = {};
  for (const [key, value] of Object.entries(requested)) {
    if (key.includes('/')) {
      const quantity = parseQuantity(value);
      if (quantity !== null) extendedRequests[key] = quantity;
    }
  }
  const runAsUser = sc.runAsUser ?? podSecurity.runAsUser;
  const runAsNonRoot = sc.runAsNonRoot ?? podSecurity.runAsNonRoot;
  const env = array(c.env).map(record);
  return {
    name: str(c.name) ?? '',
    image: str(c.image) ?? '',
    init,
    privileged: sc.privileged === true,
    runsAsNonRoot:
      runAsNonRoot === true ||
      (typeof runAsUser === 'number' && runAsUser !== 0),
    allowPrivilegeEscalation:
      typeof sc.allowPrivilegeEscalation === 'boolean'
        ? sc.allowPrivilegeEscalation
        : null,
    readOnlyRootFilesystem: sc.readOnlyRootFilesystem === true,
    addedCapabilities: array(record(sc.capabilities).add).filter(
      (x): x is string => typeof x === 'string',
    ),
    requests: resources(requested),
    limits: resources(res.limits),
    extendedRequests,
    // Only the names: the values are never kept.
    inlineSecretEnv: env
      .filter(
        e =>
          typeof e.value === 'string' &&
          e.value !== '' &&
          SECRET_NAME.test(String(e.name)),
      )
      .map(e => String(e.name)),
    cloudKeyEnvFromSecrets: env
      .filter(
        e => CLOUD_KEYS.has(String(e.name)) && record(e.valueFrom).secretKeyRef,
      )
      .map(e => String(e.name)),
    livenessProbe: Boolean(c.livenessProbe),
    readinessProbe: Boolean(c.readinessProbe),
  };
}

export function toPodFact(object: KubeObject): PodFact | undefined {
  const m = namespacedMeta(object);
  if (!m) return undefined;
  const spec = record(object.spec);
  const status = record(object.status);
  const owner = record(array(record(object.metadata).ownerReferences)[0]);
  const podSecurity = record(spec.securityContext);
  const volumes = array(spec.volumes).map(record);
  return {
    namespace: m.namespace,
    name: m.name,
    labels: m.labels,
    // An unset serviceAccountName means the pod runs as `default`.
    serviceAccount:
      str(spec.serviceAccountName) ?? str(spec.serviceAccount) ?? 'default',
    phase: str(status.phase),
    nodeName: str(spec.nodeName),
    kubernetesId: m.labels[KUBERNETES_ID_LABEL] ?? null,
    ownerKind: str(owner.kind),
    ownerName: str(owner.name),
    hostNetwork: spec.hostNetwork === true,
    hostPID: spec.hostPID === true,
    hostIPC: spec.hostIPC === true,
    hostPathVolumes: volumes.filter(v => v.hostPath).map(v => String(v.name)),
    automountServiceAccountToken:
      typeof spec.automountServiceAccountToken === 'boolean'
        ? spec.automountServiceAccountToken
        : null,
    persistentVolumeClaims: volumes
      .map(v => str(record(v.persistentVolumeClaim).claimName))
      .filter((x): x is string => Boolean(x)),
    overhead: resources(spec.overhead),
    containers: [
      ...array(spec.initContainers).map(c =>
        toContainerFact(c, true, podSecurity),
      ),
      ...array(spec.containers).map(c =>
        toContainerFact(c, false, podSecurity),
      ),
    ],
  };
}

/** A PodMetrics object: the sum of its containers' current usage. */
export function toPodUsageFact(object: KubeObject): PodUsageFact | undefined {
  const m = namespacedMeta(object);
  if (!m) return undefined;
  let cpuCores = 0;
  let memoryBytes = 0;
  for (const container of array((object as any).containers)) {
    const usage = record(record(container).usage);
    cpuCores += parseQuantity(usage.cpu) ?? 0;
    memoryBytes += parseQuantity(usage.memory) ?? 0;
  }
  return { namespace: m.namespace, name: m.name, cpuCores, memoryBytes };
}

export function toServiceFact(object: KubeObject): ServiceFact | undefined {
  const m = namespacedMeta(object);
  if (!m) return undefined;
  const spec = record(object.spec);
  return {
    namespace: m.namespace,
    name: m.name,
    type: str(spec.type) ?? 'ClusterIP',
    selector: stringMap(spec.selector),
  };
}

export function toIngressFact(object: KubeObject): IngressFact | undefined {
  const m = namespacedMeta(object);
  if (!m) return undefined;
  const spec = record(object.spec);
  const names = new Set<string>();
  const add = (backend: unknown) => {
    const name = str(record(record(backend).service).name);
    if (name) names.add(name);
  };
  add(spec.defaultBackend);
  for (const rule of array(spec.rules)) {
    for (const path of array(record(record(rule).http).paths))
      add(record(path).backend);
  }
  return { namespace: m.namespace, name: m.name, backendServices: [...names] };
}

export function toServiceAccountFact(
  object: KubeObject,
): ServiceAccountFact | undefined {
  const m = namespacedMeta(object);
  if (!m) return undefined;
  const a = m.annotations;
  let cloudIdentity: ServiceAccountFact['cloudIdentity'] = null;
  if (a['eks.amazonaws.com/role-arn']) cloudIdentity = 'aws';
  else if (a['iam.gke.io/gcp-service-account']) cloudIdentity = 'gcp';
  else if (
    a['azure.workload.identity/client-id'] ||
    m.labels['azure.workload.identity/use'] === 'true'
  ) {
    cloudIdentity = 'azure';
  }
  const automount = (object as any).automountServiceAccountToken;
  return {
    namespace: m.namespace,
    name: m.name,
    cloudIdentity,
    automountServiceAccountToken:
      typeof automount === 'boolean' ? automount : null,
  };
}

/** Reads metadata only: a Secret's values are never looked at, let alone kept. */
export function toSecretFact(object: KubeObject): SecretFact | undefined {
  const m = namespacedMeta(object);
  if (!m) return undefined;
  return {
    namespace: m.namespace,
    name: m.name,
    serviceAccountToken:
      m.annotations['kubernetes.io/service-account.name'] ?? null,
  };
}

export function toPersistentVolumeClaimFact(
  object: KubeObject,
): PersistentVolumeClaimFact | undefined {
  const m = namespacedMeta(object);
  if (!m) return undefined;
  const status = record(object.status);
  const spec = record(object.spec);
  return {
    namespace: m.namespace,
    name: m.name,
    phase: str(status.phase),
    storageBytes:
      parseQuantity(record(status.capacity).storage) ??
      parseQuantity(record(record(spec.resources).requests).storage),
    storageClass: str(spec.storageClassName),
  };
}

export function toQuotaFact(object: KubeObject): QuotaFact | undefined {
  const m = namespacedMeta(object);
  return (
    m && {
      namespace: m.namespace,
      name: m.name,
      hard: Object.keys(record(record(object.spec).hard)),
    }
  );
}

export function toLimitRangeFact(
  object: KubeObject,
): LimitRangeFact | undefined {
  const m = namespacedMeta(object);
  return m && { namespace: m.namespace, name: m.name };
}

function isEmptySelector(selector: unknown): boolean {
  const s = record(selector);
  return (
    Object.keys(record(s.matchLabels)).length === 0 &&
    array(s.matchExpressions).length === 0
  );
}

export function toNetworkPolicyFact(
  object: KubeObject,
): NetworkPolicyFact | undefined {
  const m = namespacedMeta(object);
  if (!m) return undefined;
  const spec = record(object.spec);
  const declaredTypes = array(spec.policyTypes);
  const egressRules = array(spec.egress);
  const ingressRules = array(spec.ingress);
  // Without policyTypes the API treats a policy as Ingress, plus Egress if it has egress rules.
  const types =
    declaredTypes.length > 0
      ? declaredTypes
      : ['Ingress', ...(egressRules.length > 0 ? ['Egress'] : [])];
  return {
    namespace: m.namespace,
    name: m.name,
    selectsAllPods: isEmptySelector(spec.podSelector),
    deniesAllIngress: types.includes('Ingress') && ingressRules.length === 0,
    deniesAllEgress: types.includes('Egress') && egressRules.length === 0,
  };
}
