import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { ClusterSnapshotInfo, KubeObject } from './types.ts';

/** Objects to serve plus the cluster metadata found beside them. */
export interface Snapshot {
  objects: KubeObject[];
  info?: ClusterSnapshotInfo;
}

const SNAPSHOT_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** The document kind that carries cluster metadata instead of a served object. */
export const CLUSTER_SNAPSHOT_INFO_KIND = 'ClusterSnapshotInfo';

function isList(doc: KubeObject): boolean {
  return (
    Array.isArray(doc.items) &&
    typeof doc.kind === 'string' &&
    doc.kind.endsWith('List')
  );
}

/**
 * Flattens `kind: List` and typed lists (`PodList`, as `kubectl get -o yaml`
 * or `--raw` print them); items of typed lists may omit kind/apiVersion, so
 * they inherit them from the list.
 */
function flatten(doc: unknown, into: Snapshot): void {
  if (doc === null || doc === undefined) return;
  if (Array.isArray(doc)) {
    doc.forEach(d => flatten(d, into));
    return;
  }
  if (typeof doc !== 'object') {
    throw new Error(`expected a Kubernetes object, got ${JSON.stringify(doc)}`);
  }
  const object = doc as KubeObject;
  if (object.kind === CLUSTER_SNAPSHOT_INFO_KIND) {
    const spec = (object.spec ?? {}) as ClusterSnapshotInfo;
    into.info = {
      ...into.info,
      ...(object.metadata?.name ? { name: object.metadata.name } : {}),
      ...spec,
    };
    return;
  }
  if (isList(object)) {
    const itemKind =
      object.kind === 'List' ? undefined : object.kind!.slice(0, -4);
    for (const item of object.items as KubeObject[]) {
      flatten(
        item && typeof item === 'object' && !Array.isArray(item)
          ? {
              ...(itemKind && !item.kind
                ? { apiVersion: object.apiVersion, kind: itemKind }
                : {}),
              ...item,
            }
          : item,
        into,
      );
    }
    return;
  }
  into.objects.push(object);
}

/** Parses one file's text: multi-document YAML or JSON (an object, a list or an array). */
export function parseSnapshotText(text: string, source = '<text>'): Snapshot {
  const snapshot: Snapshot = { objects: [] };
  if (source.endsWith('.json')) {
    flatten(JSON.parse(text), snapshot);
    return snapshot;
  }
  for (const document of parseAllDocuments(text)) {
    if (document.errors.length > 0) {
      throw new Error(`${source}: ${document.errors[0].message}`);
    }
    flatten(document.toJS(), snapshot);
  }
  return snapshot;
}

async function snapshotFiles(path: string): Promise<string[]> {
  if (!(await stat(path)).isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) files.push(...(await snapshotFiles(full)));
    else if (SNAPSHOT_EXTENSIONS.has(extname(entry.name))) files.push(full);
  }
  return files;
}

/**
 * Reads a snapshot from a file or a folder (recursively, `*.yaml`, `*.yml`,
 * `*.json`, in name order). `ClusterSnapshotInfo` documents
 * (`readiness.dev/v1alpha1`) become `info`; every other object is served.
 */
export async function loadSnapshotObjects(path: string): Promise<Snapshot> {
  const snapshot: Snapshot = { objects: [] };
  for (const file of await snapshotFiles(path)) {
    const part = parseSnapshotText(await readFile(file, 'utf8'), file);
    snapshot.objects.push(...part.objects);
    if (part.info) snapshot.info = { ...snapshot.info, ...part.info };
  }
  return snapshot;
}
