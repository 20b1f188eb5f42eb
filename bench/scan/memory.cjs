// Where a scan's memory goes: the same scan as scan.cjs, with forced GCs between phases so the
// live heap can be told from garbage, and the retained size of each fact array (measured by
// dropping it and collecting). Run against a server started by apiServer.mjs:
//   node --expose-gc bench/scan/memory.cjs '<apiServer.mjs JSON line>' [snapshotPath]
// Not part of `yarn bench`: it perturbs the GC it measures.
require('@backstage/cli/config/nodeTransform.cjs');
const path = require('node:path');
const v8 = require('node:v8');
const fs = require('node:fs');
const { ConfigReader } = require('@backstage/config');

/** Like measure.cjs's sampling, but keeps the whole breakdown at the RSS peak. */
function startSampling() {
  let peak = { rss: 0, heapUsed: 0 };
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    if (m.rss > peak.rss) {
      peak = m;
      for (const space of v8.getHeapSpaceStatistics())
        peak[space.space_name] = space.space_size;
      // Anonymous (heap, malloc) against file-backed (the node binary, native modules) memory.
      for (const line of fs
        .readFileSync('/proc/self/status', 'utf8')
        .split('\n')) {
        const match = /^(RssAnon|RssFile):\s+(\d+) kB/.exec(line);
        if (match) peak[match[1]] = Number(match[2]) * 1024;
      }
    }
  };
  const timer = setInterval(sample, 10);
  const result = () => ({
    heapUsed: peakHeap,
    rss: peak.rss,
    atPeakRss: Object.fromEntries(
      Object.entries(peak).map(([k, v]) => [k, Math.round(v / MB)]),
    ),
  });
  return {
    peek: () => {
      sample();
      return result();
    },
    stop() {
      clearInterval(timer);
      sample();
      return {
        heapUsed: peakHeap,
        rss: peak.rss,
        atPeakRss: Object.fromEntries(
          Object.entries(peak).map(([k, v]) => [k, Math.round(v / MB)]),
        ),
      };
    },
  };
}

const MB = 2 ** 20;
const target = JSON.parse(process.argv[2]);
const snapshot = process.argv[3];
const src = path.resolve(
  target.src ?? path.join(__dirname, '../../plugins/readiness-backend/src'),
);
const { KubernetesConnection } = require(path.join(
  src,
  'kube/KubernetesConnection',
));
const { collectFacts } = require(path.join(src, 'collect/collectFacts'));
const { scoreCluster } = require(path.join(src, 'engine/scoreCluster'));
const { readReadinessConfig, scoringOptions } = require(path.join(
  src,
  'config',
));

const mem = () => {
  const m = process.memoryUsage();
  return {
    rss: Math.round(m.rss / MB),
    heapUsed: Math.round(m.heapUsed / MB),
    heapTotal: Math.round(m.heapTotal / MB),
    external: Math.round((m.external + m.arrayBuffers) / MB),
  };
};
const live = () => {
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed;
};

async function main() {
  const config = readReadinessConfig(new ConfigReader({ readiness: {} }));
  await import('@kubernetes/client-node');
  const phases = {
    loaded: {
      ...mem(),
      live: process.env.BENCH_NO_GC ? null : Math.round(live() / MB),
    },
  };
  const sampling = startSampling();
  const t0 = performance.now();
  const connection = await KubernetesConnection.create({
    name: 'bench',
    url: target.url,
    caData: target.caData,
    serviceAccountToken: target.token,
    ...config.kubernetes,
  });
  let { facts } = await collectFacts(connection, new Date());
  const collectMs = Math.round(performance.now() - t0);
  const peakCollect = sampling.peek();
  phases.collected = {
    ...mem(),
    // BENCH_NO_GC=1: no forced collection before scoring, as in a real scan.
    live: process.env.BENCH_NO_GC ? null : Math.round(live() / MB),
    peakHeap: Math.round(peakCollect.heapUsed / MB),
    peakRss: Math.round(peakCollect.rss / MB),
    atPeakRss: peakCollect.atPeakRss,
  };
  // With BENCH_NO_SCORE=1 the per-fact sizes are measured without the indexes scoring builds.
  let report = process.env.BENCH_NO_SCORE
    ? { total: null }
    : scoreCluster(facts, scoringOptions(config));
  const peakAll = sampling.stop();
  phases.scored = {
    ...mem(),
    live: Math.round(live() / MB),
    peakHeap: Math.round(peakAll.heapUsed / MB),
    atPeakRss: peakAll.atPeakRss,
  };
  const total = report.total;
  report = null;
  phases.reportDropped = { ...mem(), live: Math.round(live() / MB) };
  if (snapshot) v8.writeHeapSnapshot(snapshot);
  // Retained size of each fact array: drop it, collect, compare.
  // Measured in a function of its own: a frame's stale registers would keep the dropped array
  // alive until the next iteration.
  const gaps = facts.coverageGaps;
  const perKey = {};
  const drop = key => {
    const count = facts[key].value.length;
    facts[key] = null;
    return count;
  };
  let before = live();
  for (const key of Object.keys(facts)) {
    if (!facts[key]?.ok || !Array.isArray(facts[key].value)) continue;
    const count = drop(key);
    const after = live();
    perKey[key] = {
      count,
      MB: Math.round(((before - after) / MB) * 10) / 10,
      bytesEach: count ? Math.round((before - after) / count) : 0,
    };
    before = after;
  }
  facts = null;
  phases.dropped = { ...mem(), live: Math.round(live() / MB) };
  process.stdout.write(
    `${JSON.stringify(
      {
        collectMs,
        total,
        maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
        phases,
        gaps,
        perKey,
      },
      null,
      1,
    )}\n`,
  );
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
