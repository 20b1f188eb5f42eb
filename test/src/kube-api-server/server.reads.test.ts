import { join } from 'node:path';
import { startKubeApiTestServer, type KubeApiTestServer } from './server.ts';
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

const names = (list: { items: Array<{ metadata?: { name?: string } }> }) =>
  list.items.map(i => i.metadata?.name);

describe('get', () => {
  it('reads a namespace and a pod with server-filled metadata', async () => {
    const ns = await core.readNamespace({ name: 'shop' });
    expect(ns.metadata?.labels?.team).toBe('storefront');
    const pod = await core.readNamespacedPod({
      name: 'web-1',
      namespace: 'shop',
    });
    expect(pod.kind).toBe('Pod');
    expect(pod.apiVersion).toBe('v1');
    expect(pod.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(pod.metadata?.resourceVersion).toMatch(/^\d+$/);
    expect(pod.metadata?.creationTimestamp).toBeInstanceOf(Date);
  });

  it('answers a missing object with a NotFound Status naming it', async () => {
    const error = await core
      .readNamespacedPod({ name: 'nope', namespace: 'shop' })
      .catch(e => e);
    expect(error).toBeInstanceOf(k8s.ApiException);
    expect(error.code).toBe(404);
    expect(JSON.parse(error.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'pods "nope" not found',
      reason: 'NotFound',
      details: { name: 'nope', kind: 'pods' },
      code: 404,
    });
  });

  it('reads CRD-backed objects through the custom objects API', async () => {
    const custom = kubeConfigFor(k8s, server).makeApiClient(
      k8s.CustomObjectsApi,
    );
    const schedule = await custom.getNamespacedCustomObject({
      group: 'velero.io',
      version: 'v1',
      namespace: 'velero',
      plural: 'schedules',
      name: 'nightly',
    });
    expect(schedule).toMatchObject({
      apiVersion: 'velero.io/v1',
      kind: 'Schedule',
      spec: { schedule: '0 2 * * *' },
    });
  });

  it('creates namespaces that objects live in but the snapshot lacks', async () => {
    const list = await core.listNamespace();
    expect(names(list)).toEqual([
      'default',
      'kube-system',
      'payments',
      'shop',
      'velero',
    ]);
  });
});

describe('list', () => {
  it('lists across namespaces in key order with list metadata', async () => {
    const pods = await core.listPodForAllNamespaces();
    expect(pods.kind).toBe('PodList');
    expect(pods.metadata?.resourceVersion).toMatch(/^\d+$/);
    expect(
      pods.items.map(p => `${p.metadata?.namespace}/${p.metadata?.name}`),
    ).toEqual([
      'kube-system/coredns-5d78c9869d-x7k2p',
      'payments/ledger-0',
      'shop/api-0',
      'shop/web-0',
      'shop/web-1',
      'shop/web-2',
      'shop/worker-0',
    ]);
  });

  it('omits kind/apiVersion on typed list items but keeps them on CRD items', async () => {
    const pods = JSON.parse(
      (await rawGet(server, '/api/v1/namespaces/shop/pods')).body,
    );
    expect(pods.items[0]).not.toHaveProperty('kind');
    const backups = JSON.parse(
      (await rawGet(server, '/apis/velero.io/v1/backups')).body,
    );
    expect(backups.kind).toBe('BackupList');
    expect(backups.items[0]).toMatchObject({
      kind: 'Backup',
      apiVersion: 'velero.io/v1',
    });
  });

  it('pages with limit and continue, counting what remains', async () => {
    const first = await core.listNamespacedPod({ namespace: 'shop', limit: 2 });
    expect(names(first)).toEqual(['api-0', 'web-0']);
    expect(first.metadata?.remainingItemCount).toBe(3);
    const token = first.metadata?._continue;
    expect(JSON.parse(Buffer.from(token!, 'base64url').toString())).toEqual({
      v: 'meta.k8s.io/v1',
      rv: Number(first.metadata?.resourceVersion),
      start: 'web-0\u0000',
    });
    const second = await core.listNamespacedPod({
      namespace: 'shop',
      limit: 2,
      _continue: token,
    });
    expect(names(second)).toEqual(['web-1', 'web-2']);
    expect(second.metadata?.remainingItemCount).toBe(1);
    const third = await core.listNamespacedPod({
      namespace: 'shop',
      limit: 2,
      _continue: second.metadata?._continue,
    });
    expect(names(third)).toEqual(['worker-0']);
    expect(third.metadata?._continue).toBeUndefined();
    expect(third.metadata?.remainingItemCount).toBeUndefined();
  });

  it('rejects a malformed continue token with a 400 Status', async () => {
    const error = await core
      .listNamespacedPod({
        namespace: 'shop',
        limit: 2,
        _continue: 'not a token!',
      })
      .catch(e => e);
    expect(error.code).toBe(400);
    expect(JSON.parse(error.body)).toMatchObject({
      reason: 'BadRequest',
      message:
        'invalid continue token: continue key is not valid: illegal base64 data at input byte 3',
    });
  });

  it.each([
    ['app=web', ['web-0', 'web-1', 'web-2']],
    ['app==web', ['web-0', 'web-1', 'web-2']],
    ['app!=web', ['api-0', 'worker-0']],
    ['tier in (backend)', ['api-0', 'worker-0']],
    ['app notin (web,api)', ['worker-0']],
    ['canary', ['web-2']],
    ['!canary', ['api-0', 'web-0', 'web-1', 'worker-0']],
    ['tier=frontend,!canary', ['web-0', 'web-1']],
    ['app in (web, worker),tier notin (frontend)', ['worker-0']],
  ])('filters with labelSelector %s', async (labelSelector, expected) => {
    const pods = await core.listNamespacedPod({
      namespace: 'shop',
      labelSelector,
    });
    expect(names(pods)).toEqual(expected);
  });

  it('leaves remainingItemCount out when a selector filtered the page', async () => {
    const pods = await core.listNamespacedPod({
      namespace: 'shop',
      labelSelector: 'app=web',
      limit: 1,
    });
    expect(names(pods)).toEqual(['web-0']);
    expect(pods.metadata?._continue).toBeDefined();
    expect(pods.metadata?.remainingItemCount).toBeUndefined();
  });

  it('filters with fieldSelector on name, namespace and pod fields', async () => {
    expect(
      names(
        await core.listPodForAllNamespaces({
          fieldSelector: 'metadata.namespace=payments',
        }),
      ),
    ).toEqual(['ledger-0']);
    expect(
      names(
        await core.listNamespacedPod({
          namespace: 'shop',
          fieldSelector: 'metadata.name=web-1',
        }),
      ),
    ).toEqual(['web-1']);
    expect(
      names(
        await core.listPodForAllNamespaces({
          fieldSelector:
            'spec.nodeName=ip-10-0-2-20.eu-west-1.compute.internal,metadata.namespace!=payments',
        }),
      ),
    ).toEqual(['web-1', 'web-2']);
    const error = await core
      .listNamespacedPod({ namespace: 'shop', fieldSelector: 'spec.bogus=1' })
      .catch(e => e);
    expect(error.code).toBe(400);
    expect(JSON.parse(error.body).message).toBe(
      'field label not supported: spec.bogus',
    );
  });

  it('rejects a malformed labelSelector with a 400 Status', async () => {
    const error = await core
      .listNamespacedPod({ namespace: 'shop', labelSelector: 'app in web' })
      .catch(e => e);
    expect(error.code).toBe(400);
    expect(JSON.parse(error.body).reason).toBe('BadRequest');
  });

  it('serves typed lists whose items came without kind (DeploymentList JSON)', async () => {
    const apps = kubeConfigFor(k8s, server).makeApiClient(k8s.AppsV1Api);
    const deployments = await apps.listNamespacedDeployment({
      namespace: 'shop',
    });
    expect(deployments.kind).toBe('DeploymentList');
    expect(names(deployments)).toEqual(['web', 'worker']);
    expect(deployments.items[0].spec?.replicas).toBe(3);
  });
});
