import { KubeObject } from '../kube/types';
import { apiRemoval } from '../lifecycle/removedApiVersions';
import { RemovedApiWrite } from './facts';

/** Running tally of one LIST's objects' write history; reset when a LIST restarts. */
export class ApiWriteTally {
  objects = 0;
  withHistory = 0;
  removed: RemovedApiWrite[] = [];

  /** Reads one object's `managedFields`: which manager last wrote it, with what API version. */
  add(object: KubeObject, kind: string): void {
    this.objects += 1;
    const metadata = object.metadata as
      | { name?: unknown; namespace?: unknown; managedFields?: unknown }
      | undefined;
    const entries = metadata?.managedFields;
    if (!Array.isArray(entries) || entries.length === 0) return;
    this.withHistory += 1;
    let seen: Set<string> | undefined;
    for (const entry of entries) {
      const { manager, apiVersion } = (entry ?? {}) as Record<string, unknown>;
      if (typeof apiVersion !== 'string') continue;
      const removal = apiRemoval(apiVersion, kind);
      if (!removal || typeof metadata?.name !== 'string') continue;
      const who = typeof manager === 'string' ? manager : 'an unnamed manager';
      // One finding per manager: an Apply and an Update entry say the same thing.
      seen ??= new Set();
      if (seen.has(who)) continue;
      seen.add(who);
      this.removed.push({
        kind,
        ...(typeof metadata.namespace === 'string'
          ? { namespace: metadata.namespace }
          : {}),
        name: metadata.name,
        manager: who,
        apiVersion,
        ...removal,
      });
    }
  }
}
