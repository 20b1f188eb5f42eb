/**
 * Helpers for this package's own tests: the real @kubernetes/client-node
 * pointed at a test server, and a raw HTTPS GET for wire-level assertions.
 */
import * as https from 'node:https';
import type { KubeApiTestServer } from '../server.ts';

/** The client-node module; ESM-only, so tests load it with a dynamic import. */
export type ClientNode = typeof import('@kubernetes/client-node');

/**
 * How long a suite's set-up may take: the first `require` of the package
 * makes Jest transform all of client-node, several seconds on a busy CI box.
 */
export const CLIENT_LOAD_TIMEOUT_MS = 120_000;

/**
 * Loads @kubernetes/client-node. Native ESM needs Jest to run under
 * `--experimental-vm-modules`; without it (as `backstage-cli repo test`
 * runs), Jest's own transform turns the same package into CommonJS, which
 * `require` can load. Either way the real client code runs.
 */
export async function loadClientNode(): Promise<ClientNode> {
  try {
    return await import('@kubernetes/client-node');
  } catch (error) {
    if (!String(error).includes('experimental-vm-modules')) throw error;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@kubernetes/client-node');
  }
}

/** A KubeConfig for the server, built the way an app builds one from its config. */
export function kubeConfigFor(
  k8s: ClientNode,
  server: Pick<KubeApiTestServer, 'url' | 'caData' | 'token'>,
  token = server.token,
) {
  const kc = new k8s.KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'test', server: server.url, caData: server.caData }],
    users: [{ name: 'scanner', token }],
    contexts: [{ name: 'test', cluster: 'test', user: 'scanner' }],
    currentContext: 'test',
  });
  return kc;
}

/** A raw response, for asserting headers and bodies byte for byte. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GETs a path over HTTPS trusting only the server's certificate. */
export function rawGet(
  server: Pick<KubeApiTestServer, 'url' | 'caData' | 'token'>,
  path: string,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = https.get(
      `${server.url}${path}`,
      {
        ca: Buffer.from(server.caData, 'base64').toString('utf8'),
        headers: { Authorization: `Bearer ${server.token}`, ...headers },
      },
      res => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', chunk => (body += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
  });
}
