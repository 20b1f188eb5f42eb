// Renders `yarn bench` results as markdown: the tables for the terminal, and the whole
// docs/benchmarks.md (tables + bench/analysis.md, the write-up of causes and fixes).
import fs from 'node:fs';
import path from 'node:path';

const s = ms => (ms === undefined ? '–' : `${(ms / 1000).toFixed(2)} s`);
const mb = n => (n === undefined ? '–' : `${n} MB`);
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '–');
const mark = ok => (ok ? '✅' : '❌');
const n = x => x.toLocaleString('en-US');

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map(r => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function scanTables(scan) {
  const objects = row =>
    Object.values(row.server.counts).reduce((a, b) => a + b, 0);
  const main = table(
    [
      'pods / namespaces (objects)',
      'parse floor: time',
      'floor: peak RSS',
      'scan: time',
      'scan: peak RSS',
      'scan ÷ floor',
    ],
    scan.rows.map(row => {
      const { floor, scan: full } = row.results;
      return [
        `${n(row.pods)} / ${n(row.namespaces)} (${n(objects(row))})`,
        s(floor.wallMs),
        mb(floor.maxRssMB),
        s(full.wallMs),
        mb(full.maxRssMB),
        `${ratio(full.wallMs, floor.wallMs)} ${mark(
          full.wallMs <= 2 * floor.wallMs,
        )}`,
      ];
    }),
  );
  const detail = table(
    [
      'pods',
      'floor: client CPU',
      'scan: client CPU (scoring)',
      'API server CPU (floor / scan)',
      'peak heap (floor / scan)',
      'RSS before the work (floor / scan)',
      'pods read (floor / scan)',
    ],
    scan.rows.map(row => {
      const { floor, scan: full } = row.results;
      return [
        n(row.pods),
        s(floor.cpuMs),
        `${s(full.cpuMs)} (${s(full.scoreMs)})`,
        [floor, full].map(r => s(r?.serverCpuMs)).join(' / '),
        [floor, full].map(r => mb(r?.peakHeapMB)).join(' / '),
        [floor, full].map(r => mb(r?.rssAfterLoadMB)).join(' / '),
        [floor, full].map(r => r?.pods ?? '–').join(' / '),
      ];
    }),
  );
  const top = scan.rows[scan.rows.length - 1];
  const targets = [
    `scan ≤ 2× floor: ${scan.rows
      .map(
        r =>
          `${n(r.pods)} ${mark(
            r.results.scan.wallMs <= 2 * r.results.floor.wallMs,
          )}`,
      )
      .join(', ')}`,
    `peak RSS ≤ 400 MB at ${n(top.pods)} pods: ${mark(
      top.results.scan.maxRssMB <= 400,
    )} (${mb(top.results.scan.maxRssMB)})`,
    `RSS flat across sizes: ${scan.rows
      .map(r => mb(r.results.scan.maxRssMB))
      .join(' → ')}`,
  ];
  return { main, detail, targets, top };
}

function reportTable(report) {
  return table(
    [
      'scenario',
      'timed from',
      'JS loaded at start (with lazy chunks)',
      'rows',
      'table rendered',
      'painted',
      'GET /clusters sent',
      'its server time',
      'data received',
      'render after data',
      'response',
      'target < 1 s',
    ],
    report.results.map(r => {
      const m = r.median;
      return [
        r.name,
        r.mode === 'navigate' ? 'the click' : 'navigation start',
        `${n(r.bundleKB)} KB (${n(r.totalKB)} KB)`,
        n(m.rows),
        `**${s(m.renderedMs)}** (${r.loads
          .map(l => s(l.renderedMs))
          .join(', ')})`,
        s(m.paintedMs),
        s(m.apiRequestedMs),
        s(m.apiServerMs),
        s(m.apiDoneMs),
        s(m.renderAfterDataMs),
        `${n(m.apiKB)} KB`,
        r.floor ? '(floor)' : mark(m.renderedMs < 1000),
      ];
    }),
  );
}

/** The target lines: each page against 1 s, and how much of its time its floor already takes. */
function reportTarget(report) {
  const lines = [];
  for (const mode of ['load', 'navigate']) {
    const page = report.results.find(r => r.mode === mode && !r.floor);
    const floor = report.results.find(r => r.mode === mode && r.floor);
    if (!page || !floor) continue;
    const own = page.median.renderedMs - floor.median.renderedMs;
    lines.push(
      `${
        mode === 'load' ? 'Cold load' : 'In-app navigation'
      }: report table rendered in < 1 s: ${mark(
        page.median.renderedMs < 1000,
      )} (${s(page.median.renderedMs)}); its floor takes ${s(
        floor.median.renderedMs,
      )} on this machine, the report's own share is ${s(own)}.`,
    );
  }
  return lines.length ? `\n\n${lines.join('\n\n')}` : '';
}

function entityTable(entity) {
  const [ours, theirs] = ['readiness', 'kubernetes'].map(name =>
    entity.routes.find(r => r.name === name),
  );
  const msx = x =>
    x === undefined ? '–' : `${Math.round(x).toLocaleString('en-US')} ms`;
  return table(
    [
      'route',
      'p50',
      'p95',
      'p99 / max',
      'req/s',
      'answered (non-2xx / errors / timeouts)',
      'alone',
      'cold burst p95 / max',
      'CPU per request: backend / API server',
      'body',
      'p95: ours vs theirs',
      'load avg before / after',
    ],
    entity.routes.map(r => [
      `\`${r.route}\``,
      msx(r.latency.p50),
      `**${msx(r.latency.p95)}**`,
      `${msx(r.latency.p99)} / ${msx(r.latency.max)}`,
      n(r.rps),
      `${n(r.ok)} of ${n(r.amount)} (${r.non2xx} / ${r.errors} / ${
        r.timeouts
      })`,
      msx(r.aloneMs),
      `${msx(r.burst.latency.p95)} / ${msx(r.burst.latency.max)}`,
      `${r.cpuMsPerRequest.backend} / ${r.cpuMsPerRequest.apiServer} ms`,
      `${n(Math.round(r.bytes / 102.4) / 10)} KB`,
      r === ours
        ? `**${(theirs.latency.p95 / ours.latency.p95).toFixed(
            1,
          )}× faster** ${mark(theirs.latency.p95 >= 20 * ours.latency.p95)}`
        : '(baseline)',
      `${r.loadAverage.before[0]} / ${r.loadAverage.after[0]}`,
    ]),
  );
}

/** The terminal tables and the full document. */
export function renderMarkdown({ machine, scan, report, entity, durationS }) {
  const parts = [];
  const m = machine;
  parts.push(
    `Machine: ${m.cpu}, ${m.nproc} CPUs (nproc), ${m.memoryGiB} GiB memory, Node ${m.node}; ` +
      `run ${m.date}, load average ${m.loadAverage.join(
        ' / ',
      )} before and ${m.loadAverageAfter.join(
        ' / ',
      )} after (other work on the machine shows up as noise); \`yarn bench\` took ${durationS} s.`,
  );
  if (scan) {
    const t = scanTables(scan);
    parts.push(
      '### (a) Scan against the parse floor\n\n' +
        'Time is wall time of the work (modules loaded first), median of the runs; peak RSS is ' +
        '`process.resourceUsage().maxRSS` of a fresh child per run; the API test server runs in ' +
        'its own process.\n\n' +
        `${t.main}\n\n${t.detail}\n\nTargets: ${t.targets.join('; ')}.`,
    );
  }
  if (report) {
    parts.push(
      '### (b) Report page, 1,000 clusters\n\n' +
        `${n(
          report.seeded.clusters,
        )} clusters written with \`ReadinessStore\` into SQLite ` +
        `(${report.seeded.never} never scanned, ${report.seeded.failed} with a failed last scan; ` +
        `reports from the real engine, ${report.seeded.averageReportKB} KB each on average), ` +
        "served by the backend's `createRouter` (auth and permissions stubbed to allow); the " +
        "plugin's `ReadinessReportPage` in a Backstage app shell (`bench/report/shell.tsx`), " +
        "bundled by esbuild for production with code splitting (as the app's webpack build " +
        'splits dynamic imports; the initial chunks are preloaded from the HTML, as webpack ' +
        'names them there). Two ways in: a **cold load** of `/readiness` (a first visit: the ' +
        "app's boot included, timed from navigation start), and an **in-app navigation** from " +
        'a portal home page with the app running, the page loaded on demand as ' +
        '`createRoutableExtension` loads it (`bench/report/homeShell.tsx`, timed from the ' +
        'click). Each has a floor: the same shell, way in and request through the real ' +
        '`ReadinessClient`, rendering only 100 names as plain rows: what any page showing this ' +
        'data pays before the report draws anything of its own. Headless Debian Chromium, ' +
        'median of 7 loads per scenario taken in turns (all 7 in brackets); "rendered" is the ' +
        'first animation frame with the rows in the DOM: all of them, or the first page when ' +
        'the table pages.\n\n' +
        reportTable(report) +
        reportTarget(report),
    );
  }
  if (entity) {
    const objects = Object.entries(entity.service.objects)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ');
    const ours = entity.routes.find(r => r.name === 'readiness');
    const theirs = entity.routes.find(r => r.name === 'kubernetes');
    parts.push(
      `### (c) Entity page: the service card's route against the Kubernetes plugin's\n\n` +
        `One Backstage backend (\`createBackend()\`: catalog, permissions with the allow-all ` +
        'policy, `@backstage/plugin-kubernetes-backend` and readiness, SQLite in memory), both ' +
        `plugins configured with the same generated cluster of ${n(
          entity.pods,
        )} pods in ${n(
          entity.namespaces,
        )} namespaces served by the test API server in its own process. The entity is ` +
        `\`${entity.entityRef}\`, annotated \`backstage.io/kubernetes-id: ${entity.service.kubernetesId}\` ` +
        `(${objects} in namespace \`${entity.service.namespace}\`; a typical service of the ` +
        `${n(
          entity.service.idsInCluster,
        )} ids in the cluster). Each route was checked to answer ` +
        "the entity's data (readiness: its cluster and namespace; Kubernetes: the pods), then " +
        `loaded by autocannon with ${entity.connections} connections, one route after the other, ` +
        'authenticated with a static external-access token: first a cold burst of 200 requests on ' +
        'new connections (which also warms up), then a fixed number of requests sized from the ' +
        `burst's throughput to take about ${entity.durationS} s. Every request of the measured run ` +
        'is answered and counted (no time limit cuts the slowest off); percentiles are exact over ' +
        'its 2xx response times (autocannon itself has p97.5, not p95: ' +
        `${n(ours.autocannon.p97_5)} ms and ${n(
          theirs.autocannon.p97_5,
        )} ms). "Alone" is the median of 7 ` +
        'sequential requests after the burst, nothing else in flight. Readiness answers from the report its scheduled ' +
        'scan stored; the Kubernetes plugin sends 13 label-selected LISTs (every kind it shows, ' +
        'across all namespaces) to the API server on every request. The API server is the ' +
        "repository's Node test server on the same 2 CPUs, not kube-apiserver.\n\n" +
        `${entityTable(entity)}\n\n` +
        `Target: readiness ≥ 20× faster at p95: ${mark(
          theirs.latency.p95 >= 20 * ours.latency.p95,
        )} (${(theirs.latency.p95 / ours.latency.p95).toFixed(1)}×).`,
    );
  }
  const tables = parts.join('\n\n');
  const analysis = fs.readFileSync(
    path.join(import.meta.dirname, 'analysis.md'),
    'utf8',
  );
  const document =
    '# Benchmarks\n\n' +
    '<!-- Generated by `yarn bench` (bench/run.mjs); the results section is overwritten on every run. -->\n\n' +
    'How fast a scan is against the cost of merely reading the same data, how much memory it ' +
    'needs as clusters grow, how long the portal report takes to show 1,000 clusters, and how ' +
    "the service card's entity route holds up under load next to the Kubernetes plugin's. " +
    'Clusters come from the seeded generator in `test/src/generator` and are served by the ' +
    'Kubernetes API test server over HTTPS with the default page size (500).\n\n' +
    '```sh\nyarn bench                      # everything, < 10 minutes on 2 CPUs\n' +
    'yarn bench --only scan --sizes 1000,20000\nyarn bench --only report --no-write\n' +
    'yarn bench --only entity --entity-pods 20000 --entity-namespaces 1000 --entity-duration 20\n```\n\n' +
    `## Results\n\n${tables}\n\n${analysis}`;
  return { tables, document };
}
