import { parseFieldSelector } from './fieldSelector.ts';
import { parseLabelSelector, SelectorError } from './labelSelector.ts';
import {
  ContinueTokenError,
  decodeContinue,
  encodeContinue,
  paginate,
} from './paging.ts';
import { groupVersionString } from './resources.ts';
import {
  badRequestStatus,
  expiredContinueStatus,
  notFoundStatus,
  type KubeStatus,
} from './status.ts';
import type { ObjectStore } from './store.ts';
import type { KubeObject, ResourceDefinition } from './types.ts';

/** A resource request after routing. */
export interface ResourceRequest {
  def: ResourceDefinition;
  group: string;
  version: string;
  namespace?: string;
  name?: string;
  query: Record<string, string>;
}

/** What a read produced: objects to print, or a failure Status. */
export type ReadResult =
  | { kind: 'object'; object: KubeObject }
  | {
      kind: 'list';
      list: {
        kind: string;
        apiVersion: string;
        metadata: Record<string, unknown>;
        items: KubeObject[];
      };
    }
  | { kind: 'status'; status: KubeStatus };

/** The object as served at the requested version, with kind and apiVersion. */
export function asServed(
  request: ResourceRequest,
  object: KubeObject,
): KubeObject {
  const { apiVersion: _a, kind: _k, ...rest } = object;
  return {
    apiVersion: groupVersionString(request.group, request.version),
    kind: request.def.kind,
    ...rest,
  };
}

// Typed (built-in and aggregated) lists leave kind/apiVersion off their
// items; a CRD's unstructured list keeps them on every item.
function asListItem(request: ResourceRequest, object: KubeObject): KubeObject {
  if (request.def.source === 'crd') return asServed(request, object);
  const { apiVersion: _a, kind: _k, ...rest } = object;
  return rest;
}

/** GET of one object. */
export function readObject(
  store: ObjectStore,
  request: ResourceRequest,
): ReadResult {
  const object = store.get(request.def, request.namespace, request.name!);
  if (!object) {
    return {
      kind: 'status',
      status: notFoundStatus({
        group: request.group,
        plural: request.def.plural,
        name: request.name,
      }),
    };
  }
  return { kind: 'object', object: asServed(request, object) };
}

/** The objects a list or watch selects, in key order, keyed relative to its scope. */
export function selectObjects(
  store: ObjectStore,
  request: ResourceRequest,
): Array<{ key: string; value: KubeObject }> {
  const matchLabels = parseLabelSelector(request.query.labelSelector ?? '');
  const matchFields = parseFieldSelector(
    request.query.fieldSelector ?? '',
    request.def,
  );
  return store
    .list(request.def, request.namespace)
    .filter(
      s => matchLabels(s.object.metadata?.labels) && matchFields(s.object),
    )
    .map(s => ({
      key: request.namespace === undefined ? s.key : s.object.metadata!.name!,
      value: s.object,
    }));
}

/**
 * LIST with selectors and paging. `expireContinue` answers a request that
 * carries a valid continue token with 410, as after an etcd compaction.
 */
export function readList(
  store: ObjectStore,
  request: ResourceRequest,
  expireContinue: boolean,
): ReadResult {
  const { query } = request;
  try {
    const selected = selectObjects(store, request);
    let start: string | undefined;
    let rv = Number(store.resourceVersion);
    if (query.continue) {
      const token = decodeContinue(query.continue);
      if (query.resourceVersion && query.resourceVersion !== '0') {
        return {
          kind: 'status',
          status: badRequestStatus(
            'specifying resource version is not allowed when using continue',
          ),
        };
      }
      if (expireContinue) {
        return {
          kind: 'status',
          status: expiredContinueStatus(encodeContinue(token.start, -1)),
        };
      }
      start = token.start;
      if (token.rv > 0) rv = token.rv;
    }
    if (query.limit !== undefined && !/^-?\d+$/.test(query.limit)) {
      return {
        kind: 'status',
        status: badRequestStatus(
          `strconv.ParseInt: parsing "${query.limit}": invalid syntax`,
        ),
      };
    }
    const page = paginate(selected, {
      limit: query.limit === undefined ? undefined : Number(query.limit),
      start,
      rv,
      selectorsApplied: Boolean(query.labelSelector || query.fieldSelector),
    });
    const metadata: Record<string, unknown> = { resourceVersion: String(rv) };
    if (page.continue) metadata.continue = page.continue;
    if (page.remainingItemCount !== undefined) {
      metadata.remainingItemCount = page.remainingItemCount;
    }
    return {
      kind: 'list',
      list: {
        kind: `${request.def.kind}List`,
        apiVersion: groupVersionString(request.group, request.version),
        metadata,
        items: page.items.map(o => asListItem(request, o)),
      },
    };
  } catch (error) {
    if (error instanceof SelectorError || error instanceof ContinueTokenError) {
      return { kind: 'status', status: badRequestStatus(error.message) };
    }
    throw error;
  }
}
