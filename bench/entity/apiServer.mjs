// Serves one generated cluster until its parent closes stdin, and picks the service the entity
// benchmark asks both plugins about: a tenant workload labelled `backstage.io/kubernetes-id`, of
// typical size (the median pod count among the ids that live in a single namespace).
// Usage: node apiServer.mjs <pods> <namespaces> <seed>
import { serveGeneratedCluster } from '../lib/serveGeneratedCluster.mjs';

const KUBERNETES_ID = 'backstage.io/kubernetes-id';
const [pods, namespaces, seed] = process.argv.slice(2).map(Number);

/** The typical single-namespace service, and how many ids the cluster has. */
function pickService(objects) {
  /** Objects per kubernetes-id: what the Kubernetes plugin's label selector will find. */
  const byId = new Map();
  for (const object of objects) {
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
  return {
    service: {
      kubernetesId: chosen.id,
      namespace: [...chosen.namespaces][0],
      objects: chosen.kinds,
      idsInCluster: byId.size,
    },
  };
}

await serveGeneratedCluster(
  { pods, namespaces, seed },
  // The server logs every request it answers; a load test would grow that log without bound.
  { describe: pickService, trimRequestLog: true },
);
