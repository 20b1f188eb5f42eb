import type { ServerResponse } from 'node:http';
import type { KubeObject } from './types.ts';

/** How a watch request asked to start. */
export interface WatchOptions {
  /** The `resourceVersion` query parameter, if any. */
  resourceVersion?: string;
  sendInitialEvents?: boolean;
  allowWatchBookmarks?: boolean;
  timeoutSeconds?: number;
  /** The list resourceVersion, stamped on the initial-events-end bookmark. */
  currentResourceVersion: string;
  /** Kind and apiVersion for the bookmark object. */
  kind: string;
  apiVersion: string;
}

// A real watch stays open for a random 30-60 minutes unless told otherwise;
// a test server closes sooner so forgotten watches do not pin test runs.
const DEFAULT_TIMEOUT_SECONDS = 300;

/**
 * Streams watch events. The snapshot never changes, so a watch is its
 * synthetic ADDED events (when the client asked for current state) followed
 * by silence until the timeout or server shutdown.
 */
export function streamWatch(
  res: ServerResponse,
  objects: KubeObject[],
  options: WatchOptions,
): void {
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache, private',
    'Transfer-Encoding': 'chunked',
  });
  // The real server flushes headers at once; clients wait for them before
  // they consider the watch established.
  res.flushHeaders();
  const fromCurrentState =
    options.sendInitialEvents ??
    (options.resourceVersion === undefined ||
      options.resourceVersion === '' ||
      options.resourceVersion === '0');
  if (fromCurrentState) {
    for (const object of objects) {
      res.write(`${JSON.stringify({ type: 'ADDED', object })}\n`);
    }
  }
  if (options.sendInitialEvents && options.allowWatchBookmarks) {
    const bookmark = {
      kind: options.kind,
      apiVersion: options.apiVersion,
      metadata: {
        resourceVersion: options.currentResourceVersion,
        annotations: { 'k8s.io/initial-events-end': 'true' },
      },
    };
    res.write(`${JSON.stringify({ type: 'BOOKMARK', object: bookmark })}\n`);
  }
  const timer = setTimeout(
    () => res.end(),
    (options.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000,
  );
  res.on('close', () => clearTimeout(timer));
}
