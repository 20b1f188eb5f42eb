// Serves one generated cluster from the Kubernetes API test server (HTTPS, bearer token) until
// the parent closes stdin, and prints one JSON line describing it. Shared by the scan and entity
// benchmarks' apiServer.mjs; runs under Node's type stripping, like the test server's own CLI.
import { generateCluster } from '../../test/src/generator/generateCluster.ts';
import { startKubeApiTestServer } from '../../test/src/kube-api-server/server.ts';

/**
 * @param {{ pods: number, namespaces: number, seed: number }} size
 * @param {{ describe?: (objects: any[]) => object, trimRequestLog?: boolean }} options
 *   `describe` adds fields to the printed line from the generated objects; `trimRequestLog`
 *   empties the server's request log every second, for load tests that would grow it unbounded.
 */
export async function serveGeneratedCluster(size, options = {}) {
  const started = performance.now();
  let cluster = generateCluster(size);
  const { info, counts } = cluster;
  const generatedMs = performance.now() - started;
  const described = options.describe?.(cluster.objects) ?? {};
  // The server keeps its own copies of the objects (buildObjectStore clones them).
  const server = await startKubeApiTestServer({
    objects: cluster.objects,
    info,
    host: '127.0.0.1',
  });
  cluster = undefined;
  if (options.trimRequestLog) {
    setInterval(() => server.requests.splice(0), 1000).unref();
  }
  process.stdout.write(
    `${JSON.stringify({
      url: server.url,
      caData: server.caData,
      token: server.token,
      counts,
      ...described,
      generatedMs: Math.round(generatedMs),
      readyMs: Math.round(performance.now() - started),
    })}\n`,
  );

  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    server.close().finally(() => process.exit(0));
  };
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.stdin.resume();
  process.once('SIGTERM', stop);
  // A forgotten server must not outlive the benchmark.
  setTimeout(stop, 20 * 60 * 1000).unref?.();
}
