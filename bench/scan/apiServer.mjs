// Serves one generated cluster for the scan benchmark until its parent closes stdin.
// Usage: node apiServer.mjs <pods> <namespaces> <seed>
import { serveGeneratedCluster } from '../lib/serveGeneratedCluster.mjs';

const [pods, namespaces, seed] = process.argv.slice(2).map(Number);
await serveGeneratedCluster({ pods, namespaces, seed });
