// The only module that imports @kubernetes/client-node. It is ESM from 1.0, hence `import type`
// here and `await import` at runtime.
import type { KubeConfig } from '@kubernetes/client-node';
import http from 'node:http';
import https from 'node:https';
import {
  ClusterReader,
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

type JsonOutcome =
  | {
      ok: true;
      body: any;
      headers: http.IncomingHttpHeaders;
      certificate?: ServingCertificate;
    }
  | (ReadFailure & { retryAfterSeconds?: number });

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
      const page = await this.#getJson(`${base}?${query}`, accept);
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
      bytes +=
        Number(page.headers['content-length'] ?? 0) ||
        JSON.stringify(page.body).length;
      if (bytes > this.#options.maxListBytes) {
        return {
          ok: false,
          errorType: 'too-large',
          statusCode: null,
          reason: `${resourceName(resource)}: list exceeds the ${
            this.#options.maxListBytes
          } byte budget after ${pages} pages`,
        };
      }
      const pageItems = page.body?.items;
      if (!Array.isArray(pageItems)) {
        return {
          ok: false,
          errorType: 'malformed',
          statusCode: null,
          reason: `${resourceName(
            resource,
          )}: the list response has no items array`,
        };
      }
      if (options?.onPage) {
        // Handed over and dropped: the page's objects do not outlive this iteration.
        options.onPage(pageItems, first);
        first = false;
      } else {
        for (const item of pageItems) items.push(item);
      }
      continueToken = page.body?.metadata?.continue || undefined;
      if (!continueToken) return { ok: true, items, pages };
    }
  }

  async #getJson(
    path: string,
    accept = 'application/json',
  ): Promise<JsonOutcome> {
    const options: https.RequestOptions = {};
    await this.#kubeConfig.applyToHTTPSOptions(options);
    const url = new URL(this.#server + path);
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise<JsonOutcome>(resolve => {
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
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
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
            const text = Buffer.concat(chunks).toString('utf8');
            const status = response.statusCode ?? 0;
            if (status < 200 || status > 299) {
              resolve(
                classifyStatus(status, text, response.headers['retry-after']),
              );
              return;
            }
            try {
              resolve({
                ok: true,
                body: JSON.parse(text),
                headers: response.headers,
                ...(certificate ? { certificate } : {}),
              });
            } catch {
              resolve({
                ok: false,
                errorType: 'malformed',
                statusCode: status,
                reason: `the response is not valid JSON (${text.length} bytes, truncated?)`,
              });
            }
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
