// The only module that imports @kubernetes/client-node. It is ESM from 1.0, hence `import type`
// here and `await import` at runtime.
import type { KubeConfig } from '@kubernetes/client-node';
import http from 'node:http';
import https from 'node:https';
import {
  ClusterReader,
  KubeObject,
  ListOptions,
  ListOutcome,
  ReadFailure,
  ResourceType,
  ServerInfo,
  groupVersion,
  resourceName,
} from './types';
import { classifyNetworkError, classifyStatus } from './failures';
import { ServingCertificate, servingCertificate } from './servingCertificate';
import { ListBody, parseItem, splitListBody } from './listBody';

/** How to reach one live cluster: the same fields as the Kubernetes plugin's `config` locator. */
export interface LiveClusterOptions {
  name: string;
  url?: string;
  /** Bearer token for `authProvider: serviceAccount`. Never logged, never returned. */
  serviceAccountToken?: string;
  caData?: string;
  skipTLSVerify?: boolean;
  kubeconfig?: { path: string; context?: string };
  provider?: string;
  region?: string;
  /** Items per LIST page. */
  pageSize: number;
  requestTimeoutMs: number;
  /** A LIST whose pages add up to more bytes than this is abandoned as `too-large`. */
  maxListBytes: number;
}

type BodyOutcome =
  | {
      ok: true;
      /** The body as received (a 2xx response): valid until `release()`. */
      body: Buffer;
      status: number;
      /** Hands the body's memory back for the next response; the body must not be read after. */
      release(): void;
      headers: http.IncomingHttpHeaders;
      certificate?: ServingCertificate;
    }
  | (ReadFailure & { retryAfterSeconds?: number });

type JsonOutcome =
  | {
      ok: true;
      body: any;
      headers: http.IncomingHttpHeaders;
      certificate?: ServingCertificate;
    }
  | (ReadFailure & { retryAfterSeconds?: number });

/** The TLS fields of request options that an agent's connections need. */
const TLS_OPTION_KEYS = [
  'ca',
  'cert',
  'key',
  'pfx',
  'passphrase',
  'rejectUnauthorized',
  'servername',
  'ciphers',
  'secureOptions',
  'secureProtocol',
] as const;

function tlsOptions(options: https.RequestOptions): https.AgentOptions {
  return Object.fromEntries(
    TLS_OPTION_KEYS.filter(k => options[k] !== undefined).map(k => [
      k,
      options[k],
    ]),
  );
}

function notJson(status: number | null, bytes: number): ReadFailure {
  return {
    ok: false,
    errorType: 'malformed',
    statusCode: status,
    reason: `the response is not valid JSON (${bytes} bytes, truncated?)`,
  };
}

/**
 * A response body collected into one buffer that grows as needed and is reused by the next
 * response. Concatenating each page's chunks into a fresh two-megabyte buffer instead leaves
 * malloc's heap fragmented by buffers of that size: resident memory the JavaScript heap does not
 * account for, and that is not given back.
 */
class ByteSink {
  #buffer = Buffer.allocUnsafeSlow(64 * 1024);
  #length = 0;

  get capacity(): number {
    return this.#buffer.length;
  }

  clear(): void {
    this.#length = 0;
  }

