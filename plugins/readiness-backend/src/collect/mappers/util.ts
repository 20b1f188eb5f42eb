import { KubeObject } from '../../kube/types';
import { FactInterner } from '../intern';

// Mappers return undefined for an object too malformed to use (no name, say); the collector
// counts those and reports them instead of failing the whole list.

export interface Meta {
  name: string;
  /** Interned: every object of a namespace shares the one string. */
  namespace: string;
  /** The object's `metadata`, for the labels or annotations a mapper reads. */
  raw: Record<string, any>;
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

export function meta(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): Meta | undefined {
  const raw = record(object?.metadata);
  const name = str(raw.name);
  if (!name) return undefined;
  return { name, namespace: intern.string(str(raw.namespace) ?? ''), raw };
}

/** Like {@link meta} but requires a namespace, for namespaced kinds. */
export function namespacedMeta(
  object: KubeObject,
  intern: FactInterner = new FactInterner(),
): Meta | undefined {
  const m = meta(object, intern);
  return m && m.namespace ? m : undefined;
}

/** A label or annotation value of an object, or null. */
export function metaValue(
  m: Meta,
  field: 'labels' | 'annotations',
  key: string,
): string | null {
  const value = record(m.raw[field])[key];
  return typeof value === 'string' ? value : null;
}

/** The time a condition of the given type last became True, or null. */
export function conditionTrue(status: unknown, type: string): boolean | null {
  const condition = array(record(status).conditions).find(
    c => record(c).type === type,
  );
  if (!condition) return null;
  return record(condition).status === 'True';
}
