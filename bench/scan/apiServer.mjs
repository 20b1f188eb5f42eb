// Serves one generated cluster from the Kubernetes API test server (HTTPS, bearer token) until
// its parent closes stdin. Runs under Node's type stripping, like the test server's own CLI.
// Usage: node apiServer.mjs <pods> <namespaces> <seed>
import { generateCluster } from '../../test/src/generator/generateCluster.ts';
import { startKubeApiTestServer } from '../../test/src/kube-api-server/server.ts';

const [pods, namespaces, seed] = process.argv.slice(2).map(Number);
const started = performance.now();
let cluster = generateCluster({ pods, namespaces, seed });
const { info, counts } = cluster;
const generatedMs = performance.now() - started;
// The server keeps its own copies of the objects (buildObjectStore clones them).
const server = await startKubeApiTestServer({
  objects: cluster.objects,
  info,
  host: '127.0.0.1',
});
cluster = undefined;
process.stdout.write(
  `${JSON.stringify({
    url: server.url,
    caData: server.caData,
    token: server.token,
    counts,
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
setTimeout(stop, 20 * 60 * 1000);
