// Serves one generated cluster from the Kubernetes API test server (HTTPS, bearer token) until
// its parent closes stdin, and picks the service the entity benchmark asks both plugins about:
// a tenant workload labelled `backstage.io/kubernetes-id`, of typical size (the median pod
// count among the ids that live in a single namespace). Runs under Node's type stripping.
// Usage: node apiServer.mjs <pods> <namespaces> <seed>
import { generateCluster } from '../../test/src/generator/generateCluster.ts';
import { startKubeApiTestServer } from '../../test/src/kube-api-server/server.ts';

const KUBERNETES_ID = 'backstage.io/kubernetes-id';
const [pods, namespaces, seed] = process.argv.slice(2).map(Number);
const started = performance.now();
let cluster = generateCluster({ pods, namespaces, seed });
const { info, counts } = cluster;
const generatedMs = performance.now() - started;

/** Objects per kubernetes-id: what the Kubernetes plugin's label selector will find. */
const byId = new Map();
for (const object of cluster.objects) {
  const id = object.metadata?.labels?.[KUBERNETES_ID];
  if (!id) continue;
  let entry = byId.get(id);
  if (!entry) {
    entry = { id, namespaces: new Set(), kinds: {} };
    byId.set(id, entry);
  }
  entry.namespaces.add(object.metadata.namespace);
  entry.kinds[object.kind] = (entry.kinds[object.kind] ?? 0) + 1;
}
const candidates = [...byId.values()]
  .filter(e => e.namespaces.size === 1 && (e.kinds.Pod ?? 0) > 0)
  .sort((a, b) => a.kinds.Pod - b.kinds.Pod || a.id.localeCompare(b.id));
if (candidates.length === 0) {
  throw new Error(`no pod carries ${KUBERNETES_ID} in the generated cluster`);
}
const chosen = candidates[Math.floor((candidates.length - 1) / 2)];

// The server keeps its own copies of the objects (buildObjectStore clones them).
const server = await startKubeApiTestServer({
  objects: cluster.objects,
  info,
  host: '127.0.0.1',
});
cluster = undefined;
// The server logs every request it answers; a load test would grow that log without bound.
setInterval(() => server.requests.splice(0), 1000).unref();
process.stdout.write(
  `${JSON.stringify({
    url: server.url,
    caData: server.caData,
    token: server.token,
    counts,
    service: {
      kubernetesId: chosen.id,
      namespace: [...chosen.namespaces][0],
      objects: chosen.kinds,
      idsInCluster: byId.size,
    },
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
