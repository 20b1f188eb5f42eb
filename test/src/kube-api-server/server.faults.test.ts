import { join } from 'node:path';
import { EXPIRED_CONTINUE_MESSAGE } from './status.ts';
import { startKubeApiTestServer, type KubeApiTestServer } from './server.ts';
import { kubeconfigFor } from './kubeconfig.ts';
import { loadSnapshotObjects } from './snapshot.ts';
import {
  kubeConfigFor,
  loadClientNode,
  rawGet,
  type ClientNode,
  CLIENT_LOAD_TIMEOUT_MS,
} from './__testUtils__/clients.ts';

const FIXTURE = join(__dirname, '__fixtures__', 'snapshot');

let k8s: ClientNode;
let server: KubeApiTestServer;
let core: InstanceType<ClientNode['CoreV1Api']>;

beforeAll(async () => {
  k8s = await loadClientNode();
  server = await startKubeApiTestServer(await loadSnapshotObjects(FIXTURE));
  core = kubeConfigFor(k8s, server).makeApiClient(k8s.CoreV1Api);
}, CLIENT_LOAD_TIMEOUT_MS);

afterEach(() => server.setFaults([]));
afterAll(() => server?.close());

describe('injected faults', () => {
  it('denies a list with the RBAC Forbidden Status, surfaced as ApiException 403', async () => {
    server.setFaults([{ resource: 'resourcequotas', status: 403 }]);
    const error = await core.listResourceQuotaForAllNamespaces().catch(e => e);
    expect(error).toBeInstanceOf(k8s.ApiException);
    expect(error.code).toBe(403);
    expect(JSON.parse(error.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'resourcequotas is forbidden: User "system:serviceaccount:readiness:scanner" cannot list resource "resourcequotas" in API group "" at the cluster scope',
      reason: 'Forbidden',
      details: { kind: 'resourcequotas' },
      code: 403,
    });
  });

  it('words a namespaced, grouped, named denial as the server does', async () => {
    server.setFaults([
      {
        resource: 'apps/deployments',
        namespace: 'shop',
        verb: 'get',
        status: 403,
      },
    ]);
    const apps = kubeConfigFor(k8s, server).makeApiClient(k8s.AppsV1Api);
    const error = await apps
      .readNamespacedDeployment({ name: 'web', namespace: 'shop' })
      .catch(e => e);
    expect(JSON.parse(error.body)).toMatchObject({
      message:
        'deployments.apps "web" is forbidden: User "system:serviceaccount:readiness:scanner" cannot get resource "deployments" in API group "apps" in the namespace "shop"',
      details: { name: 'web', group: 'apps', kind: 'deployments' },
    });
    // The rule is scoped: lists and other namespaces still work.
    await expect(
      apps.listNamespacedDeployment({ namespace: 'shop' }),
    ).resolves.toMatchObject({ kind: 'DeploymentList' });
  });

  it('expires a continue token once with 410 Expired, then lets it through', async () => {
    server.setFaults([{ resource: 'pods', expireContinue: true }]);
    const first = await core.listNamespacedPod({ namespace: 'shop', limit: 2 });
    const token = first.metadata!._continue!;
    const error = await core
      .listNamespacedPod({ namespace: 'shop', limit: 2, _continue: token })
      .catch(e => e);
    expect(error.code).toBe(410);
    const status = JSON.parse(error.body);
    expect(status).toMatchObject({
      reason: 'Expired',
      code: 410,
      message: EXPIRED_CONTINUE_MESSAGE,
    });
    expect(status.message).toMatch(
      /^The provided continue parameter is too old to display a consistent list result\./,
    );
    const inconsistent = JSON.parse(
      Buffer.from(status.metadata.continue, 'base64url').toString(),
    );
    expect(inconsistent).toEqual({
      v: 'meta.k8s.io/v1',
      rv: -1,
      start: 'web-0\u0000',
    });
    const retried = await core.listNamespacedPod({
      namespace: 'shop',
      limit: 2,
      _continue: token,
    });
    expect(retried.items.map(p => p.metadata?.name)).toEqual([
      'web-1',
      'web-2',
    ]);
  });

  it('throttles with 429 and Retry-After as priority and fairness does', async () => {
    server.setFaults([
      { resource: 'pods', status: 429, retryAfterSeconds: 7, times: 1 },
    ]);
    const error = await core.listPodForAllNamespaces().catch(e => e);
    expect(error.code).toBe(429);
    expect(error.headers['retry-after']).toBe('7');
    expect(error.body).toBe('Too many requests, please try again later.\n');
    await expect(core.listPodForAllNamespaces()).resolves.toMatchObject({
      kind: 'PodList',
    });
  });

  it('can throttle with a TooManyRequests Status body instead', async () => {
    server.setFaults([
      { resource: 'pods', status: 429, body: 'status', retryAfterSeconds: 2 },
    ]);
    const raw = await rawGet(server, '/api/v1/pods');
    expect(raw.headers['retry-after']).toBe('2');
    expect(JSON.parse(raw.body)).toMatchObject({
      reason: 'TooManyRequests',
      details: { retryAfterSeconds: 2 },
      code: 429,
    });
  });

  it('makes the client reject a truncated body', async () => {
    server.setFaults([{ resource: 'pods', truncate: true, times: 1 }]);
    await expect(
      core.listNamespacedPod({ namespace: 'shop' }),
    ).rejects.toThrow();
    expect(server.requests[server.requests.length - 1].status).toBe(200);
    await expect(
      core.listNamespacedPod({ namespace: 'shop' }),
    ).resolves.toMatchObject({ kind: 'PodList' });
  });

  it('delays a response', async () => {
    server.setFaults([{ resource: 'namespaces', delayMs: 300 }]);
    const started = Date.now();
    await core.listNamespace();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    const quick = Date.now();
    await core.listNode();
    expect(Date.now() - quick).toBeLessThan(290);
  });

  it('fails /version and discovery with a whole-server rule, for the given number of times', async () => {
    server.setFaults([{ resource: '*', status: 503, times: 2 }]);
    const kc = kubeConfigFor(k8s, server);
    await expect(
      kc.makeApiClient(k8s.VersionApi).getCode(),
    ).rejects.toMatchObject({ code: 503 });
    await expect(
      kc.makeApiClient(k8s.ApisApi).getAPIVersions(),
    ).rejects.toMatchObject({ code: 503 });
    await expect(
      kc.makeApiClient(k8s.VersionApi).getCode(),
    ).resolves.toMatchObject({ major: '1' });
  });

  it('answers a 500 with an InternalError Status carrying its cause', async () => {
    server.setFaults([{ resource: 'velero.io/backups', status: 500 }]);
    const custom = kubeConfigFor(k8s, server).makeApiClient(
      k8s.CustomObjectsApi,
    );
    const error = await custom
      .listClusterCustomObject({
        group: 'velero.io',
        version: 'v1',
        plural: 'backups',
      })
      .catch(e => e);
    expect(JSON.parse(error.body)).toMatchObject({
      reason: 'InternalError',
      message: 'Internal error occurred: etcdserver: request timed out',
      details: { causes: [{ message: 'etcdserver: request timed out' }] },
      code: 500,
    });
  });

  it('takes rules from the options too', async () => {
    const faulty = await startKubeApiTestServer({
      objects: [],
      tls: false,
      faults: [{ resource: 'nodes', status: 403 }],
    });
    try {
      expect(faulty.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      // client-node refuses plain HTTP unless TLS verification is switched off,
      // which is what kubeconfigFor writes for a server without TLS.
      const kc = new k8s.KubeConfig();
      kc.loadFromString(kubeconfigFor(faulty));
      await expect(
        kc.makeApiClient(k8s.CoreV1Api).listNode(),
      ).rejects.toMatchObject({ code: 403 });
      await expect(
        kc.makeApiClient(k8s.CoreV1Api).listNamespace(),
      ).resolves.toMatchObject({ items: [] });
    } finally {
      await faulty.close();
    }
  });
});
