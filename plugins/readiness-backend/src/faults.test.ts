import path from 'node:path';
import {
  coreServices,
  createServiceFactory,
  LoggerService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  FaultRule,
  KubeApiTestServer,
  KubeObject,
  loadSnapshotObjects,
  startKubeApiTestServer,
} from '@readiness/test';
import request from 'supertest';
import { readinessPlugin } from './plugin';

// The fault matrix: for each way a cluster read fails, one faulty cluster and two healthy ones
// are scanned by the real backend over HTTPS. The faulty cluster's affected checks must say
// `unknown` with the reason, the healthy ones must be fully scored, a whole-cluster failure must
// keep the last good report, and nothing may crash or leave a promise rejection unhandled.

jest.setTimeout(60_000);

const CANARY = 'canary-3f9b2e71-must-never-leave-the-cluster';
const CANARY_B64 = Buffer.from(CANARY).toString('base64');

const fixture = path.join(__dirname, 'checks', '__fixtures__', 'isolated.yaml');

const velero: KubeObject[] = [
  {
    apiVersion: 'velero.io/v1',
    kind: 'Schedule',
    metadata: { name: 'daily', namespace: 'velero' },
    spec: { schedule: '0 2 * * *', template: { includedNamespaces: ['*'] } },
    status: { phase: 'Enabled' },
  },
];

// A Secret as `kubectl apply` leaves it: the data, and the whole object again in the
// last-applied-configuration annotation, which metadata-only lists do return.
const canarySecret: KubeObject = {
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: {
    name: 'payments-db',
    namespace: 'payments',
    annotations: {
      'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'payments-db', namespace: 'payments' },
        data: { password: CANARY_B64 },
        stringData: { dsn: CANARY },
      }),
    },
  },
  type: 'Opaque',
  data: { password: CANARY_B64 },
  stringData: { dsn: CANARY },
};

// A pod that writes the same value inline into a secret-looking env var: a finding whose
// evidence may name the variable, never its value.
const leakyPod: KubeObject = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'payments-migrate', namespace: 'payments' },
  spec: {
    serviceAccountName: 'payments-api',
    containers: [
      {
        name: 'migrate',
        image: 'registry.example.com/payments/migrate:1.0.0',
        env: [{ name: 'DB_PASSWORD', value: CANARY }],
      },
    ],
  },
  status: { phase: 'Succeeded' },
};

// Objects that are there but lack what the mappers need, or hold the wrong types.
const malformed: KubeObject[] = [
  {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'no-target', namespace: 'payments' },
    spec: { minReplicas: 2, maxReplicas: 4 },
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'no-role', namespace: 'search' },
    subjects: [{ kind: 'Group', name: 'search' }],
  },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'odd-shapes',
      namespace: 'search',
      labels: 'not-a-map' as any,
    },
    spec: { containers: 'not-a-list', volumes: { not: 'a list' } },
    status: 'Running',
  },
];

/** 400 more pods than the healthy clusters have, for the list byte budget. */
const bulkPods: KubeObject[] = Array.from({ length: 400 }, (_, i) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {
    name: `batch-${String(i).padStart(4, '0')}`,
    namespace: 'search',
    labels: { app: 'batch', 'backstage.io/kubernetes-id': 'search-api' },
  },
  spec: {
    serviceAccountName: 'search-api',
    containers: [{ name: 'job', image: 'registry.example.com/batch:2.1.0' }],
  },
  status: { phase: 'Running' },
}));

const paymentsApi = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'payments-api',
    namespace: 'default',
    annotations: { 'backstage.io/kubernetes-id': 'payments-api' },
  },
  spec: {
    type: 'service',
    owner: 'group:default/payments',
    lifecycle: 'production',
  },
};

/** Every log line of every backend in this file, as text. */
const logs: string[] = [];
/** Every HTTP response body the tests received. */
const responses: string[] = [];

