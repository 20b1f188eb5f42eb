// A full scan as the backend runs it: KubernetesConnection + collectFacts + scoreCluster, with
// the configuration defaults (page size 500). The backend as a production build runs it:
// compiled to JavaScript beforehand (bench/scan/compile.mjs), so the measured process does not
// carry a TypeScript transform; without `compiled`, the sources are loaded through Backstage's
// Node transform, as plugins/readiness-backend/bin/readiness does.
// Input: BENCH_TARGET={url, caData, token, compiled?, src?}
const path = require('node:path');
const { ConfigReader } = require('@backstage/config');
const { startSampling, report, performance } = require('./measure.cjs');

const target = JSON.parse(process.env.BENCH_TARGET);

function backend() {
  if (target.compiled) return require(target.compiled);
  require('@backstage/cli/config/nodeTransform.cjs');
  const src = path.resolve(
    target.src ?? path.join(__dirname, '../../plugins/readiness-backend/src'),
  );
  return {
    ...require(path.join(src, 'kube/KubernetesConnection')),
    ...require(path.join(src, 'collect/collectFacts')),
    ...require(path.join(src, 'engine/scoreCluster')),
    ...require(path.join(src, 'config')),
  };
}
const {
  KubernetesConnection,
  collectFacts,
  scoreCluster,
  readReadinessConfig,
  scoringOptions,
} = backend();

async function main() {
  const config = readReadinessConfig(new ConfigReader({ readiness: {} }));
  // Loaded before the clock starts: module loading is start-up cost, not scan cost.
  await import('@kubernetes/client-node');
  const loadedMs = performance.now();
  const rssAfterLoadMB = Math.round(process.memoryUsage().rss / 2 ** 20);

  const sampling = startSampling();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const connection = await KubernetesConnection.create({
    name: 'bench',
    url: target.url,
    caData: target.caData,
    serviceAccountToken: target.token,
    ...config.kubernetes,
  });
  // Times each LIST from the outside: collectFacts accepts any ClusterReader.
  const lists = [];
  const reader = {
    name: connection.name,
    declared: connection.declared,
    serverInfo: () => connection.serverInfo(),
    async list(resource, options) {
      const started = performance.now();
      const outcome = await connection.list(resource, options);
      lists.push({
        resource: resource.plural,
        ok: outcome.ok,
        items: outcome.ok ? outcome.items.length : 0,
        ms: Math.round(performance.now() - started),
        heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
      });
      return outcome;
    },
  };
  const { facts } = await collectFacts(reader, new Date());
  const t1 = performance.now();
  const lastList = Math.max(...lists.map(l => l.ms));
  const report_ = scoreCluster(facts, scoringOptions(config));
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const peak = sampling.stop();
  report({
    mode: 'scan',
    wallMs: Math.round(t2 - t0),
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    loadMs: Math.round(loadedMs),
    rssAfterLoadMB,
    collectMs: Math.round(t1 - t0),
    scoreMs: Math.round(t2 - t1),
    slowestListMs: lastList,
    peakHeapMB: Math.round(peak.heapUsed / 2 ** 20),
    pods: facts.pods.ok ? facts.pods.value.length : null,
    lists: lists.length,
    failedLists: lists.filter(l => !l.ok).map(l => l.resource),
    coverageGaps: facts.coverageGaps.length,
    total: report_.total,
    listDetail: lists,
  });
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
