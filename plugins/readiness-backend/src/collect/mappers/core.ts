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
import { EMPTY_STRINGS, FactInterner } from '../intern';
import { parseQuantity } from '../quantity';
import {
  array,
  meta,
  metaValue,
  namespacedMeta,
  record,
  str,
  stringMap,
} from './util';

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

export function toNamespaceFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): NamespaceFact | undefined {
  const m = meta(object, intern);
  return (
    m && {
      name: intern.string(m.name),
      labels: intern.labels(m.raw.labels),
      annotations: stringMap(m.raw.annotations),
    }
  );
}

export function toNodeFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): NodeFact | undefined {
  const m = meta(object, intern);
  if (!m) return undefined;
  const status = record(object.status);
  const conditions: Record<string, boolean> = {};
  for (const c of array(status.conditions)) {
    const type = str(record(c).type);
    if (type) conditions[type] = record(c).status === 'True';
  }
  const info = record(status.nodeInfo);
  return {
    name: intern.string(m.name),
    labels: intern.labels(m.raw.labels),
    kubeletVersion: intern.optional(str(info.kubeletVersion)),
    osImage: intern.optional(str(info.osImage)),
    conditions,
    allocatable: resources(status.allocatable),
    capacity: resources(status.capacity),
    unschedulable: record(object.spec).unschedulable === true,
  };
}

/** Names of the strings in `values` that pass `keep`, shared when there are none. */
function namesOf<T>(
  values: T[],
  keep: (value: T) => boolean,
  name: (value: T) => string,
): string[] {
  const kept = values.filter(keep);
  return kept.length === 0 ? EMPTY_STRINGS : kept.map(name);
}

/**
 * A container as a fact. Containers of the replicas of one workload are alike, so the fact is
 * the scan's one shared copy of it.
 */
function toContainerFact(
  container: unknown,
  init: boolean,
  podSecurity: Record<string, any>,
  intern: FactInterner,
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
  return intern.value<ContainerFact>({
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
    addedCapabilities: namesOf(
      array(record(sc.capabilities).add),
      x => typeof x === 'string',
      String,
    ),
    requests: resources(requested),
    limits: resources(res.limits),
    extendedRequests,
    // Only the names: the values are never kept.
    inlineSecretEnv: namesOf(
      env,
      e =>
        typeof e.value === 'string' &&
        e.value !== '' &&
        SECRET_NAME.test(String(e.name)),
      e => String(e.name),
    ),
    cloudKeyEnvFromSecrets: namesOf(
      env,
      e =>
        CLOUD_KEYS.has(String(e.name)) &&
        Boolean(record(e.valueFrom).secretKeyRef),
      e => String(e.name),
    ),
    livenessProbe: Boolean(c.livenessProbe),
    readinessProbe: Boolean(c.readinessProbe),
  });
}

/**
 * A pod as a fact: its name and the scan's shared copies of everything the pods of one template
 * have in common (labels, containers, owner, namespace and node names), a couple of hundred bytes
 * a pod.
 */
