import { KubeObject } from '../kube/types';
import {
  KUBERNETES_ID_LABEL,
  LimitRangeFact,
  NamespaceFact,
  NetworkPolicyFact,
  PodFact,
  QuotaFact,
  WorkloadFact,
} from './facts';

// Each mapper returns undefined for an object too malformed to use (no name, say); the
// collector counts those and reports them instead of failing the whole list.

type Meta = { name: string; namespace: string; labels: Record<string, string> };

function meta(object: KubeObject): Meta | undefined {
  const name = object?.metadata?.name;
  if (typeof name !== 'string' || !name) return undefined;
  const namespace = object.metadata?.namespace;
  const labels = object.metadata?.labels;
  return {
    name,
    namespace: typeof namespace === 'string' ? namespace : '',
    labels: labels && typeof labels === 'object' ? labels : {},
  };
}

function record(value: unknown): Record<string, any> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as any) : {};
}

export function toNamespaceFact(object: KubeObject): NamespaceFact | undefined {
  const m = meta(object);
  return m && { name: m.name, labels: m.labels };
}

export function toPodFact(object: KubeObject): PodFact | undefined {
  const m = meta(object);
  if (!m || !m.namespace) return undefined;
  const spec = record(object.spec);
  const status = record(object.status);
  return {
    namespace: m.namespace,
    name: m.name,
    // An unset serviceAccountName means the pod runs as `default`.
    serviceAccount: spec.serviceAccountName || spec.serviceAccount || 'default',
    phase: typeof status.phase === 'string' ? status.phase : null,
    kubernetesId: m.labels[KUBERNETES_ID_LABEL] ?? null,
  };
}

export function toWorkloadFact(object: KubeObject): WorkloadFact | undefined {
  const m = meta(object);
  if (!m || !m.namespace) return undefined;
  const template = record(record(record(object.spec).template).metadata).labels ?? {};
  return {
    kind: String(object.kind ?? 'Workload'),
    namespace: m.namespace,
    name: m.name,
    kubernetesId: m.labels[KUBERNETES_ID_LABEL] ?? template[KUBERNETES_ID_LABEL] ?? null,
  };
}

export function toQuotaFact(object: KubeObject): QuotaFact | undefined {
  const m = meta(object);
  if (!m || !m.namespace) return undefined;
  return {
    namespace: m.namespace,
    name: m.name,
    hard: Object.keys(record(record(object.spec).hard)),
  };
}

export function toLimitRangeFact(object: KubeObject): LimitRangeFact | undefined {
  const m = meta(object);
  return m && m.namespace ? { namespace: m.namespace, name: m.name } : undefined;
}

function isEmptySelector(selector: unknown): boolean {
  const s = record(selector);
  const labels = record(s.matchLabels);
  const expressions = Array.isArray(s.matchExpressions) ? s.matchExpressions : [];
  return Object.keys(labels).length === 0 && expressions.length === 0;
}

export function toNetworkPolicyFact(object: KubeObject): NetworkPolicyFact | undefined {
  const m = meta(object);
  if (!m || !m.namespace) return undefined;
  const spec = record(object.spec);
  const declaredTypes: string[] = Array.isArray(spec.policyTypes) ? spec.policyTypes : [];
  const egressRules: unknown[] = Array.isArray(spec.egress) ? spec.egress : [];
  const ingressRules: unknown[] = Array.isArray(spec.ingress) ? spec.ingress : [];
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
