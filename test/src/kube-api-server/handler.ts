import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  apiGroupBody,
  apiGroupListBody,
  apiResourceListBody,
  apiVersionsBody,
} from './discovery.ts';
import type { FaultInjector, FaultRule } from './faults.ts';
import {
  asServed,
  readList,
  readObject,
  selectObjects,
  type ReadResult,
  type ResourceRequest,
} from './reads.ts';
import { groupVersionString, type ResourceRegistry } from './resources.ts';
import { parseRoute, type Route } from './routes.ts';
import { SelectorError } from './labelSelector.ts';
import {
  badRequestStatus,
  kubeStatus,
  statusForCode,
  unauthorizedStatus,
  unknownPathStatus,
} from './status.ts';
import type { ObjectStore } from './store.ts';
import { toTable, wantsTable } from './table.ts';
import { json, send, statusReply, text, type Reply } from './reply.ts';
import { streamWatch } from './watch.ts';

/** One entry of the server's request log. */
export interface RequestLogEntry {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
}

/** Everything a request handler reads; owned by the server. */
export interface HandlerContext {
  registry: ResourceRegistry;
  store: ObjectStore;
  faults: FaultInjector;
  token: string;
  /** The identity RBAC denials name. */
  user: string;
  versionBody: Record<string, string>;
  serverAddress: string;
  log: RequestLogEntry[];
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

function verbOf(route: Route, query: Record<string, string>): string {
  if (route.type !== 'resource') return 'get';
  if (query.watch === 'true' || query.watch === '1') return 'watch';
  return route.name === undefined ? 'list' : 'get';
}

function faultReply(
  ctx: HandlerContext,
  rule: FaultRule,
  route: Route,
  verb: string,
  path: string,
): Reply {
  const retryAfter = String(rule.retryAfterSeconds ?? 1);
  if (rule.status === 429 && rule.body !== 'status') {
    // Priority and fairness rejects with http.Error, not a Status.
    return text(429, 'Too many requests, please try again later.\n', {
      'Retry-After': retryAfter,
    });
  }
  const target =
    route.type === 'resource'
      ? {
          group: route.group,
          plural: route.def.plural,
          name: route.name,
          namespace: route.namespace,
        }
      : undefined;
  const reply = statusReply(
    statusForCode(
      rule.status!,
      {
        user: ctx.user,
        verb,
        target,
        path,
        retryAfterSeconds: rule.retryAfterSeconds,
      },
      rule.message,
    ),
  );
  if (rule.status === 429) reply.headers['Retry-After'] = retryAfter;
  return reply;
}

function readReply(
  result: ReadResult,
  request: ResourceRequest,
  ctx: HandlerContext,
  accept: string | undefined,
): Reply {
  if (result.kind === 'status') return statusReply(result.status);
  if (wantsPartialMetadata(accept)) return partialMetadataReply(result);
  if (!wantsTable(accept)) {
    return json(200, result.kind === 'list' ? result.list : result.object);
  }
  const objects =
    result.kind === 'list'
      ? result.list.items.map(o => asServed(request, o))
      : [result.object];
  const metadata =
    result.kind === 'list'
      ? result.list.metadata
      : { resourceVersion: ctx.store.resourceVersion };
  const table = toTable(
    request.def,
    objects,
    metadata,
    request.query.includeObject,
    new Date(),
  );
  return json(200, table, 'application/json;as=Table;v=v1;g=meta.k8s.io');
}

/**
 * `Accept: application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1`: the server sends
 * metadata only, as a real API server does for metadata informers (and scanners that must not
 * see Secret values).
 */
function wantsPartialMetadata(accept: string | undefined): boolean {
  return /as=PartialObjectMetadata(List)?\b/.test(accept ?? '');
}

function partialMetadataReply(
  result: Exclude<ReadResult, { kind: 'status' }>,
): Reply {
  const partial = (o: { metadata?: unknown }) => ({
    kind: 'PartialObjectMetadata',
    apiVersion: 'meta.k8s.io/v1',
    metadata: o.metadata,
  });
  if (result.kind === 'list') {
    return json(
      200,
      {
        kind: 'PartialObjectMetadataList',
        apiVersion: 'meta.k8s.io/v1',
        metadata: result.list.metadata,
        items: result.list.items.map(partial),
      },
      'application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io',
    );
  }
  return json(
    200,
    partial(result.object),
    'application/json;as=PartialObjectMetadata;v=v1;g=meta.k8s.io',
  );
}

function nonResourceReply(ctx: HandlerContext, route: Route): Reply {
  switch (route.type) {
    case 'root':
      return json(200, {
        paths: [
          '/api',
          '/api/v1',
          '/apis',
          ...ctx.registry
            .groups()
            .flatMap(g => [
              `/apis/${g}`,
              ...ctx.registry.versionsOf(g).map(v => `/apis/${g}/${v}`),
            ]),
          '/healthz',
          '/livez',
          '/readyz',
          '/version',
        ],
      });
    case 'health':
      return text(200, 'ok');
    case 'version':
      return json(200, ctx.versionBody);
    case 'api':
      return json(200, apiVersionsBody(ctx.serverAddress));
    case 'apis':
      return json(200, apiGroupListBody(ctx.registry));
    case 'group': {
      const body = apiGroupBody(ctx.registry, route.group);
      return body ? json(200, body) : text(404, '404 page not found\n');
    }
    case 'groupVersion': {
      const body = apiResourceListBody(
        ctx.registry,
        route.group,
        route.version,
      );
      return body ? json(200, body) : statusReply(unknownPathStatus());
    }
    case 'notFound':
    default:
      return route.type === 'notFound' && route.style === 'text'
        ? text(404, '404 page not found\n')
        : statusReply(unknownPathStatus());
  }
}

async function serve(
  ctx: HandlerContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  entry: RequestLogEntry,
  reply: (r: Reply, truncate?: boolean) => void,
): Promise<void> {
  const { query, method } = entry;

  if (ctx.token && req.headers.authorization !== `Bearer ${ctx.token}`) {
    reply(statusReply(unauthorizedStatus()));
    return;
  }
  const route = parseRoute(url.pathname, ctx.registry);
  const verb = verbOf(route, query);
  if (method !== 'GET') {
    reply(
      statusReply(
        kubeStatus(
          405,
          'MethodNotAllowed',
          'the server does not allow this method on the requested resource',
          {},
        ),
      ),
    );
    return;
  }
  const rule = ctx.faults.take({
    verb,
    group: route.type === 'resource' ? route.group : undefined,
    plural: route.type === 'resource' ? route.def.plural : undefined,
    namespace: route.type === 'resource' ? route.namespace : undefined,
    hasContinue: Boolean(query.continue),
  });
  if (rule?.delayMs) await sleep(rule.delayMs);
  if (rule?.status) {
    reply(faultReply(ctx, rule, route, verb, url.pathname));
    return;
  }
  if (route.type !== 'resource') {
    reply(nonResourceReply(ctx, route), rule?.truncate);
    return;
  }

  const request: ResourceRequest = { ...route, query };
  if (verb === 'watch') {
    const selected = selectObjects(ctx.store, request).map(s =>
      asServed(request, s.value),
    );
    entry.status = 200;
    streamWatch(res, selected, {
      resourceVersion: query.resourceVersion,
      sendInitialEvents:
        query.sendInitialEvents === undefined
          ? undefined
          : query.sendInitialEvents === 'true',
      allowWatchBookmarks: query.allowWatchBookmarks === 'true',
      timeoutSeconds: query.timeoutSeconds
        ? Number(query.timeoutSeconds)
        : undefined,
      currentResourceVersion: ctx.store.resourceVersion,
      kind: route.def.kind,
      apiVersion: groupVersionString(route.group, route.version),
    });
    return;
  }
  const result =
    verb === 'get'
      ? readObject(ctx.store, request)
      : readList(ctx.store, request, Boolean(rule?.expireContinue));
  reply(readReply(result, request, ctx, req.headers.accept), rule?.truncate);
}

/** Serves one request: authentication, routing, fault injection, then the read. */
export async function handleRequest(
  ctx: HandlerContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const entry: RequestLogEntry = {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    status: 0,
  };
  ctx.log.push(entry);
  const reply = (r: Reply, truncate = false) => {
    entry.status = r.status;
    send(res, r, truncate);
  };
  try {
    await serve(ctx, req, res, url, entry, reply);
  } catch (error) {
    if (res.headersSent) {
      res.destroy();
    } else if (error instanceof SelectorError || error instanceof URIError) {
      reply(statusReply(badRequestStatus(String(error.message))));
    } else {
      const cause = error instanceof Error ? error.message : String(error);
      reply(
        statusReply(
          statusForCode(
            500,
            { user: ctx.user, verb: 'get', path: url.pathname },
            cause,
          ),
        ),
      );
    }
  }
}
