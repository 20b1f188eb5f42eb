import fs from 'node:fs/promises';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { KubeObject } from './types';

/** Cluster metadata a snapshot may carry as a `ClusterSnapshotInfo` document. */
export interface SnapshotInfo {
  name: string | null;
  serverVersion: string | null;
  provider: string | null;
  region: string | null;
  capturedAt: string | null;
  servingCertificate: {
    notAfter: string;
    subject: string;
    issuer: string;
  } | null;
}

/** A parsed snapshot: objects as `kubectl get -o yaml` prints them, plus optional metadata. */
export interface Snapshot {
  objects: KubeObject[];
  info: SnapshotInfo;
}

/** A snapshot file that cannot be read, naming the file and the position in it. */
export class SnapshotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

const SNAPSHOT_INFO_KIND = 'ClusterSnapshotInfo';

/** Reads a snapshot file or a folder of them (recursively: .yaml, .yml, .json). */
export async function loadSnapshot(snapshotPath: string): Promise<Snapshot> {
  const files = await snapshotFiles(snapshotPath);
  const snapshot: Snapshot = {
    objects: [],
    info: {
      name: null,
      serverVersion: null,
      provider: null,
      region: null,
      capturedAt: null,
      servingCertificate: null,
    },
  };
  for (const file of files) {
    const text = await fs.readFile(file, 'utf8');
    for (const document of parseSnapshotText(text, file)) {
      if (document.kind === SNAPSHOT_INFO_KIND) {
        const spec = (document.spec ?? {}) as Record<string, unknown>;
        snapshot.info = {
          name: stringOrNull(document.metadata?.name),
          serverVersion: stringOrNull(spec.serverVersion),
          provider: stringOrNull(spec.provider),
          region: stringOrNull(spec.region),
          capturedAt: timestampOrNull(spec.capturedAt),
          servingCertificate: certificateOrNull(spec.apiServerCertificate),
        };
      } else {
        snapshot.objects.push(document);
      }
    }
  }
  return snapshot;
}

/**
 * Parses one file's text: multi-document YAML or JSON, with `kind: List` (and `XxxList`)
 * flattened into their items. Throws {@link SnapshotError} naming the file, line and column.
 */
export function parseSnapshotText(text: string, file: string): KubeObject[] {
  const objects: KubeObject[] = [];
  for (const doc of parseAllDocuments(text, { prettyErrors: true })) {
    const error = doc.errors[0];
    if (error) {
      const at = error.linePos?.[0];
      const where = at ? `${file}:${at.line}:${at.col}` : file;
      const message = error.message
        .split('\n')[0]
        .replace(/ at line \d+, column \d+:?$/, '');
      throw new SnapshotError(`${where}: ${message}`);
    }
    const value = doc.toJS();
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) {
      throw new SnapshotError(
        `${file}: expected a Kubernetes object, found ${typeof value}`,
      );
    }
    if (Array.isArray(value.items) && /List$/.test(String(value.kind ?? ''))) {
      for (const item of value.items) {
        if (item && typeof item === 'object') objects.push(item as KubeObject);
      }
    } else {
      objects.push(value as KubeObject);
    }
  }
  return objects;
}

async function snapshotFiles(snapshotPath: string): Promise<string[]> {
  let stat;
  try {
    stat = await fs.stat(snapshotPath);
  } catch {
    throw new SnapshotError(
      `${snapshotPath}: snapshot file or folder not found`,
    );
  }
  if (stat.isFile()) return [snapshotPath];
  const entries = await fs.readdir(snapshotPath, {
    withFileTypes: true,
    recursive: true,
  });
  const files = entries
    .filter(e => e.isFile() && /\.(ya?ml|json)$/i.test(e.name))
    .map(e => path.join(e.parentPath, e.name))
    .sort();
  if (files.length === 0) {
    throw new SnapshotError(
      `${snapshotPath}: the folder holds no .yaml, .yml or .json files`,
    );
  }
  return files;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value ? value : null;
}

/** YAML turns an unquoted timestamp into a Date; either way, an ISO string or null. */
function timestampOrNull(value: unknown): string | null {
  let date: Date | null = null;
  if (value instanceof Date) date = value;
  else if (typeof value === 'string') date = new Date(value);
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

/** `spec.apiServerCertificate: { notAfter, subject?, issuer? }` as the capture recorded it. */
function certificateOrNull(value: unknown): SnapshotInfo['servingCertificate'] {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const notAfter = timestampOrNull(v.notAfter);
  if (!notAfter) return null;
  return {
    notAfter,
    subject: stringOrNull(v.subject) ?? '',
    issuer: stringOrNull(v.issuer) ?? '',
  };
}
