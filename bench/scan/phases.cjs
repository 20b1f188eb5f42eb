// Where a scan's CPU goes once the objects are read: facts from an in-memory reader over a
// generated cluster (no HTTP), then each part of scoreCluster timed on its own.
// Usage: node phases.cjs <pods> <namespaces> [seed]
require('@backstage/cli/config/nodeTransform.cjs');
const path = require('node:path');
const { ConfigReader } = require('@backstage/config');
const { performance } = require('node:perf_hooks');

const root = path.join(__dirname, '../..');
const src = path.resolve(
  process.env.BENCH_SRC ?? path.join(root, 'plugins/readiness-backend/src'),
);
const { generateCluster } = require(path.join(
  root,
  'test/src/generator/generateCluster.ts',
));
const { collectFacts } = require(path.join(src, 'collect/collectFacts'));
const { scoreCluster } = require(path.join(src, 'engine/scoreCluster'));
const { PILLAR_EVALUATORS } = require(path.join(src, 'checks'));
const { assessNamespaces } = require(path.join(
  src,
  'checks/namespaceIsolation',
));
const { computeRisks } = require(path.join(src, 'engine/risks'));
const { attributeCosts } = require(path.join(src, 'cost'));
const { readReadinessConfig, scoringOptions } = require(path.join(
  src,
  'config',
));

function memoryReader(objects) {
  const byKind = new Map();
  for (const o of objects) {
    const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
    const k = `${group}|${o.kind}`;
    if (!byKind.has(k)) byKind.set(k, []);
    byKind.get(k).push(o);
  }
  return {
    name: 'phases',
    declared: { provider: null, region: null },
    serverInfo: async () => ({
      ok: true,
      info: { version: 'v1.31.4', groupVersions: null },
    }),
    list: async resource => ({
      ok: true,
      items: byKind.get(`${resource.group}|${resource.kind}`) ?? [],
      pages: 1,
    }),
  };
}

async function main() {
  const [pods, namespaces, seed] = process.argv.slice(2).map(Number);
  const { objects } = generateCluster({ pods, namespaces, seed: seed || 1 });
  const config = readReadinessConfig(new ConfigReader({ readiness: {} }));
  const options = scoringOptions(config);
  const time = (name, fn) => {
    const t = performance.now();
    const value = fn();
    timings[name] = Math.round(performance.now() - t);
    return value;
  };
  const timings = {};
  let t = performance.now();
  const { facts } = await collectFacts(memoryReader(objects), new Date());
  timings.collectFacts = Math.round(performance.now() - t);
  time('attributeCosts', () =>
    attributeCosts(facts, { ...options.cost, cluster: facts.cluster }),
  );
  const namespacesAssessed = time('assessNamespaces', () =>
    assessNamespaces(facts, options.settings.systemNamespaces),
  );
  const context = {
    facts,
    namespaces: namespacesAssessed,
    now: new Date(),
    settings: options.settings,
  };
  for (const evaluate of PILLAR_EVALUATORS) {
    time(evaluate.name, () => [...evaluate(context)]);
  }
  time('computeRisks', () => computeRisks(context));
  t = performance.now();
  scoreCluster(facts, options);
  timings.scoreClusterTotal = Math.round(performance.now() - t);
  process.stdout.write(`${JSON.stringify({ pods, timings })}\n`);
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
