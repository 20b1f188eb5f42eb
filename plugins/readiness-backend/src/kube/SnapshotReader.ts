import {
  ClusterReader,
  ListOptions,
  ListOutcome,
  ReadFailure,
  ResourceType,
  ServerInfo,
} from './types';
import { Snapshot, SnapshotError, loadSnapshot } from './snapshot';

/**
 * Reads a cluster captured in files. The snapshot is re-read on every scan so an operator can
 * replace the files without restarting; a broken file becomes a failed scan, not a crash.
 */
export class SnapshotReader implements ClusterReader {
  /** The configured name; without one, the snapshot's own (ClusterSnapshotInfo) once read. */
  name: string;
  declared: { provider: string | null; region: string | null } = {
    provider: null,
    region: null,
  };
  readonly #path: string;
  #snapshot: Promise<Snapshot> | undefined;

  readonly #named: boolean;

  constructor(name: string | undefined, snapshotPath: string) {
    this.name = name ?? 'snapshot';
    this.#named = name !== undefined;
    this.#path = snapshotPath;
  }

  async serverInfo(): Promise<{ ok: true; info: ServerInfo } | ReadFailure> {
    try {
      const snapshot = await this.#load();
      if (!this.#named && snapshot.info.name) this.name = snapshot.info.name;
      this.declared = {
        provider: snapshot.info.provider,
        region: snapshot.info.region,
      };
      // A snapshot holds what was captured; which groups the server served is not recorded.
      return {
        ok: true,
        info: {
          version: snapshot.info.serverVersion,
          groupVersions: null,
          ...(snapshot.info.capturedAt
            ? { capturedAt: snapshot.info.capturedAt }
            : {}),
          ...(snapshot.info.servingCertificate
            ? { servingCertificate: snapshot.info.servingCertificate }
            : {}),
        },
      };
    } catch (error) {
      return {
        ok: false,
        errorType: 'malformed',
        statusCode: null,
        reason: error instanceof SnapshotError ? error.message : String(error),
      };
    }
  }

  async list(
    resource: ResourceType,
    options?: ListOptions,
  ): Promise<ListOutcome> {
    try {
      const snapshot = await this.#load();
      const items = snapshot.objects.filter(o => {
        const [group, version] = splitApiVersion(o.apiVersion);
        return (
          o.kind === resource.kind &&
          group === resource.group &&
          version !== undefined
        );
      });
      if (options?.metadataOnly) {
        return {
          ok: true,
          items: items.map(o => ({
            apiVersion: o.apiVersion,
            kind: o.kind,
            metadata: o.metadata,
          })),
          pages: 1,
        };
      }
      return { ok: true, items, pages: 1 };
    } catch (error) {
      return {
        ok: false,
        errorType: 'malformed',
        statusCode: null,
        reason: String(error),
      };
    }
  }

  #load(): Promise<Snapshot> {
    this.#snapshot ??= loadSnapshot(this.#path);
    return this.#snapshot;
  }
}

function splitApiVersion(apiVersion: unknown): [string, string | undefined] {
  if (typeof apiVersion !== 'string') return ['', undefined];
  const slash = apiVersion.indexOf('/');
  return slash < 0
    ? ['', apiVersion]
    : [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
}
