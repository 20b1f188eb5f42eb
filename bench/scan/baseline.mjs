// The parse floor: the same discovery requests and LIST pages a scan makes, each page only
// JSON.parse'd and dropped. No client library, no mapping, no scoring.
// Input: BENCH_TARGET={url, caData, token, pageSize, concurrency, resources, keepAlive}
import https from 'node:https';
import { createRequire } from 'node:module';

const { startSampling, report, performance } = createRequire(import.meta.url)(
  './measure.cjs',
);
const target = JSON.parse(process.env.BENCH_TARGET);
const agent = new https.Agent({
  ca: Buffer.from(target.caData, 'base64'),
  keepAlive: target.keepAlive ?? true,
});
const METADATA_ONLY =
  'application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io,application/json;q=0.9';

function getJson(path, accept = 'application/json') {
  return new Promise((resolve, reject) => {
    const request = https.request(
      `${target.url}${path}`,
      {
        agent,
        headers: { Authorization: `Bearer ${target.token}`, Accept: accept },
      },
      response => {
        const chunks = [];
        response.on('data', chunk => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          if (response.statusCode !== 200) {
            reject(new Error(`${path}: HTTP ${response.statusCode}`));
            return;
          }
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        });
      },
    );
    request.on('error', reject);
    request.end();
  });
}

async function listAll(resource) {
  let token;
  let items = 0;
  let pages = 0;
  do {
    const query = new URLSearchParams({ limit: String(target.pageSize) });
    if (token) query.set('continue', token);
    const page = await getJson(
      `${resource.path}?${query}`,
      resource.metadataOnly ? METADATA_ONLY : undefined,
    );
    items += page.items.length;
    pages += 1;
    token = page.metadata?.continue || undefined;
  } while (token);
  return { items, pages };
}

const rssAfterLoadMB = Math.round(process.memoryUsage().rss / 2 ** 20);
const sampling = startSampling();
const t0 = performance.now();
const cpu0 = process.cpuUsage();
await getJson('/version');
await getJson('/api');
const groups = await getJson('/apis');
const served = new Set(['v1']);
for (const g of groups.groups) {
  for (const v of g.versions) served.add(v.groupVersion);
}
const queue = target.resources.filter(
  r => !r.crd || served.has(r.groupVersion),
);
const counts = {};
let pages = 0;
let next = 0;
await Promise.all(
  Array.from({ length: target.concurrency }, async () => {
    while (next < queue.length) {
      const resource = queue[next++];
      const listed = await listAll(resource);
      counts[resource.name] = listed.items;
      pages += listed.pages;
    }
  }),
);
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const peak = sampling.stop();
agent.destroy();
report({
  mode: 'baseline',
  rssAfterLoadMB,
  wallMs: Math.round(wallMs),
  cpuMs: Math.round((cpu.user + cpu.system) / 1000),
  peakHeapMB: Math.round(peak.heapUsed / 2 ** 20),
  pods: counts.pods,
  lists: queue.length,
  pages,
});