function capturingLogger(meta: Record<string, unknown> = {}): LoggerService {
  const write =
    (level: string) => (message: string, extra?: Error | unknown) => {
      const detail =
        extra instanceof Error
          ? { error: extra.message, stack: extra.stack }
          : extra;
      logs.push(JSON.stringify({ level, message, ...meta, detail }));
    };
  return {
    error: write('error'),
    warn: write('warn'),
    info: write('info'),
    debug: write('debug'),
    child: more => capturingLogger({ ...meta, ...more }),
  };
}

const rootLogger = createServiceFactory({
  service: coreServices.rootLogger,
  deps: {},
  factory: () => capturingLogger(),
});

// Jest 30 runs each test file with a sandboxed `process`: Node reports an unhandled rejection to
// the real process, where Jest catches it and fails the test that was running (checked with a
// deliberate `Promise.reject`). This spy sees only what is emitted on the sandbox. Either way, an
// unhandled rejection fails this file.
const unhandledRejection = jest.fn();

interface ClusterTarget {
  url: string;
  caData?: string;
  serviceAccountToken?: string;
}

const target = (s: KubeApiTestServer): ClusterTarget => ({
  url: s.url,
  caData: s.caData,
  serviceAccountToken: s.token,
});

describe('fault matrix: one faulty cluster beside two healthy ones', () => {
  let base: KubeObject[];
  let info: any;
  let healthyA: KubeApiTestServer;
  let healthyB: KubeApiTestServer;
  let faulty: KubeApiTestServer;
  const extraServers: KubeApiTestServer[] = [];

  beforeAll(async () => {
    process.on('unhandledRejection', unhandledRejection);
    const snapshot = await loadSnapshotObjects(fixture);
    info = snapshot.info;
    base = [...snapshot.objects, ...velero, canarySecret, leakyPod];
    healthyA = await startKubeApiTestServer({ objects: base, info });
    healthyB = await startKubeApiTestServer({ objects: base, info });
    faulty = await startKubeApiTestServer({ objects: base, info });
  });

  afterEach(() => faulty.setFaults([]));

  afterAll(async () => {
    process.off('unhandledRejection', unhandledRejection);
    for (const s of [healthyA, healthyB, faulty, ...extraServers]) {
      // The connection-refused case has closed its server already.
      await s?.close().catch(() => {});
    }
  });

  async function serve(objects: KubeObject[]) {
    const s = await startKubeApiTestServer({ objects, info });
    extraServers.push(s);
    return s;
  }

  async function startBackend(
    faultyCluster: ClusterTarget,
    kubernetes: Record<string, number> = {},
  ) {
    const { server } = await startTestBackend({
      features: [
        readinessPlugin,
        rootLogger,
        catalogServiceMock.factory({ entities: [paymentsApi] }),
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        mockServices.rootConfig.factory({
          data: {
            readiness: {
              schedule: {
                frequency: { hours: 24 },
                timeout: { minutes: 1 },
                initialDelay: { hours: 24 },
              },
              clusters: [
                { name: 'faulty', ...faultyCluster },
                { name: 'healthy-a', ...target(healthyA) },
                { name: 'healthy-b', ...target(healthyB) },
              ],
              // Two items a page, so every list pages and continue tokens are used.
              kubernetes: {
                pageSize: 2,
                requestTimeoutMs: 2000,
                ...kubernetes,
              },
            },
          },
        }),
      ],
    });
    const call = async (method: 'get' | 'post', url: string) => {
      const response = await request(server)
        [method](`/api/readiness${url}`)
        .set('Authorization', mockCredentials.user.header());
      responses.push(response.text);
      return response;
    };
    return {
      refresh: (name: string) => call('post', `/clusters/${name}/refresh`),
      cluster: async (name: string) =>
        (await call('get', `/clusters/${name}`)).body,
      get: (url: string) => call('get', url),
      health: () => request(server).get('/api/readiness/health'),
    };
  }
  type Backend = Awaited<ReturnType<typeof startBackend>>;

  const pillar = (body: any, id: string) =>
    body.report.pillars.find((p: any) => p.id === id);
  const check = (body: any, id: string) =>
    body.report.pillars
      .flatMap((p: any) => p.checks)
      .find((c: any) => c.id === id);

  /** Scans all three clusters; the healthy two must come out fully scored. */
  async function scanAll(backend: Backend) {
    const outcomes: Record<string, number> = {};
    for (const name of ['faulty', 'healthy-a', 'healthy-b']) {
      outcomes[name] = (await backend.refresh(name)).status;
    }
    for (const name of ['healthy-a', 'healthy-b']) {
      expect(outcomes[name]).toBe(200);
      const body = await backend.cluster(name);
      expect(body.scan.lastError).toBeNull();
      expect(body.report.coverageGaps).toEqual([]);
      expect(pillar(body, 'tenancy')).toMatchObject({ score: 3, coverage: 1 });
      expect(check(body, 'backup-velero-schedule').status).toBe('pass');
    }
    expect((await backend.health()).status).toBe(200);
    return { status: outcomes.faulty, body: await backend.cluster('faulty') };
  }

  /**
   * Every check of the report is unknown, and says why: the read error, or that only an
   * attestation can settle it. The version and serving-certificate checks read no list and only
   * say the version or certificate is unknown, without the error (a gap reported separately).
   */
  function expectAllUnknown(body: any, reason: RegExp) {
    const checks = body.report.pillars.flatMap((p: any) => p.checks);
    for (const c of checks) {
      expect([c.id, c.status]).toEqual([c.id, 'unknown']);
    }
    const silent = checks.filter(
      (c: any) => !reason.test(c.evidence) && !/attest/.test(c.evidence),
    );
    for (const c of silent) {
      expect([c.id, c.pillar, c.evidence]).toEqual([
        c.id,
        'upgrades',
        expect.stringMatching(
          /version is unknown|certificate was not observed/,
        ),
      ]);
    }
    expect(silent.length).toBeLessThanOrEqual(5);
  }

  /** What a pod read failure must not touch: checks that read no pods. */
  function expectPodFreeChecksScored(body: any) {
    expect(check(body, 'backup-velero-schedule').status).toBe('pass');
    expect(check(body, 'identity-no-broad-admin-grants').status).not.toBe(
      'unknown',
    );
  }

  /**
   * A whole-cluster fault after a good scan: the refresh fails (502) with the reason, and the
   * last good report stays shown, marked stale.
   */
  async function expectLastGoodKept(
    backend: Backend,
    inject: () => Promise<void> | void,
    reason: RegExp,
  ) {
    const good = await scanAll(backend);
    expect(good.status).toBe(200);
    expect(pillar(good.body, 'tenancy')).toMatchObject({
      score: 3,
      coverage: 1,
    });
    await inject();
    const failed = await scanAll(backend);
    expect(failed.status).toBe(502);
    expect(failed.body.scan.lastError).toMatch(reason);
    expect(failed.body.scan.stale).toBe(true);
    expect(failed.body.report.scannedAt).toBe(good.body.report.scannedAt);
    expect(failed.body.report.total).toBe(good.body.report.total);
    const list = await backend.get('/clusters');
    expect(list.body.items.find((c: any) => c.name === 'faulty').total).toBe(
      good.body.report.total,
    );
  }

  /** A cluster never read: all unknown with the reason, no total, the error shown. */
  async function expectNeverRead(backend: Backend, reason: RegExp) {
    const { status, body } = await scanAll(backend);
    expect(status).toBe(502);
    expect(body.scan.lastError).toMatch(reason);
    expectAllUnknown(body, reason);
    const list = await backend.get('/clusters');
    expect(list.body.items.find((c: any) => c.name === 'faulty').total).toBe(
      null,
    );
  }

  it('connection refused: keeps the last good report', async () => {
    const doomed = await serve(base);
    const backend = await startBackend(target(doomed));
    await expectLastGoodKept(
      backend,
      () => doomed.close(),
      /connection refused/,
    );
  });

  it('DNS failure: every check unknown with the lookup error', async () => {
    const backend = await startBackend({
      url: 'https://cluster.invalid:6443',
      serviceAccountToken: 'x',
    });
    await expectNeverRead(backend, /DNS lookup failed/);
  });

  it('TLS certificate of another CA: unknown with the verification error', async () => {
    const backend = await startBackend({
      ...target(faulty),
      caData: healthyA.caData,
    });
    await expectNeverRead(backend, /TLS verification failed/);
  });

  it('expired credentials (401): keeps the last good report', async () => {
    const backend = await startBackend(target(faulty));
    await expectLastGoodKept(
      backend,
      () => faulty.setFaults([{ resource: '*', status: 401 }]),
      /HTTP 401/,
    );
  });

  it('server error (500): keeps the last good report', async () => {
    const backend = await startBackend(target(faulty));
    await expectLastGoodKept(
      backend,
      () => faulty.setFaults([{ resource: '*', status: 500 }]),
      /HTTP 500/,
    );
  });

  it('slow responses beyond requestTimeoutMs: timeout, last good report kept', async () => {
    const backend = await startBackend(target(faulty));
    await expectLastGoodKept(
      backend,
      () => faulty.setFaults([{ resource: '*', delayMs: 3000 }]),
      /timed out/,
    );
  });

  /** One scan of the faulty cluster with per-resource faults; the scan itself succeeds. */
  async function scanWith(rules: FaultRule[]) {
    faulty.setFaults(rules);
    const backend = await startBackend(target(faulty));
    const { status, body } = await scanAll(backend);
    expect(status).toBe(200);
    expect(body.scan.lastError).toBeNull();
    return body;
  }

  it('forbidden kind (403): its checks unknown with the RBAC message, the rest scored', async () => {
    const body = await scanWith([{ resource: 'resourcequotas', status: 403 }]);
    const quotas = check(body, 'tenancy-resource-quotas');
    expect(quotas.status).toBe('unknown');
    expect(quotas.evidence).toMatch(
      /HTTP 403: resourcequotas is forbidden: User ".*" cannot list resource "resourcequotas"/,
    );
    expect(check(body, 'tenancy-limit-ranges').status).toBe('pass');
    expect(body.report.coverageGaps).toContainEqual(
      expect.objectContaining({ resource: 'resourcequotas', statusCode: 403 }),
    );
  });

  it('a CRD group absent from discovery: the tool is not installed (a finding, not unknown)', async () => {
    const noVelero = await serve(
      base.filter(o => !o.apiVersion?.startsWith('velero.io/')),
    );
    const backend = await startBackend(target(noVelero));
    const { status, body } = await scanAll(backend);
    expect(status).toBe(200);
    const schedule = check(body, 'backup-velero-schedule');
    expect(schedule.status).toBe('fail');
    expect(schedule.evidence).toMatch(
      /Velero is not installed \(the velero.io API group is not served\)/,
    );
    expect(body.report.coverageGaps).toEqual([]);
  });

  it('a 404 on a served CRD resource: its checks unknown', async () => {
    const body = await scanWith([
      { resource: 'velero.io/schedules', status: 404 },
    ]);
    const schedule = check(body, 'backup-velero-schedule');
    expect(schedule.status).toBe('unknown');
    expect(schedule.evidence).toMatch(
      /Velero Schedules could not be read: schedules.velero.io: HTTP 404/,
    );
    expect(pillar(body, 'tenancy')).toMatchObject({ coverage: 1 });
  });

  it('throttled once (429 with Retry-After): retried, then fully scored', async () => {
    const before = faulty.requests.length;
    const body = await scanWith([
      { resource: 'pods', status: 429, retryAfterSeconds: 1, times: 1 },
    ]);
    expect(body.report.coverageGaps).toEqual([]);
    expect(check(body, 'security-no-privileged-pods').status).not.toBe(
      'unknown',
    );
    const pods = faulty.requests
      .slice(before)
      .filter(r => r.path === '/api/v1/pods');
    expect(pods.map(r => r.status).slice(0, 2)).toEqual([429, 200]);
  });

  it('throttled persistently (429): pods unknown after the retries', async () => {
    const body = await scanWith([
      { resource: 'pods', status: 429, retryAfterSeconds: 0 },
    ]);
    const privileged = check(body, 'security-no-privileged-pods');
    expect(privileged.status).toBe('unknown');
    expect(privileged.evidence).toMatch(
      /Pods could not be read: pods: HTTP 429/,
    );
    expectPodFreeChecksScored(body);
  });

  it('expired continue token (410) mid-list: the list restarts and succeeds', async () => {
    const before = faulty.requests.length;
    const body = await scanWith([
      { resource: 'pods', expireContinue: true, times: 1 },
    ]);
    expect(body.report.coverageGaps).toEqual([]);
    const pods = faulty.requests
      .slice(before)
      .filter(r => r.path === '/api/v1/pods');
    const expired = pods.findIndex(r => r.status === 410);
    expect(expired).toBeGreaterThan(0);
    // The next request starts over, without a continue token.
    expect('continue' in pods[expired + 1].query).toBe(false);
    const healthy = await startBackend(target(healthyA));
    await healthy.refresh('healthy-a');
    const reference = await healthy.cluster('healthy-a');
    expect(body.report.namespaces).toEqual(reference.report.namespaces);
  });

  it('truncated JSON: the kind is unknown, the rest scored', async () => {
    const body = await scanWith([{ resource: 'pods', truncate: true }]);
    const privileged = check(body, 'security-no-privileged-pods');
    expect(privileged.status).toBe('unknown');
    expect(privileged.evidence).toMatch(
      /Pods could not be read: pods: .*(not valid JSON|cut off|socket hang up|aborted|ECONNRESET)/,
    );
    expectPodFreeChecksScored(body);
  });

  it('objects missing expected fields: skipped and counted in coverageGaps', async () => {
    const odd = await serve([...base, ...malformed]);
    const backend = await startBackend(target(odd));
    const { status, body } = await scanAll(backend);
    expect(status).toBe(200);
    expect(body.report.coverageGaps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          resource: 'horizontalpodautoscalers.autoscaling',
          reason: expect.stringMatching(/^1 malformed object/),
        }),
        expect.objectContaining({
          resource: 'rolebindings.rbac.authorization.k8s.io',
          reason: expect.stringMatching(/^1 malformed object/),
        }),
      ]),
    );
    // The pod with the wrong field types is read, not a crash.
    expect(pillar(body, 'tenancy')).toMatchObject({ coverage: 1 });
  });

  it('a list larger than readiness.kubernetes.maxListBytes: unknown, too large', async () => {
    const big = await serve([...base, ...bulkPods]);
    // Every healthy list fits in 32 KiB; 400 more pods do not.
    const backend = await startBackend(target(big), { maxListBytes: 32768 });
    const { status, body } = await scanAll(backend);
    expect(status).toBe(200);
    const privileged = check(body, 'security-no-privileged-pods');
    expect(privileged.status).toBe('unknown');
    expect(privileged.evidence).toMatch(
      /Pods could not be read: pods: list exceeds the 32768 byte budget after \d+ pages/,
    );
    expect(body.report.coverageGaps).toContainEqual(
      expect.objectContaining({ resource: 'pods', statusCode: null }),
    );
    expectPodFreeChecksScored(body);
  });

  it('never shows a Secret value: API responses, stored report, CSV and logs', async () => {
    const backend = await startBackend(target(faulty));
    await scanAll(backend);
    for (const url of [
      '/clusters',
      '/clusters/faulty',
      '/clusters/faulty/history',
      '/report',
      '/report?format=csv',
      '/entity/component/default/payments-api',
      '/team/default/payments',
    ]) {
      const response = await backend.get(url);
      expect([url, response.status]).toEqual([url, 200]);
    }
    const body = await backend.cluster('faulty');
    // The pod with the inline value is found, by the variable's name only.
    expect(JSON.stringify(body.report)).toContain('DB_PASSWORD');
    expect(faulty.requests.some(r => r.path === '/api/v1/secrets')).toBe(true);

    expect(responses.length).toBeGreaterThan(50);
    expect(logs.length).toBeGreaterThan(10);
    for (const text of [...responses, ...logs]) {
      expect(text).not.toContain(CANARY);
      expect(text).not.toContain(CANARY_B64);
    }
  });

  it('left no promise rejection unhandled', () => {
    expect(unhandledRejection).not.toHaveBeenCalled();
  });
});
