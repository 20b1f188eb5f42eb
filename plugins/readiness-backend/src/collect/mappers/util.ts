import { KubeObject } from '../../kube/types';

// Mappers return undefined for an object too malformed to use (no name, say); the collector
// counts those and reports them instead of failing the whole list.

export interface Meta {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

/** A plain object, or {} for anything else: objects from the wire are untrusted. */
export function record(value: unknown): Record<string, any> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as any)
    : {};
}

export function array(value: unknown): any[] {
  return Array.isArray(value) ? value : [];
}

export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(record(value))) {
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}

export function str(value: unknown): string | null {
  return typeof value === 'string' && value ? value : null;
}

export function meta(object: KubeObject): Meta | undefined {
  const m = record(object?.metadata);
  const name = str(m.name);
  if (!name) return undefined;
  return {
    name,
    namespace: str(m.namespace) ?? '',
    labels: stringMap(m.labels),
    annotations: stringMap(m.annotations),
  };
}

/** Like {@link meta} but requires a namespace, for namespaced kinds. */
export function namespacedMeta(object: KubeObject): Meta | undefined {
  const m = meta(object);
  return m && m.namespace ? m : undefined;
}

/** The time a condition of the given type last became True, or null. */
export function conditionTrue(status: unknown, type: string): boolean | null {
  const condition = array(record(status).conditions).find(
    c => record(c).type === type,
  );
  if (!condition) return null;
  return record(condition).status === 'True';
}