export function toPodFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): PodFact | undefined {
  const m = namespacedMeta(object, intern);
  if (!m) return undefined;
  const spec = record(object.spec);
  const status = record(object.status);
  const owner = record(array(m.raw.ownerReferences)[0]);
  const podSecurity = record(spec.securityContext);
  const volumes = array(spec.volumes).map(record);
  const labels = intern.labels(m.raw.labels);
  const claims = volumes
    .map(v => str(record(v.persistentVolumeClaim).claimName))
    .filter((x): x is string => Boolean(x));
  const containers = [
    ...array(spec.initContainers).map(c =>
      toContainerFact(c, true, podSecurity, intern),
    ),
    ...array(spec.containers).map(c =>
      toContainerFact(c, false, podSecurity, intern),
    ),
  ];
  return {
    namespace: m.namespace,
    name: m.name,
    labels,
    // An unset serviceAccountName means the pod runs as `default`.
    serviceAccount: intern.string(
      str(spec.serviceAccountName) ?? str(spec.serviceAccount) ?? 'default',
    ),
    phase: intern.optional(str(status.phase)),
    nodeName: intern.optional(str(spec.nodeName)),
    kubernetesId: labels[KUBERNETES_ID_LABEL] ?? null,
    ownerKind: intern.optional(str(owner.kind)),
    ownerName: intern.optional(str(owner.name)),
    hostNetwork: spec.hostNetwork === true,
    hostPID: spec.hostPID === true,
    hostIPC: spec.hostIPC === true,
    hostPathVolumes: intern.strings(
      volumes.filter(v => v.hostPath).map(v => String(v.name)),
    ),
    automountServiceAccountToken:
      typeof spec.automountServiceAccountToken === 'boolean'
        ? spec.automountServiceAccountToken
        : null,
    // Claims are mostly a pod's own (a StatefulSet replica's): not worth a table entry.
    persistentVolumeClaims: claims.length === 0 ? EMPTY_STRINGS : claims,
    overhead: intern.value(resources(spec.overhead)),
    // The list of containers is shared too: a template's replicas have the same one.
    containers: intern.list(containers),
  };
}

/** A PodMetrics object: the sum of its containers' current usage. */
export function toPodUsageFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): PodUsageFact | undefined {
  const m = namespacedMeta(object, intern);
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

export function toServiceFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): ServiceFact | undefined {
  const m = namespacedMeta(object, intern);
  if (!m) return undefined;
  const spec = record(object.spec);
  return {
    namespace: m.namespace,
    name: m.name,
    type: intern.string(str(spec.type) ?? 'ClusterIP'),
    selector: intern.labels(spec.selector),
  };
}

export function toIngressFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): IngressFact | undefined {
  const m = namespacedMeta(object, intern);
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
  intern: FactInterner = new FactInterner(),
): ServiceAccountFact | undefined {
  const m = namespacedMeta(object, intern);
  if (!m) return undefined;
  const a = (key: string) => metaValue(m, 'annotations', key);
  let cloudIdentity: ServiceAccountFact['cloudIdentity'] = null;
  if (a('eks.amazonaws.com/role-arn')) cloudIdentity = 'aws';
  else if (a('iam.gke.io/gcp-service-account')) cloudIdentity = 'gcp';
  else if (
    a('azure.workload.identity/client-id') ||
    metaValue(m, 'labels', 'azure.workload.identity/use') === 'true'
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
export function toSecretFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): SecretFact | undefined {
  const m = namespacedMeta(object, intern);
  if (!m) return undefined;
  return {
    namespace: m.namespace,
    name: m.name,
    serviceAccountToken: intern.optional(
      metaValue(m, 'annotations', 'kubernetes.io/service-account.name'),
    ),
  };
}

export function toPersistentVolumeClaimFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): PersistentVolumeClaimFact | undefined {
  const m = namespacedMeta(object, intern);
  if (!m) return undefined;
  const status = record(object.status);
  const spec = record(object.spec);
  return {
    namespace: m.namespace,
    name: m.name,
    phase: intern.optional(str(status.phase)),
    storageBytes:
      parseQuantity(record(status.capacity).storage) ??
      parseQuantity(record(record(spec.resources).requests).storage),
    storageClass: intern.optional(str(spec.storageClassName)),
  };
}

export function toQuotaFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): QuotaFact | undefined {
  const m = namespacedMeta(object, intern);
  return (
    m && {
      namespace: m.namespace,
      name: m.name,
      hard: intern.strings(Object.keys(record(record(object.spec).hard))),
    }
  );
}

export function toLimitRangeFact(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): LimitRangeFact | undefined {
  const m = namespacedMeta(object, intern);
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
  intern: FactInterner = new FactInterner(),
): NetworkPolicyFact | undefined {
  const m = namespacedMeta(object, intern);
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
