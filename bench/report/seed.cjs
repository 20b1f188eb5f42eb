// Writes 1,000 clusters into a SQLite file through the backend's own ReadinessStore, as the
// scheduled scans would: reports scored by the real engine from generated clusters of 200 to
// 3,000 pods, a few clusters failing (stale, with an error) and a few never scanned.
// Usage: node seed.cjs <sqlite file> <clusters>
require('@backstage/cli/config/nodeTransform.cjs');
const path = require('node:path');
const knex = require('knex');
const { ConfigReader } = require('@backstage/config');

const root = path.join(__dirname, '../..');
const src = path.join(root, 'plugins/readiness-backend/src');
const { generateCluster } = require(path.join(
  root,
  'test/src/generator/generateCluster.ts',
));
const { createRandom } = require(path.join(
  root,
  'test/src/generator/random.ts',
));
const { ReadinessStore } = require(path.join(src, 'database/ReadinessStore'));
const { collectFacts, unreadableCluster } = require(path.join(
  src,
  'collect/collectFacts',
));
const { scoreCluster } = require(path.join(src, 'engine/scoreCluster'));
const { readReadinessConfig, scoringOptions } = require(path.join(
  src,
  'config',
));

const TEMPLATES = 12;
const REGIONS = [
  'eu-west-1',
  'eu-central-1',
  'us-east-1',
  'us-west-2',
  'ap-southeast-2',
];
const ENVS = ['prod', 'staging', 'dev', 'perf', 'sandbox'];

/** A ClusterReader over generated objects, shaped like the API test server's answers. */
function memoryReader(name, objects) {
  const byKind = new Map();
  for (const o of objects) {
    const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
    const key = `${group}|${o.kind}`;
    if (!byKind.has(key)) byKind.set(key, []);
    byKind.get(key).push(o);
  }
  return {
    name,
    declared: { provider: 'eks', region: 'eu-west-1' },
    serverInfo: async () => ({
      ok: true,
      info: { version: 'v1.31.4-eks-2d5f260', groupVersions: null },
    }),
    list: async r => ({
      ok: true,
      items: byKind.get(`${r.group}|${r.kind}`) ?? [],
      pages: 1,
    }),
  };
}

async function main() {
  const [file, count] = [process.argv[2], Number(process.argv[3] ?? 1000)];
  const db = knex({
    client: 'better-sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
    // A benchmark fixture, not data to keep: no fsync per transaction.
    pool: {
      afterCreate: (conn, done) => {
        conn.pragma('synchronous = OFF');
        done();
      },
    },
  });
  const store = await ReadinessStore.create({
    getClient: async () => db,
    migrations: { skip: false },
  });
  const config = readReadinessConfig(new ConfigReader({ readiness: {} }));
  const options = scoringOptions(config);
  const now = new Date();

  const templates = [];
  for (let i = 0; i < TEMPLATES; i++) {
    const pods = 200 + Math.round((2800 * i) / (TEMPLATES - 1));
    const { objects } = generateCluster({ pods, seed: 100 + i });
    const { facts } = await collectFacts(memoryReader('t', objects), now);
    templates.push(scoreCluster(facts, { ...options, now }));
  }

  const rng = createRandom(7);
  let failed = 0;
  let never = 0;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const name = `${ENVS[i % ENVS.length]}-${
      REGIONS[Math.floor(i / ENVS.length) % REGIONS.length]
    }-${String(i).padStart(4, '0')}`;
    const at = new Date(now.getTime() - rng.int(60, 3 * 3600) * 1000);
    const roll = rng.next();
    if (roll < 0.02) {
      never += 1;
      const error = 'connect ECONNREFUSED 10.0.0.1:6443';
      const unknown = scoreCluster(
        unreadableCluster(
          name,
          at,
          { provider: 'eks', region: null },
          error,
          null,
        ),
        options,
      );
      await store.saveFailure(name, error, at, unknown);
      continue;
    }
    const template = templates[rng.int(0, templates.length - 1)];
    const report = { ...template, cluster: name, scannedAt: at.toISOString() };
    bytes += JSON.stringify(report).length;
    await store.saveReport(report, at);
    if (roll > 0.96) {
      failed += 1;
      await store.saveFailure(
        name,
        'HTTP 401: Unauthorized',
        new Date(at.getTime() + 60_000),
        report,
      );
    }
  }
  await db.destroy();
  process.stdout.write(
    `${JSON.stringify({
      clusters: count,
      failed,
      never,
      templates: templates.map(t => t.total),
      averageReportKB: Math.round(bytes / (count - never) / 1024),
    })}\n`,
  );
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
