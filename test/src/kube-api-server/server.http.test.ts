/* Wire-level behaviour: authentication, kubectl's Table output, the request log. */
import { join } from 'node:path';
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

afterAll(() => server?.close());

describe('authentication', () => {
  it('answers every endpoint with 401 without the right bearer token', async () => {
    const wrong = kubeConfigFor(k8s, server, 'wrong-token');
    await expect(
      wrong.makeApiClient(k8s.CoreV1Api).listNamespace(),
    ).rejects.toMatchObject({ code: 401 });
    await expect(
      wrong.makeApiClient(k8s.VersionApi).getCode(),
    ).rejects.toMatchObject({ code: 401 });
    await expect(
      wrong.makeApiClient(k8s.ApisApi).getAPIVersions(),
    ).rejects.toMatchObject({ code: 401 });
    const raw = await rawGet({ ...server, token: '' }, '/version');
    expect(raw.status).toBe(401);
    expect(JSON.parse(raw.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'Unauthorized',
      reason: 'Unauthorized',
      code: 401,
    });
  });
});

describe('table output', () => {
  it('prints a Table when asked, as kubectl asks', async () => {
    const raw = await rawGet(server, '/api/v1/namespaces/shop/pods?limit=500', {
      Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json',
    });
    const table = JSON.parse(raw.body);
    expect(table.kind).toBe('Table');
    expect(
      table.columnDefinitions.map((c: { name: string }) => c.name),
    ).toEqual(['Name', 'Ready', 'Status', 'Restarts', 'Age', 'IP', 'Node']);
    const worker = table.rows.find(
      (r: { cells: string[] }) => r.cells[0] === 'worker-0',
    );
    expect(worker.cells.slice(0, 4)).toEqual([
      'worker-0',
      '0/1',
      'CrashLoopBackOff',
      '7',
    ]);
    expect(worker.object).toMatchObject({
      kind: 'PartialObjectMetadata',
      metadata: { namespace: 'shop' },
    });
  });
});

describe('request log', () => {
  it('records method, path, query and status', async () => {
    await core.listNamespacedPod({
      namespace: 'payments',
      labelSelector: 'app=ledger',
    });
    expect(server.requests[server.requests.length - 1]).toEqual({
      method: 'GET',
      path: '/api/v1/namespaces/payments/pods',
      query: { labelSelector: 'app=ledger' },
      status: 200,
    });
  });
});

describe('kubeconfig', () => {
  it('writes a kubeconfig the client can load, trusting the generated CA', async () => {
    const kc = new k8s.KubeConfig();
    kc.loadFromString(kubeconfigFor(server));
    expect(kc.getCurrentCluster()?.server).toBe(server.url);
    const ns = await kc
      .makeApiClient(k8s.CoreV1Api)
      .readNamespace({ name: 'payments' });
    expect(ns.metadata?.labels?.team).toBe('payments');
  });

  it("serves plain HTTP without authentication when the token is ''", async () => {
    const open = await startKubeApiTestServer({
      objects: [],
      tls: false,
      token: '',
    });
    try {
      const kc = new k8s.KubeConfig();
      kc.loadFromString(kubeconfigFor(open));
      expect(kc.getCurrentUser()?.token).toBeUndefined();
      const version = await kc.makeApiClient(k8s.VersionApi).getCode();
      expect(version.gitVersion).toBe('v1.31.4');
    } finally {
      await open.close();
    }
  });
});

describe('malformed requests', () => {
  it('answers a bad selector on a watch with 400 before streaming', async () => {
    const raw = await rawGet(
      server,
      '/api/v1/pods?watch=true&labelSelector=app%20in%20web',
    );
    expect(raw.status).toBe(400);
    expect(JSON.parse(raw.body)).toMatchObject({
      kind: 'Status',
      reason: 'BadRequest',
      code: 400,
    });
  });

  it('refuses writes: the server is read-only', async () => {
    const kc = kubeConfigFor(k8s, server);
    const error = await kc
      .makeApiClient(k8s.CoreV1Api)
      .createNamespace({ body: { metadata: { name: 'new' } } })
      .catch(e => e);
    expect(error.code).toBe(405);
  });
});
