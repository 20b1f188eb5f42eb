import { createHash } from 'node:crypto';
import {
  byCodeUnits,
  parseApiVersion,
  type ResourceRegistry,
} from './resources.ts';
import type { KubeObject, ResourceDefinition } from './types.ts';

/** An object as stored: its storage key orders lists like etcd does. */
export interface StoredObject {
  /** `namespace/name` for namespaced resources, `name` otherwise. */
  key: string;
  object: KubeObject;
}

/** Read access to the snapshot's objects, grouped by resource. */
export interface ObjectStore {
  /** The cluster-wide resourceVersion lists report. */
  resourceVersion: string;
  /** Objects of a resource, optionally in one namespace, in key order. */
  list(def: ResourceDefinition, namespace?: string): StoredObject[];
  get(
    def: ResourceDefinition,
    namespace: string | undefined,
    name: string,
  ): KubeObject | undefined;
}

/** A stable UUID, so that objects keep their uid across server restarts. */
function stableUid(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `5${hex.slice(13, 16)}`,
    ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16) +
      hex.slice(18, 20),
    hex.slice(20, 32),
  ].join('-');
}

/** RFC 3339 without fractional seconds, as metav1.Time serializes. */
export function kubeTimestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const storeKey = (def: ResourceDefinition) => `${def.group}/${def.plural}`;

/**
 * Copies the objects and fills what a real server always sets: uid,
 * resourceVersion, creationTimestamp, and the default namespace. Namespaces
 * that objects live in but that the snapshot lacks are created, since no
 * cluster can hold objects in a namespace that does not exist.
 */
export function buildObjectStore(
  objects: KubeObject[],
  registry: ResourceRegistry,
  now: Date,
): ObjectStore {
  const buckets = new Map<string, StoredObject[]>();
  let nextRv = 1000;
  let maxRv = 0;
  const seen = new Set<string>();
  const namespacesUsed = new Set<string>();

  const insert = (source: KubeObject, index: number) => {
    if (!source.apiVersion || !source.kind) {
      throw new Error(
        `snapshot object #${index} has no apiVersion/kind: ${JSON.stringify(
          source,
        ).slice(0, 120)}`,
      );
    }
    const object = structuredClone(source);
    const { group } = parseApiVersion(object.apiVersion!);
    const def = registry.findByKind(group, object.kind!);
    const metadata = (object.metadata ??= {});
    if (!def) return;
    if (!metadata.name) {
      throw new Error(`snapshot ${object.kind} #${index} has no metadata.name`);
    }
    if (def.namespaced) {
      metadata.namespace ??= 'default';
      namespacesUsed.add(metadata.namespace);
    } else {
      delete metadata.namespace;
    }
    const key = def.namespaced
      ? `${metadata.namespace}/${metadata.name}`
      : metadata.name;
    if (seen.has(`${storeKey(def)}|${key}`)) return;
    seen.add(`${storeKey(def)}|${key}`);
    metadata.uid ??= stableUid(`${storeKey(def)}|${key}`);
    metadata.resourceVersion ??= String(nextRv++);
    metadata.creationTimestamp ??= kubeTimestamp(now);
    maxRv = Math.max(maxRv, Number(metadata.resourceVersion) || 0);
    const bucket = buckets.get(storeKey(def)) ?? [];
    bucket.push({ key, object });
    buckets.set(storeKey(def), bucket);
  };

  objects.forEach(insert);
  const namespaces = new Set(
    (buckets.get('/namespaces') ?? []).map(s => s.key),
  );
  [...namespacesUsed]
    .filter(ns => !namespaces.has(ns))
    .forEach((name, i) =>
      insert(
        {
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name, labels: { 'kubernetes.io/metadata.name': name } },
          spec: { finalizers: ['kubernetes'] },
          status: { phase: 'Active' },
        },
        objects.length + i,
      ),
    );
  for (const bucket of buckets.values()) {
    bucket.sort((a, b) => byCodeUnits(a.key, b.key));
  }
  const resourceVersion = String(Math.max(maxRv, nextRv));

  return {
    resourceVersion,
    list: (def, namespace) => {
      const bucket = buckets.get(storeKey(def)) ?? [];
      return namespace === undefined
        ? bucket
        : bucket.filter(s => s.object.metadata?.namespace === namespace);
    },
    get: (def, namespace, name) => {
      const key = def.namespaced ? `${namespace}/${name}` : name;
      return (buckets.get(storeKey(def)) ?? []).find(s => s.key === key)
        ?.object;
    },
  };
}