  push(chunk: Buffer): void {
    const needed = this.#length + chunk.length;
    if (needed > this.#buffer.length) {
      const grown = Buffer.allocUnsafeSlow(
        Math.max(needed, this.#buffer.length * 2),
      );
      this.#buffer.copy(grown, 0, 0, this.#length);
      this.#buffer = grown;
    }
    chunk.copy(this.#buffer, this.#length);
    this.#length = needed;
  }

  /** The bytes so far: a view, valid until the sink is cleared or pushed to. */
  bytes(): Buffer {
    return this.#buffer.subarray(0, this.#length);
  }
}

/** Sinks kept for reuse: one per LIST in flight is enough. */
const MAX_POOLED_SINKS = 8;
/** A sink grown beyond this (an unusually large page) is left to the garbage collector. */
const MAX_POOLED_BYTES = 32 * 2 ** 20;

/** Items handed to `onPage` at a time: a page's items are parsed and mapped a batch at a time. */
const ITEMS_PER_BATCH = 50;

const MAX_THROTTLE_RETRIES = 2;
// Asks the API server for metadata only (how kubectl's --show-kind metadata lists work); servers
// that cannot do it fall back to full JSON, which the fact mappers then reduce to metadata.
const METADATA_ONLY_ACCEPT =
  'application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io,application/json;q=0.9';
const MAX_RETRY_AFTER_SECONDS = 10;

/** Reads a live cluster through the Kubernetes API with paged LISTs; failures come back as data. */
export class KubernetesConnection implements ClusterReader {
  readonly name: string;
  readonly declared: { provider: string | null; region: string | null };
  readonly #kubeConfig: KubeConfig;
  readonly #server: string;
  readonly #options: LiveClusterOptions;
  /** One keep-alive agent per connection (see {@link #get}); created on the first request. */
  #agent: http.Agent | undefined;
  /** Response buffers handed back by {@link #release}, for the next responses to fill. */
  readonly #sinks: ByteSink[] = [];

  static async create(
    options: LiveClusterOptions,
  ): Promise<KubernetesConnection> {
    const { KubeConfig: KubeConfigClass } = await import(
      '@kubernetes/client-node'
    );
    const kc = new KubeConfigClass();
    if (options.kubeconfig) {
      kc.loadFromFile(options.kubeconfig.path);
      if (options.kubeconfig.context)
        kc.setCurrentContext(options.kubeconfig.context);
    } else {
      if (!options.url) {
        throw new Error(
          `cluster "${options.name}" has neither a url nor a kubeconfig`,
        );
      }
      kc.loadFromOptions({
        clusters: [
          {
            name: options.name,
            server: options.url,
            caData: options.caData,
            skipTLSVerify: options.skipTLSVerify ?? false,
          },
        ],
        users: [{ name: 'readiness', token: options.serviceAccountToken }],
        contexts: [
          { name: options.name, cluster: options.name, user: 'readiness' },
        ],
        currentContext: options.name,
      });
    }
    const server = kc.getCurrentCluster()?.server;
    if (!server) {
      throw new Error(
        `cluster "${options.name}": the kubeconfig context has no cluster server`,
      );
    }
    return new KubernetesConnection(options, kc, server);
  }

  private constructor(
    options: LiveClusterOptions,
    kc: KubeConfig,
    server: string,
  ) {
    this.name = options.name;
    this.declared = {
      provider: options.provider ?? null,
      region: options.region ?? null,
    };
    this.#options = options;
    this.#kubeConfig = kc;
    this.#server = server.replace(/\/+$/, '');
  }

  async serverInfo(): Promise<{ ok: true; info: ServerInfo } | ReadFailure> {
    const version = await this.#getJson('/version');
    if (!version.ok) return version;
    const core = await this.#getJson('/api');
    if (!core.ok) return core;
    const groups = await this.#getJson('/apis');
    if (!groups.ok) return groups;
    const groupVersions = new Set<string>();
    for (const v of core.body?.versions ?? []) groupVersions.add(String(v));
    for (const g of groups.body?.groups ?? []) {
      for (const v of g?.versions ?? []) {
        if (v?.groupVersion) groupVersions.add(String(v.groupVersion));
      }
    }
    const gitVersion = version.body?.gitVersion;
    return {
      ok: true,
      info: {
        version: typeof gitVersion === 'string' ? gitVersion : null,
        groupVersions,
        ...(version.certificate
          ? { servingCertificate: version.certificate }
          : {}),
      },
    };
  }

  async list(
    resource: ResourceType,
    options?: ListOptions,
  ): Promise<ListOutcome> {
    const accept = options?.metadataOnly
      ? METADATA_ONLY_ACCEPT
      : 'application/json';
    const base = `/${resource.group ? 'apis' : 'api'}/${groupVersion(
      resource,
    )}/${resource.plural}`;
    const items: any[] = [];
    let continueToken: string | undefined;
    let pages = 0;
    let bytes = 0;
    let restarted = false;
    let first = true;
    let throttled = 0;
    for (;;) {
      const query = new URLSearchParams({
        limit: String(this.#options.pageSize),
      });
      if (continueToken) query.set('continue', continueToken);
      const page = await this.#get(`${base}?${query}`, accept);
      if (!page.ok) {
        // The server forgets continue tokens after a while (410 Gone); a fresh list is consistent.
        if (page.statusCode === 410 && continueToken && !restarted) {
          restarted = true;
          first = true;
          items.length = 0;
          continueToken = undefined;
          continue;
        }
        if (page.statusCode === 429 && throttled < MAX_THROTTLE_RETRIES) {
          throttled += 1;
          const wait = Math.min(
            page.retryAfterSeconds ?? 1,
            MAX_RETRY_AFTER_SECONDS,
          );
          await new Promise(r => setTimeout(r, wait * 1000));
          continue;
        }
        return { ...page, reason: `${resourceName(resource)}: ${page.reason}` };
      }
      pages += 1;
      bytes += page.body.length;
      if (bytes > this.#options.maxListBytes) {
        page.release();
        return {
          ok: false,
          errorType: 'too-large',
          statusCode: null,
          reason: `${resourceName(resource)}: list exceeds the ${
            this.#options.maxListBytes
          } byte budget after ${pages} pages`,
        };
      }
      const read = readPage(page.body, page.status, options?.onPage, first);
      page.release();
      if (!read.ok) {
        return { ...read, reason: `${resourceName(resource)}: ${read.reason}` };
      }
      first = false;
      if (!options?.onPage) for (const item of read.items) items.push(item);
      continueToken = read.continueToken;
      if (!continueToken) return { ok: true, items, pages };
    }
  }

  #release(sink: ByteSink): void {
    if (
      this.#sinks.length < MAX_POOLED_SINKS &&
      sink.capacity <= MAX_POOLED_BYTES
    )
      this.#sinks.push(sink);
  }

  async #getJson(
    path: string,
    accept = 'application/json',
  ): Promise<JsonOutcome> {
    const response = await this.#get(path, accept);
    if (!response.ok) return response;
    const text = response.body.toString('utf8');
    response.release();
    try {
      return {
        ok: true,
        body: JSON.parse(text),
        headers: response.headers,
        ...(response.certificate ? { certificate: response.certificate } : {}),
      };
    } catch {
      return notJson(response.status, text.length);
    }
  }

  /** A GET whose 2xx body comes back as bytes; any other status as a classified failure. */
  async #get(path: string, accept: string): Promise<BodyOutcome> {
    const options: https.RequestOptions = {};
    await this.#kubeConfig.applyToHTTPSOptions(options);
    const url = new URL(this.#server + path);
    // The client library makes a new agent for every request, without keep-alive: each page of
    // each LIST then opens a TCP and TLS connection with a TLS context of its own, native memory
    // the garbage collector does not see. Requests share one keep-alive agent with the same TLS
    // options instead, unless the cluster is reached through a proxy (its agent does that).
    if (!this.#kubeConfig.getCurrentCluster()?.proxyUrl) {
      this.#agent ??=
        url.protocol === 'https:'
          ? new https.Agent({ ...tlsOptions(options), keepAlive: true })
          : new http.Agent({ keepAlive: true });
      options.agent = this.#agent;
    }
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise<BodyOutcome>(resolve => {
      const request = transport.request(
        url,
        {
          ...options,
          method: 'GET',
          headers: { ...options.headers, Accept: accept },
          timeout: this.#options.requestTimeoutMs,
        },
        response => {
          const certificate = servingCertificate(response.socket);
          const sink = this.#sinks.pop() ?? new ByteSink();
          sink.clear();
          response.on('data', (chunk: Buffer) => sink.push(chunk));
          response.on('error', error => resolve(classifyNetworkError(error)));
          response.on('aborted', () =>
            resolve({
              ok: false,
              errorType: 'malformed',
              statusCode: response.statusCode ?? null,
              reason: 'the response was cut off before it ended',
            }),
          );
          response.on('end', () => {
            const body = sink.bytes();
            const status = response.statusCode ?? 0;
            if (status < 200 || status > 299) {
              const text = body.toString('utf8');
              this.#release(sink);
              resolve(
                classifyStatus(status, text, response.headers['retry-after']),
              );
              return;
            }
            resolve({
              ok: true,
              body,
              status,
              release: () => this.#release(sink),
              headers: response.headers,
              ...(certificate ? { certificate } : {}),
            });
          });
        },
      );
      request.on('timeout', () =>
        request.destroy(
          Object.assign(
            new Error(
              `no response within ${this.#options.requestTimeoutMs} ms`,
            ),
            {
              code: 'ETIMEDOUT',
            },
          ),
        ),
      );
      request.on('error', error => resolve(classifyNetworkError(error)));
      request.end();
    });
  }
}

/**
 * Reads one LIST page. With `onPage` its items are parsed and handed over a batch at a time,
 * so no page is ever held as one string or one tree (see listBody.ts); without it they are
 * returned. A page that is not valid JSON is `malformed`, even when some of its items were
 * handed over already: the list then fails, and the caller drops what it had.
 */
function readPage(
  body: Buffer,
  status: number,
  onPage: ListOptions['onPage'],
  first: boolean,
):
  | { ok: true; items: KubeObject[]; continueToken: string | undefined }
  | ReadFailure {
  let split: ListBody | undefined;
  try {
    split = splitListBody(body);
  } catch {
    return notJson(status, body.length);
  }
  let envelope: any;
  let items: KubeObject[];
  if (split) {
    envelope = split.envelope;
    items = [];
    const count = split.bounds.length / 2;
    let firstBatch = first;
    for (let index = 0; index < count; index++) {
      try {
        items.push(parseItem(body, split, index));
      } catch {
        return notJson(status, body.length);
      }
      if (onPage && (items.length === ITEMS_PER_BATCH || index === count - 1)) {
        // Handed over and dropped: a batch's objects do not outlive this iteration.
        onPage(items, firstBatch);
        firstBatch = false;
        items = [];
      }
    }
    if (onPage && count === 0) onPage([], first);
  } else {
    // Not shaped like a list: parsed whole, which says what is wrong with it.
    try {
      envelope = JSON.parse(body.toString('utf8'));
    } catch {
      return notJson(status, body.length);
    }
    items = envelope?.items;
    if (!Array.isArray(items)) {
      return {
        ok: false,
        errorType: 'malformed',
        statusCode: null,
        reason: 'the list response has no items array',
      };
    }
    if (onPage) {
      onPage(items, first);
      items = [];
    }
  }
  return {
    ok: true,
    items,
    continueToken: envelope?.metadata?.continue || undefined,
  };
}
