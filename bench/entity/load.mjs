// Loads the two entity routes of one running backend with autocannon, one route after the other:
// readiness's `GET /api/readiness/entity/:kind/:namespace/:name` (the service card's data) and the
// Kubernetes plugin's `POST /api/kubernetes/services/:serviceId` (its entity page), for the same
// entity. Each route is first checked to answer 200 with the entity's data, then warmed up, then
// measured with a fixed number of requests sized to take about `durationS`. Prints one JSON line.
//
// Input: BENCH_TARGET={baseUrl, token, entityRef, cluster, service, connections, durationS,
//   maxRequests, pids: {backend, apiServer}}
import os from 'node:os';
import { cpuMs } from '../lib/processCpu.mjs';
import autocannon from 'autocannon';

const target = JSON.parse(process.env.BENCH_TARGET);
const log = message => process.stderr.write(`[entity] ${message}\n`);
const auth = { authorization: `Bearer ${target.token}` };

const loadAverage = () => os.loadavg().map(l => Math.round(l * 100) / 100);

async function call(route) {
  const started = performance.now();
  const response = await fetch(`${target.baseUrl}${route.path}`, {
    method: route.method,
    headers: route.headers,
    body: route.body,
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    ms: performance.now() - started,
  };
}

/** The entity's data must be in the answer: a benchmark of 401s or empty lists is worthless. */
function verify(route, { status, text }) {
  if (status !== 200) {
    throw new Error(`${route.name}: HTTP ${status}: ${text.slice(0, 500)}`);
  }
  const body = JSON.parse(text);
  const { kubernetesId, namespace, objects } = target.service;
  if (route.name === 'readiness') {
    const cluster = body.clusters?.[0];
    if (cluster?.cluster !== target.cluster) {
      throw new Error(`readiness: no cluster in ${text.slice(0, 500)}`);
    }
    if (!cluster.namespaces.some(ns => ns.name === namespace)) {
      throw new Error(`readiness: namespace ${namespace} not in the answer`);
    }
    return {
      clusters: body.clusters.length,
      namespaces: cluster.namespaces.length,
      total: cluster.total,
      failingChecks: cluster.failingChecks.length,
    };
  }
  const item = body.items?.[0];
  if (item?.cluster?.name !== target.cluster) {
    throw new Error(`kubernetes: no cluster in ${text.slice(0, 500)}`);
  }
  if (item.errors?.length) {
    throw new Error(`kubernetes: errors ${JSON.stringify(item.errors)}`);
  }
  const found = Object.fromEntries(
    item.resources
      .filter(r => r.resources.length > 0)
      .map(r => [r.type, r.resources.length]),
  );
  const pods = item.resources.find(r => r.type === 'pods')?.resources ?? [];
  if (pods.length !== objects.Pod) {
    throw new Error(
      `kubernetes: ${pods.length} pods for ${kubernetesId}, expected ${objects.Pod}`,
    );
  }
  return { clusters: body.items.length, objects: found };
}

/**
 * A fixed number of requests, every one of them answered before the run ends: a run bounded by
 * time would leave the slowest requests in flight when it stops and out of the percentiles,
 * flattering whichever route has the longer tail.
 */
function runAutocannon(route, amount, onResponse) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${target.baseUrl}${route.path}`,
        method: route.method,
        headers: route.headers,
        body: route.body,
        connections: target.connections,
        amount,
        // A slow answer is a latency, not an error.
        timeout: 120,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (onResponse) instance.on('response', onResponse);
  });
}

const percentile = (sorted, p) =>
  sorted.length === 0
    ? undefined
    : sorted[
        Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
      ];
const round = (x, digits = 1) =>
  x === undefined ? undefined : Math.round(x * 10 ** digits) / 10 ** digits;

const summarize = sorted => ({
  p50: round(percentile(sorted, 50)),
  p90: round(percentile(sorted, 90)),
  p95: round(percentile(sorted, 95)),
  p99: round(percentile(sorted, 99)),
  max: round(sorted[sorted.length - 1]),
  mean: round(sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1)),
});

/**
 * Every response of a run: when its request started (completion minus latency, ms since the run
 * began), its latency and its status.
 */
async function recordedRun(route, amount) {
  const responses = [];
  const t0 = performance.now();
  const result = await runAutocannon(
    route,
    amount,
    (_client, status, _bytes, latency) => {
      const done = performance.now() - t0;
      responses.push({ start: done - latency, done, latency, status });
    },
  );
  return { result, responses };
}

async function measure(route) {
  const check = await call(route);
  const content = verify(route, check);
  const C = target.connections;
  log(
    `${route.name}: 200, ${check.text.length} bytes, ${Math.round(
      check.ms,
    )} ms cold: ${JSON.stringify(content)}`,
  );
  // Warm-up, and a cold burst: C clients arrive at once on new connections, four requests each.
  // Its throughput sizes the measured run.
  log(`${route.name}: cold burst of ${4 * C} requests`);
  const burst = await recordedRun(route, 4 * C);
  const burstOk = burst.responses
    .filter(r => r.status >= 200 && r.status < 300)
    .map(r => r.latency)
    .sort((a, b) => a - b);
  // One request at a time, warm: the route's own cost without queueing.
  const alone = [];
  for (let i = 0; i < 7; i++) alone.push((await call(route)).ms);
  alone.sort((a, b) => a - b);
  const burstRps =
    burst.result.requests.total / Math.max(burst.result.duration, 0.01);
  // The measured run: a fixed amount sized to about `durationS`, every request answered (no time
  // limit, so no slow request is cut off when the run ends), every one of them in the
  // percentiles. Slicing a warm-up or a drain off by start order was tried and rejected: when a
  // route starves some requests for tens of seconds, those are exactly the early ones it drops.
  const amount = Math.min(
    target.maxRequests,
    Math.max(10 * C, Math.round((burstRps * target.durationS) / C) * C),
  );
  const loadBefore = loadAverage();
  const cpu = {
    backend: cpuMs(target.pids.backend),
    apiServer: cpuMs(target.pids.apiServer),
    load: process.cpuUsage(),
  };
  log(
    `${
      route.name
    }: ${amount} requests over ${C} connections (burst: ${Math.round(
      burstRps,
    )} req/s)`,
  );
  const { result, responses } = await recordedRun(route, amount);
  const loadCpu = process.cpuUsage(cpu.load);
  const cpuUsed = {
    backend: cpuMs(target.pids.backend) - cpu.backend,
    apiServer: cpuMs(target.pids.apiServer) - cpu.apiServer,
    autocannon: (loadCpu.user + loadCpu.system) / 1000,
  };
  const loadAfter = loadAverage();
  const after = await call(route);
  verify(route, after);

  const ok = responses.filter(r => r.status >= 200 && r.status < 300);
  const times = ok.map(r => r.latency).sort((a, b) => a - b);
  const statuses = {};
  for (const r of responses) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const perRequest = ms => round(ms / responses.length, 2);
  const measured = {
    name: route.name,
    method: route.method,
    route: route.pattern,
    bytes: check.text.length,
    firstMs: round(check.ms),
    // Median of 7 sequential requests after the warm-up.
    aloneMs: round(alone[3]),
    content,
    amount,
    ok: ok.length,
    sent: result.requests.sent,
    answered: responses.length,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statuses,
    runS: result.duration,
    rps: round(ok.length / result.duration),
    // Exact percentiles (ms) of every 2xx response time of the run.
    latency: summarize(times),
    // autocannon's own histogram, as a cross-check (it has no p95).
    autocannon: {
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
    },
    burst: {
      requests: burst.responses.length,
      rps: round(burstRps),
      non2xx: burst.result.non2xx,
      errors: burst.result.errors,
      latency: summarize(burstOk),
    },
    // CPU per answered request over the measured run.
    cpuMsPerRequest: {
      backend: perRequest(cpuUsed.backend),
      apiServer: perRequest(cpuUsed.apiServer),
      autocannon: perRequest(cpuUsed.autocannon),
    },
    loadAverage: { before: loadBefore, after: loadAfter },
  };
  log(
    `${route.name}: p50 ${measured.latency.p50} ms, p95 ${measured.latency.p95} ms, ${measured.rps} req/s, ` +
      `${measured.non2xx} non-2xx, ${measured.errors} errors, mean ${measured.latency.mean} ms; ` +
      `burst p95 ${measured.burst.latency.p95} ms, max ${measured.burst.latency.max} ms`,
  );
  return measured;
}

async function main() {
  const [kind, rest] = target.entityRef.split(':');
  const [namespace, name] = rest.split('/');
  const entityResponse = await fetch(
    `${target.baseUrl}/api/catalog/entities/by-name/${kind}/${namespace}/${name}`,
    { headers: auth },
  );
  if (!entityResponse.ok) {
    throw new Error(
      `catalog: HTTP ${entityResponse.status} for ${target.entityRef}`,
    );
  }
  // The Kubernetes plugin's frontend posts the entity it shows, as the catalog returned it.
  const entity = await entityResponse.json();
  const routes = [
    {
      name: 'readiness',
      method: 'GET',
      pattern: 'GET /api/readiness/entity/:kind/:namespace/:name',
      path: `/api/readiness/entity/${kind}/${namespace}/${name}`,
      headers: auth,
    },
    {
      name: 'kubernetes',
      method: 'POST',
      pattern: 'POST /api/kubernetes/services/:serviceId',
      path: `/api/kubernetes/services/${encodeURIComponent(
        entity.metadata.annotations['backstage.io/kubernetes-id'],
      )}`,
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ entity, auth: {} }),
    },
  ];
  const results = [];
  for (const route of routes) results.push(await measure(route));
  process.stdout.write(`${JSON.stringify({ routes: results })}\n`);
}

main().catch(error => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
