// `yarn bench`: (a) a full scan against its parse floor at three cluster sizes, (b) the portal
// report page with 1,000 clusters in headless Chromium, (c) the service card's entity route
// against the Kubernetes plugin's under 50 concurrent clients. Prints markdown and writes
// docs/benchmarks.md. Every child is bounded by a timeout; servers listen on 127.0.0.1 only.
//
//   yarn bench [--only scan|report|entity] [--sizes 1000,20000] [--no-write]
//              [--entity-pods 20000] [--entity-namespaces 1000] [--entity-duration 20]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import prettier from 'prettier';
import { renderMarkdown } from './markdown.mjs';
import { cpuMs } from './lib/processCpu.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH = path.join(ROOT, 'bench');
const NODE = process.execPath;
const SIZES = [
  { pods: 1000, namespaces: 50, repeats: 3 },
  { pods: 20000, namespaces: 1000, repeats: 3 },
  { pods: 100000, namespaces: 5000, repeats: 1 },
];

const { values: flags } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
    'entity-pods': { type: 'string', default: '20000' },
    'entity-namespaces': { type: 'string', default: '1000' },
    'entity-duration': { type: 'string', default: '20' },
  },
});
const PARTS = ['scan', 'report', 'entity'];
if (flags.only && !PARTS.includes(flags.only)) {
  throw new Error(`--only ${flags.only}: expected one of ${PARTS.join(', ')}`);
}
const wantPart = part => !flags.only || flags.only === part;

const log = message => process.stderr.write(`[bench] ${message}\n`);

function machine() {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  return {
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? 'unknown',
    nproc: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    date: new Date().toISOString(),
    loadAverage: os.loadavg().map(l => Math.round(l * 100) / 100),
  };
}

/** Runs a child to completion and returns the JSON of its last stdout line. */
function runJson(args, { env = {}, timeoutMs = 300_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', d => (out += d));
    child.stderr.on('data', d => (err += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const last = out.trim().split('\n').pop();
      if (code === 0 && last) {
        resolve(JSON.parse(last));
      } else {
        reject(
          new Error(
            `${path.basename(args[args.length - 1] ?? '')} ${args
              .slice(-3)
              .join(' ')}: exit ${code ?? signal}${
              signal === 'SIGKILL' ? ` (timed out after ${timeoutMs} ms)` : ''
            }\n${err.trim().split('\n').slice(-8).join('\n')}`,
          ),
        );
      }
    });
  });
}

