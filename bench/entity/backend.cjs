// One Backstage backend, as an adopter runs it: catalog, permissions (allow-all policy),
// `@backstage/plugin-kubernetes-backend` and the readiness backend, configured by the file given
// as `--config` (see run.mjs). The readiness sources are loaded through Backstage's Node
// transform, as plugins/readiness-backend/bin/readiness does.
//
// Prints one JSON line on stdout once the catalog serves the benchmark entity and readiness has
// stored a report for the cluster; the backend's own log goes to the file named by
// `log` of the target file. Exits when its parent closes stdin.
//
// Usage: node backend.cjs <target.json> --config <app-config.yaml>
//   target.json: {baseUrl, token, entityRef, cluster, log}
require('@backstage/cli/config/nodeTransform.cjs');
const fs = require('node:fs');

const target = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const started = performance.now();

// The root logger writes to stdout; stdout is the parent's ready channel.
const writeStdout = process.stdout.write.bind(process.stdout);
const logFile = fs.createWriteStream(target.log ?? '/dev/null');
process.stdout.write = (chunk, encoding, callback) =>
  logFile.write(chunk, encoding, callback);

const { createBackend } = require('@backstage/backend-defaults');

const backend = createBackend();
backend.add(require('@backstage/plugin-catalog-backend').default);
backend.add(require('@backstage/plugin-permission-backend').default);
backend.add(
  require('@backstage/plugin-permission-backend-module-allow-all-policy')
    .default,
);
backend.add(require('@backstage/plugin-kubernetes-backend').default);
backend.add(require('@readiness/plugin-readiness-backend').default);

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function getJson(path) {
  const response = await fetch(`${target.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${target.token}` },
  });
  return response.ok ? response.json() : undefined;
}

async function main() {
  await backend.start();
  const startedMs = Math.round(performance.now() - started);
  const [kind, rest] = target.entityRef.split(':');
  const [namespace, name] = rest.split('/');
  let entityMs;
  let scannedMs;
  for (;;) {
    if (entityMs === undefined) {
      const entity = await getJson(
        `/api/catalog/entities/by-name/${kind}/${namespace}/${name}`,
      ).catch(() => undefined);
      if (entity) entityMs = Math.round(performance.now() - started);
    }
    if (scannedMs === undefined) {
      const clusters = await getJson('/api/readiness/clusters').catch(
        () => undefined,
      );
      const cluster = clusters?.items?.find(c => c.name === target.cluster);
      if (cluster?.scan?.lastError) {
        throw new Error(`readiness scan failed: ${cluster.scan.lastError}`);
      }
      if (cluster?.scan?.lastSuccessAt) {
        scannedMs = Math.round(performance.now() - started);
      }
    }
    if (entityMs !== undefined && scannedMs !== undefined) break;
    await sleep(250);
  }
  writeStdout(
    `${JSON.stringify({
      baseUrl: target.baseUrl,
      startedMs,
      entityInCatalogMs: entityMs,
      scannedMs,
    })}\n`,
  );
}

let stopping = false;
const stop = code => {
  if (stopping) return;
  stopping = true;
  const force = setTimeout(() => process.exit(code), 5000);
  force.unref();
  backend
    .stop()
    .catch(() => {})
    .finally(() => logFile.end(() => process.exit(code)));
};
process.stdin.on('end', () => stop(0));
process.stdin.on('close', () => stop(0));
process.stdin.resume();
process.once('SIGTERM', () => stop(0));
// A forgotten backend must not outlive the benchmark.
setTimeout(() => stop(0), 20 * 60 * 1000).unref();

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  stop(1);
});
