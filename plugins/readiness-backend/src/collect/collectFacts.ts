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
import { ApiWriteTally } from './apiWrites';
import { ApiWriteFacts, ClusterFacts, FactKey, Known } from './facts';
import { FactInterner } from './intern';

/** LISTs in flight at once per cluster: enough to hide latency, few enough to be polite. */
const CONCURRENCY = 4;

/** One resource to list, the fact sources it feeds, and what each made of its objects. */
interface Listed {
  resource: ResourceType;
  metadataOnly: boolean;
  sources: FactSource<unknown>[];
  /** One column per source: what `sources[i]` mapped each object to, entries left flat. */
  columns: unknown[][];
  /** Objects each source could not map (malformed). */
  skipped: number[];
  /** The objects' write history (managedFields), for removed API versions. */
  writes: ApiWriteTally;
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
  const intern = new FactInterner();
  for (const key of keys) {
    for (const source of FACT_SOURCES[key] as FactSource<unknown>[]) {
      if (isServed(source.resource)) {
        const name = resourceName(source.resource);
        const entry = listed.get(name) ?? {
          resource: source.resource,
          metadataOnly: false,
          sources: [],
          columns: [],
          skipped: [],
          writes: new ApiWriteTally(),
          outcome: undefined,
        };
        entry.metadataOnly = Boolean(source.metadataOnly);
        entry.sources.push(source);
        entry.columns.push([]);
        entry.skipped.push(0);
        listed.set(name, entry);
      }
    }
  }
  await mapLimit([...listed.entries()], CONCURRENCY, async ([name, entry]) => {
    const { resource, metadataOnly, sources, columns, skipped } = entry;
    const add = (item: KubeObject) => {
      // Items of a LIST do not repeat their kind (the API server leaves it out): the mappers
      // that tell kinds apart (workloads, autoscalers, monitors, policies) read it from here.
      const object = item.kind ? item : { ...item, kind: resource.kind };
      entry.writes.add(object, resource.kind);
      for (let i = 0; i < sources.length; i++) {
        const mapped = sources[i].map(object, intern);
        if (mapped === undefined) skipped[i] += 1;
        else if (Array.isArray(mapped)) {
          for (const fact of mapped) columns[i].push(fact);
        } else columns[i].push(mapped);
      }
    };
    const clear = () => {
      for (let i = 0; i < sources.length; i++) {
        columns[i] = [];
        skipped[i] = 0;
      }
      entry.writes = new ApiWriteTally();
    };
    const outcome = await reader.list(resource, {
      metadataOnly,
      onPage: (objects, first) => {
        if (first) clear();
        for (const object of objects) add(object);
      },
    });
    if (outcome.ok) {
      // Readers that do not page (snapshots) return their objects instead.
      for (const object of outcome.items) add(object);
      entry.outcome = { ...outcome, items: [] };
    } else {
      clear();
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
      apiWrites: apiWritesOf(listed.values()),
    },
  };
}

/** The write history of every object of every LIST that succeeded. */
function apiWritesOf(lists: Iterable<Listed>): ApiWriteFacts {
  const facts: ApiWriteFacts = { objects: 0, withHistory: 0, removed: [] };
  for (const { outcome, writes } of lists) {
    if (!outcome?.ok) continue;
    facts.objects += writes.objects;
    facts.withHistory += writes.withHistory;
    facts.removed.push(...writes.removed);
  }
  return facts;
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
  let value: unknown[] = [];
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
    const skipped = entry.skipped[column];
    // A fact fed by one resource takes its column as it is: no second array of a hundred
    // thousand pods.
    if (value.length === 0) value = entry.columns[column];
    else for (const fact of entry.columns[column]) value.push(fact);
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