/** Starts a server child that prints one JSON line when ready and exits when stdin closes. */
function startServer(args, { timeoutMs = 180_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, args, {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const stop = () =>
      new Promise(done => {
        if (child.exitCode !== null || child.signalCode) return done();
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(kill);
          done();
        });
        child.stdin.end();
      });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args.join(' ')} not ready within ${timeoutMs} ms`));
    }, timeoutMs);
    child.stderr.on('data', d => (err += d));
    child.on('exit', code => {
      clearTimeout(timer);
      reject(
        new Error(`${args.join(' ')} exited ${code}\n${err.slice(-2000)}`),
      );
    });
    child.stdout.on('data', d => {
      out += d;
      const newline = out.indexOf('\n');
      if (newline >= 0) {
        clearTimeout(timer);
        resolve({
          info: JSON.parse(out.slice(0, newline)),
          pid: child.pid,
          stop,
        });
      }
    });
  });
}

const median = runs => {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

async function scanBenchmark(sizes) {
  const resources = await runJson([path.join(BENCH, 'scan/resources.cjs')]);
  // Under node_modules so that the compiled file resolves the packages it imports.
  const cache = path.join(ROOT, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const dir = fs.mkdtempSync(path.join(cache, 'readiness-scan-bench-'));
  const compiled = path.join(dir, 'backend.cjs');
  log('scan: compiling the backend (esbuild, as a production build)');
  await runJson([path.join(BENCH, 'scan/compile.mjs'), compiled]);
  const variants = [
    { name: 'floor', script: 'scan/baseline.mjs' },
    { name: 'scan', script: 'scan/scan.cjs', compiled },
  ];
  const rows = [];
  try {
    for (const size of sizes) {
      log(`scan: serving ${size.pods} pods in ${size.namespaces} namespaces`);
      const server = await startServer([
        '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
        path.join(BENCH, 'scan/apiServer.mjs'),
        String(size.pods),
        String(size.namespaces),
        '1',
      ]);
      const row = { ...size, server: server.info, results: {} };
      try {
        for (const variant of variants) {
          const runs = [];
          for (let i = 0; i < size.repeats; i++) {
            const before = cpuMs(server.pid);
            const result = await runJson([path.join(BENCH, variant.script)], {
              env: {
                BENCH_TARGET: JSON.stringify({
                  url: server.info.url,
                  caData: server.info.caData,
                  token: server.info.token,
                  pageSize: 500,
                  concurrency: 4,
                  resources,
                  ...(variant.compiled ? { compiled: variant.compiled } : {}),
                }),
              },
              timeoutMs: 240_000,
            });
            result.serverCpuMs = Math.round(cpuMs(server.pid) - before);
            delete result.listDetail;
            runs.push(result);
            log(
              `  ${variant.name}: ${result.wallMs} ms, ${result.maxRssMB} MB peak RSS, ${result.pods} pods`,
            );
          }
          row.results[variant.name] = median(runs);
        }
      } finally {
        await server.stop();
      }
      rows.push(row);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { rows };
}

async function reportBenchmark() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-report-bench-'));
  const database = path.join(dir, 'readiness.sqlite');
  const servers = [];
  try {
    log('report: writing 1,000 clusters with ReadinessStore');
    const seeded = await runJson(
      [path.join(BENCH, 'report/seed.cjs'), database, '1000'],
      { timeoutMs: 240_000 },
    );
    log('report: bundling the pages (esbuild, production)');
    // A first visit (cold load of /readiness, app boot included) and the usual way in, from
    // another portal page with the app running; each beside its floor.
    const scenarios = [
      { name: 'report page, cold load', entry: 'page.tsx', mode: 'load' },
      {
        name: 'floor: app shell + GET /clusters, no report',
        entry: 'floor.tsx',
        mode: 'load',
        floor: true,
      },
      {
        name: 'report page, in-app navigation',
        entry: 'navigate.tsx',
        mode: 'navigate',
      },
      {
        name: 'floor: in-app navigation to plain rows',
        entry: 'navigateFloor.tsx',
        mode: 'navigate',
        floor: true,
      },
    ];
    const bundles = {};
    for (const scenario of scenarios) {
      bundles[scenario.entry] = await runJson([
        path.join(BENCH, 'report/bundle.mjs'),
        path.join(dir, scenario.entry),
        scenario.entry,
      ]);
    }
    for (const scenario of scenarios) {
      scenario.server = await startServer([
        path.join(BENCH, 'report/serve.cjs'),
        database,
        path.join(dir, scenario.entry),
      ]);
      servers.push(scenario.server);
    }
    // Seven loads of each, taken in turns, so that a slow minute of this VM (single loads
    // vary by ±30%) falls on every scenario alike rather than on one.
    const loads = new Map(scenarios.map(scenario => [scenario, []]));
    for (let round = 0; round < 7; round++) {
      for (const scenario of scenarios) {
        loads
          .get(scenario)
          .push(
            ...(await runJson(
              [
                path.join(BENCH, 'report/measurePage.mjs'),
                scenario.server.info.url,
                String(seeded.clusters),
                '1',
                scenario.mode,
              ],
              { timeoutMs: 120_000 },
            )),
          );
      }
    }
    const results = [];
    for (const scenario of scenarios) {
      const { server, ...described } = scenario;
      const runs = loads.get(scenario);
      const sorted = [...runs].sort((a, b) => a.renderedMs - b.renderedMs);
      const mid = sorted[Math.floor(sorted.length / 2)];
      log(`  ${scenario.name}: rendered at ${mid.renderedMs} ms`);
      results.push({
        ...described,
        bundleKB: bundles[scenario.entry].bundleKB,
        totalKB: bundles[scenario.entry].totalKB,
        loads: runs,
        median: mid,
      });
    }
    return { seeded, bundles, results };
  } finally {
    for (const server of servers) await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A free TCP port on 127.0.0.1, for a child whose configuration must name its own URL. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * (c) One Backstage backend with the catalog, the Kubernetes plugin and readiness, all pointed at
 * the same generated cluster; autocannon loads each plugin's entity route for the same entity.
 */
async function entityBenchmark({ pods, namespaces, durationS }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readiness-entity-bench-'));
  const servers = [];
  try {
    log(`entity: serving ${pods} pods in ${namespaces} namespaces`);
    const apiServer = await startServer([
      '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
      path.join(BENCH, 'entity/apiServer.mjs'),
      String(pods),
      String(namespaces),
      '1',
    ]);
    servers.push(apiServer);
    const { service } = apiServer.info;
    const cluster = 'bench-cluster';
    const entityRef = `component:default/${service.kubernetesId}`;
    const token = randomBytes(24).toString('base64url');
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    fs.writeFileSync(
      path.join(dir, 'catalog.yaml'),
      JSON.stringify({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: service.kubernetesId,
          annotations: { 'backstage.io/kubernetes-id': service.kubernetesId },
        },
        spec: { type: 'service', lifecycle: 'production', owner: 'bench' },
      }),
    );
    // JSON is YAML: the config loader reads it as is.
    fs.writeFileSync(
      path.join(dir, 'app-config.yaml'),
      JSON.stringify({
        app: { baseUrl },
        backend: {
          baseUrl,
          listen: { host: '127.0.0.1', port },
          database: { client: 'better-sqlite3', connection: ':memory:' },
          auth: {
            externalAccess: [
              { type: 'static', options: { token, subject: 'bench' } },
            ],
          },
        },
        catalog: {
          rules: [{ allow: ['Component', 'Location'] }],
          locations: [{ type: 'file', target: path.join(dir, 'catalog.yaml') }],
        },
        permission: { enabled: true },
        kubernetes: {
          serviceLocatorMethod: { type: 'multiTenant' },
          clusterLocatorMethods: [
            {
              type: 'config',
              clusters: [
                {
                  name: cluster,
                  url: apiServer.info.url,
                  authProvider: 'serviceAccount',
                  serviceAccountToken: apiServer.info.token,
                  caData: apiServer.info.caData,
                  // The test server has no metrics-server; without this every answer carries
                  // an error and the plugin makes one more request per namespace.
                  skipMetricsLookup: true,
                },
              ],
            },
          ],
        },
        // Readiness reads the Kubernetes plugin's cluster; one scan, then none while measuring.
        readiness: {
          schedule: {
            frequency: { hours: 6 },
            timeout: { minutes: 10 },
            initialDelay: { seconds: 1 },
          },
        },
      }),
    );
    fs.writeFileSync(
      path.join(dir, 'target.json'),
      JSON.stringify({
        baseUrl,
        token,
        entityRef,
        cluster,
        log: path.join(dir, 'backend.log'),
      }),
    );
    log('entity: starting the backend (catalog, kubernetes, readiness)');
    const backend = await startServer(
      [
        path.join(BENCH, 'entity/backend.cjs'),
        path.join(dir, 'target.json'),
        '--config',
        path.join(dir, 'app-config.yaml'),
      ],
      { timeoutMs: 300_000 },
    );
    servers.push(backend);
    log(
      `  backend up in ${backend.info.startedMs} ms, readiness scanned at ${backend.info.scannedMs} ms`,
    );
    const connections = 50;
    const load = await runJson([path.join(BENCH, 'entity/load.mjs')], {
      env: {
        BENCH_TARGET: JSON.stringify({
          baseUrl,
          token,
          entityRef,
          cluster,
          service,
          connections,
          durationS,
          maxRequests: 50_000,
          pids: { backend: backend.pid, apiServer: apiServer.pid },
        }),
      },
      // Each run is sized to about durationS from its warm-up; the rest is slack for a noisy machine.
      timeoutMs: 6 * durationS * 1000 + 300_000,
    });
    for (const r of load.routes) {
      log(
        `  ${r.name}: p50 ${r.latency.p50} ms, p95 ${r.latency.p95} ms, mean ${r.latency.mean} ms, ` +
          `${r.rps} req/s; ${r.ok} answered of ${r.sent} sent, ${r.non2xx} non-2xx, ${r.errors} errors`,
      );
    }
    return {
      pods,
      namespaces,
      counts: apiServer.info.counts,
      service,
      entityRef,
      connections,
      durationS,
      backend: backend.info,
      routes: load.routes,
    };
  } catch (error) {
    const backendLog = path.join(dir, 'backend.log');
    if (fs.existsSync(backendLog)) {
      const tail = fs.readFileSync(backendLog, 'utf8').trim().split('\n');
      log(`entity: backend log, last lines:\n${tail.slice(-15).join('\n')}`);
    }
    throw error;
  } finally {
    for (const server of servers.reverse()) await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const started = Date.now();
  const info = machine();
  log(
    `${info.cpu}, ${info.nproc} CPUs, ${info.memoryGiB} GiB, Node ${
      info.node
    }, load ${info.loadAverage.join(' ')}`,
  );
  const wanted = flags.sizes?.split(',').map(Number);
  const sizes = wanted ? SIZES.filter(s => wanted.includes(s.pods)) : SIZES;
  const scan = wantPart('scan') ? await scanBenchmark(sizes) : undefined;
  const report = wantPart('report') ? await reportBenchmark() : undefined;
  const entity = wantPart('entity')
    ? await entityBenchmark({
        pods: Number(flags['entity-pods']),
        namespaces: Number(flags['entity-namespaces']),
        durationS: Number(flags['entity-duration']),
      })
    : undefined;
  const markdown = renderMarkdown({
    machine: {
      ...info,
      loadAverageAfter: os.loadavg().map(l => Math.round(l * 100) / 100),
    },
    scan,
    report,
    entity,
    durationS: Math.round((Date.now() - started) / 1000),
  });
  process.stdout.write(`${markdown.tables}\n`);
  if (!flags['no-write']) {
    const file = path.join(ROOT, 'docs/benchmarks.md');
    // Formatted as the repository's prettier check expects.
    const options = await prettier.resolveConfig(file);
    fs.writeFileSync(
      file,
      prettier.format(markdown.document, { ...options, filepath: file }),
    );
    log(`wrote ${path.relative(ROOT, file)}`);
  }
}

main().catch(error => {
  process.stderr.write(`[bench] failed: ${error?.stack ?? error}\n`);
  process.exit(1);
});
