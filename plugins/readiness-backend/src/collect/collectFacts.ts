import { CoverageGap } from '@readiness/plugin-readiness-common';
import {
  ClusterReader,
  KubeObject,
  ListOutcome,
  ResourceType,
  groupVersion,
  resourceName,
} from '../kube/types';
import { FACT_SOURCES, FactSource } from './factSources';
import { ClusterFacts, FactKey, Known } from './facts';

/** LISTs in flight at once per cluster: enough to hide latency, few enough to be polite. */
const CONCURRENCY = 4;

/** One resource to list, the fact sources it feeds, and what each made of its objects. */
interface Listed {
  resource: ResourceType;
  metadataOnly: boolean;
  sources: FactSource<unknown>[];
  /** One row per object: the i-th entry is what `sources[i]` mapped it to. */
  rows: unknown[][];
  outcome: ListOutcome | undefined;
}

async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const workers = Array.from(
    { length: Math.min(limit, items.length) },
    async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await fn(items[index]);
      }
    },
  );
  await Promise.all(workers);
  return results;
}

/**
 * Reads one cluster into facts. Nothing here throws for a cluster's sake: an unreachable server
 * makes every fact unknown with the reason, a forbidden kind makes its facts unknown, a CRD the
 * cluster does not serve makes its facts "not installed", and malformed objects are skipped and
 * counted.
 */
export async function collectFacts(
  reader: ClusterReader,
  scannedAt: Date,
): Promise<{ facts: ClusterFacts; reachable: boolean }> {
  const gaps: CoverageGap[] = [];
  const keys = Object.keys(FACT_SOURCES) as FactKey[];
  const info = await reader.serverInfo();
  if (!info.ok) {
    return {
      reachable: false,
      facts: unreadableCluster(
        reader.name,
        scannedAt,
        reader.declared,
        info.reason,
        info.statusCode,
      ),
    };
  }

  const served = info.info.groupVersions;
  const isServed = (resource: ResourceType) =>
    !resource.crd || served === null || served.has(groupVersion(resource));

  // Each resource is listed once even when several facts need it. Its objects are mapped by
  // every source that needs them as each page arrives: a hundred thousand pods are held as
  // facts, never as whole objects.
  const listed = new Map<string, Listed>();
  for (const key of keys) {
    for (const source of FACT_SOURCES[key] as FactSource<unknown>[]) {
      if (isServed(source.resource)) {
        const name = resourceName(source.resource);
        const entry = listed.get(name) ?? {
          resource: source.resource,
          metadataOnly: false,
          sources: [],
          rows: [],
          outcome: undefined,
        };
        entry.metadataOnly = Boolean(source.metadataOnly);
        entry.sources.push(source);
        listed.set(name, entry);
      }
    }
  }
  await mapLimit([...listed.entries()], CONCURRENCY, async ([name, entry]) => {
    const { resource, metadataOnly, sources, rows } = entry;
    const toRow = (object: KubeObject) => sources.map(s => s.map(object));
    const outcome = await reader.list(resource, {
      metadataOnly,
      onPage: (objects, first) => {
        if (first) rows.length = 0;
        for (const object of objects) rows.push(toRow(object));
      },
    });
    if (outcome.ok) {
      // Readers that do not page (snapshots) return their objects instead.
      for (const object of outcome.items) rows.push(toRow(object));
      entry.outcome = { ...outcome, items: [] };
    } else {
      rows.length = 0;
      entry.outcome = outcome;
      gaps.push({
        resource: name,
        reason: outcome.reason,
        statusCode: outcome.statusCode,
      });
    }
  });

  const facts: Partial<ClusterFacts> = {};
  for (const key of keys) {
    (facts as any)[key] = combine(
      FACT_SOURCES[key] as FactSource<unknown>[],
      listed,
      gaps,
    );
  }
  return {
    reachable: true,
    facts: {
      ...(facts as ClusterFacts),
      cluster: reader.name,
      scannedAt: scannedAt.toISOString(),
      ...(info.info.capturedAt ? { observedAt: info.info.capturedAt } : {}),
      server: {
        version: info.info.version,
        groupVersions: served ? [...served].sort() : null,
        ...(info.info.servingCertificate
          ? { servingCertificate: info.info.servingCertificate }
          : {}),
        ...reader.declared,
      },
      coverageGaps: gaps,
    },
  };
}

/** The facts of a cluster that could not be read at all: every one unknown, with the reason. */
export function unreadableCluster(
  cluster: string,
  scannedAt: Date,
  declared: { provider: string | null; region: string | null },
  reason: string,
  statusCode: number | null,
): ClusterFacts {
  const down: Known<never> = { ok: false, reason, statusCode };
  return {
    cluster,
    scannedAt: scannedAt.toISOString(),
    server: { version: null, groupVersions: null, ...declared },
    coverageGaps: [{ resource: 'cluster', reason, statusCode }],
    ...Object.fromEntries(
      (Object.keys(FACT_SOURCES) as FactKey[]).map(k => [k, down]),
    ),
  } as ClusterFacts;
}

function combine(
  sources: FactSource<unknown>[],
  listed: Map<string, Listed>,
  gaps: CoverageGap[],
): Known<unknown[]> {
  const value: unknown[] = [];
  let installed = false;
  for (const source of sources) {
    const name = resourceName(source.resource);
    const entry = listed.get(name);
    const outcome = entry?.outcome;
    if (!entry || !outcome) continue; // a CRD the cluster does not serve
    if (!outcome.ok)
      return {
        ok: false,
        reason: outcome.reason,
        statusCode: outcome.statusCode,
      };
    installed = true;
    const column = entry.sources.indexOf(source);
    let skipped = 0;
    for (const row of entry.rows) {
      const mapped = row[column];
      if (mapped === undefined) skipped += 1;
      else if (Array.isArray(mapped)) value.push(...mapped);
      else value.push(mapped);
    }
    if (skipped > 0 && !gaps.some(g => g.resource === name)) {
      gaps.push({
        resource: name,
        reason: `${skipped} malformed object(s) without a name or namespace were skipped`,
        statusCode: null,
      });
    }
  }
  const builtIn = sources.some(s => !s.resource.crd);
  return builtIn ? { ok: true, value } : { ok: true, value, installed };
}
