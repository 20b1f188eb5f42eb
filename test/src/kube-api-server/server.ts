import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import { generateServingCertificate } from './certificate.ts';
import { versionBody } from './discovery.ts';
import { createFaultInjector, type FaultRule } from './faults.ts';
import { handleRequest, type RequestLogEntry } from './handler.ts';
import { buildResourceRegistry } from './resources.ts';
import { buildObjectStore } from './store.ts';
import type {
  ClusterSnapshotInfo,
  KubeObject,
  KubeVersionInfo,
  ResourceDefinition,
} from './types.ts';

/** Options for {@link startKubeApiTestServer}. */
export interface KubeApiTestServerOptions {
  /** The objects to serve (see `loadSnapshotObjects`). */
  objects: KubeObject[];
  /** Cluster metadata; its serverVersion drives `/version` unless `version` is given. */
  info?: ClusterSnapshotInfo;
  /** The `/version` body's main fields; default derived from `info`, else v1.31.4. */
  version?: KubeVersionInfo;
  /**
   * The bearer token every request must carry; default a random token. ''
   * turns authentication off, which plain-HTTP kubectl needs: it never sends
   * credentials over http://.
   */
  token?: string;
  /** HTTPS with a fresh self-signed certificate (default true). */
  tls?: boolean;
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /** Extra resources to serve even without objects, e.g. an installed CRD with no instances. */
  crds?: ResourceDefinition[];
  /** Initial fault rules (see `setFaults`). */
  faults?: FaultRule[];
  /** The user named in Forbidden messages (default the scanner's service account). */
  user?: string;
}

/** A running test API server. */
export interface KubeApiTestServer {
  /** Base URL, e.g. `https://127.0.0.1:43121`. */
  url: string;
  /** Base64 of the serving certificate's PEM, for `certificate-authority-data`; '' without TLS. */
  caData: string;
  /** The bearer token the server accepts ('' when authentication is off). */
  token: string;
  /** Replaces the fault rules and resets their counters. */
  setFaults(faults: FaultRule[]): void;
  /** Every request received, in order, with the status it was answered with. */
  requests: RequestLogEntry[];
  /** Stops listening and drops open connections, including watches. */
  close(): Promise<void>;
}

/** The identity a readiness scan runs as; used in RBAC denial messages. */
export const DEFAULT_USER = 'system:serviceaccount:readiness:scanner';

/**
 * Starts an HTTP(S) server that answers reads the way kube-apiserver does:
 * discovery, /version, get, list with selectors and paging, and watch.
 */
export async function startKubeApiTestServer(
  options: KubeApiTestServerOptions,
): Promise<KubeApiTestServer> {
  const tls = options.tls ?? true;
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('base64url');
  const registry = buildResourceRegistry(options.objects, options.crds);
  const startedAt = new Date();
  const store = buildObjectStore(options.objects, registry, startedAt);
  const faults = createFaultInjector(options.faults);
  const log: RequestLogEntry[] = [];
  const certificate = tls ? await generateServingCertificate() : undefined;

  const context = {
    registry,
    store,
    faults,
    token,
    user: options.user ?? DEFAULT_USER,
    versionBody: versionBody(options.version, options.info),
    serverAddress: '',
    log,
  };
  const listener: http.RequestListener = (req, res) => {
    handleRequest(context, req, res).catch(() => res.destroy());
  };
  const server = certificate
    ? https.createServer(
        { key: certificate.key, cert: certificate.cert },
        listener,
      )
    : http.createServer(listener);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  context.serverAddress = `${host}:${port}`;

  return {
    url: `${tls ? 'https' : 'http'}://${host}:${port}`,
    caData: certificate ? Buffer.from(certificate.cert).toString('base64') : '',
    token,
    setFaults: rules => faults.set(rules),
    requests: log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close(error => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
