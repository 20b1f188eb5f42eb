// Serves the backend's real readiness router (createRouter + ReadinessStore over the seeded
// SQLite file) at /api/readiness, and the bundled report page at /. Authentication and
// permissions are stubbed to "allowed": the benchmark is about data and rendering.
// Usage: node serve.cjs <sqlite file> <bundle dir>; prints
// {"url": ...} and exits when stdin closes.
require('@backstage/cli/config/nodeTransform.cjs');
const path = require('node:path');
const express = require('express');
const knex = require('knex');
const { ConfigReader } = require('@backstage/config');
const { AuthorizeResult } = require('@backstage/plugin-permission-common');

const src = path.join(__dirname, '../../plugins/readiness-backend/src');
const { ReadinessStore } = require(path.join(src, 'database/ReadinessStore'));
const { ScanService } = require(path.join(src, 'service/ScanService'));
const { createRouter } = require(path.join(src, 'service/router'));
const { RunbookLibrary } = require(path.join(src, 'runbooks/RunbookLibrary'));
const { readReadinessConfig } = require(path.join(src, 'config'));

const logger = {
  info() {},
  warn() {},
  error() {},
  debug() {},
  child() {
    return logger;
  },
};

async function main() {
  const [file, bundleDir] = process.argv.slice(2);
  const db = knex({
    client: 'better-sqlite3',
    connection: { filename: file },
    useNullAsDefault: true,
  });
  const store = await ReadinessStore.create({
    getClient: async () => db,
    migrations: { skip: true },
  });
  const config = readReadinessConfig(new ConfigReader({ readiness: {} }));
  const router = await createRouter({
    store,
    scans: ScanService.create({ config, store, logger }),
    catalog: { getEntityByRef: async () => undefined },
    httpAuth: {
      credentials: async () => ({
        $$type: '@backstage/BackstageCredentials',
        principal: { type: 'user', userEntityRef: 'user:default/bench' },
      }),
    },
    permissions: {
      authorize: async requests =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
      authorizeConditional: async requests =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW })),
    },
    logger,
    runbooks: RunbookLibrary.create(),
    staleAfterMs: config.staleAfterMs,
    teamCard: config.teamCard,
    attestationMaxAgeDays: config.attestationMaxAgeDays,
  });
  const app = express();
  app.use('/api/readiness', router);
  app.use(express.static(bundleDir));
  app.get('*', (_req, res) => res.sendFile(path.join(bundleDir, 'index.html')));
  const server = app.listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    process.stdout.write(
      `${JSON.stringify({ url: `http://127.0.0.1:${port}` })}\n`,
    );
  });
  const stop = () =>
    server.close(() => db.destroy().finally(() => process.exit(0)));
  process.stdin.on('end', stop);
  process.stdin.resume();
  process.once('SIGTERM', stop);
  setTimeout(stop, 10 * 60 * 1000);
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
