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
let withVelero: KubeApiTestServer;
let bare: KubeApiTestServer;

beforeAll(async () => {
  k8s = await loadClientNode();
  const snapshot = await loadSnapshotObjects(FIXTURE);
  withVelero = await startKubeApiTestServer(snapshot);
  bare = await startKubeApiTestServer({
    objects: snapshot.objects.filter(
      o => !o.apiVersion?.startsWith('velero.io/'),
    ),
  });
}, CLIENT_LOAD_TIMEOUT_MS);

afterAll(async () => {
  await withVelero?.close();
  await bare?.close();
});

describe('version', () => {
  it('derives /version from the snapshot info', async () => {
    const version = await kubeConfigFor(k8s, withVelero)
      .makeApiClient(k8s.VersionApi)
      .getCode();
    expect(version).toMatchObject({
      major: '1',
      minor: '30',
      gitVersion: 'v1.30.5',
      platform: 'linux/amd64',
      compiler: 'gc',
    });
  });

  it('defaults to v1.31.4 and accepts an explicit version', async () => {
    expect(
      await kubeConfigFor(k8s, bare).makeApiClient(k8s.VersionApi).getCode(),
    ).toMatchObject({ major: '1', minor: '31', gitVersion: 'v1.31.4' });
    const eks = await startKubeApiTestServer({
      objects: [],
      version: { major: '1', minor: '29+', gitVersion: 'v1.29.10-eks-7f9249a' },
    });
    try {
      expect(
        await kubeConfigFor(k8s, eks).makeApiClient(k8s.VersionApi).getCode(),
      ).toMatchObject({ minor: '29+', gitVersion: 'v1.29.10-eks-7f9249a' });
    } finally {
      await eks.close();
    }
  });
});

describe('discovery', () => {
  it('lists the core version and its resources', async () => {
    const kc = kubeConfigFor(k8s, bare);
    const versions = await kc.makeApiClient(k8s.CoreApi).getAPIVersions();
    expect(versions.versions).toEqual(['v1']);
    const core = await kc.makeApiClient(k8s.CoreV1Api).getAPIResources();
    expect(core.groupVersion).toBe('v1');
    const names = core.resources.map(r => r.name);
    for (const name of [
      'namespaces',
      'pods',
      'services',
      'serviceaccounts',
      'secrets',
      'configmaps',
      'nodes',
      'persistentvolumeclaims',
      'persistentvolumes',
      'resourcequotas',
      'limitranges',
      'events',
      'endpoints',
    ]) {
      expect(names).toContain(name);
    }
    expect(core.resources.find(r => r.name === 'pods')).toMatchObject({
      singularName: 'pod',
      namespaced: true,
      kind: 'Pod',
      verbs: ['get', 'list', 'watch'],
      shortNames: ['po'],
    });
    expect(core.resources.find(r => r.name === 'nodes')?.namespaced).toBe(
      false,
    );
  });

  it('lists built-in groups with preferred versions, and no add-on groups when absent', async () => {
    const groups = await kubeConfigFor(k8s, bare)
      .makeApiClient(k8s.ApisApi)
      .getAPIVersions();
    const byName = new Map(groups.groups.map(g => [g.name, g]));
    for (const [group, version] of [
      ['apps', 'v1'],
      ['batch', 'v1'],
      ['networking.k8s.io', 'v1'],
      ['rbac.authorization.k8s.io', 'v1'],
      ['policy', 'v1'],
      ['autoscaling', 'v2'],
      ['storage.k8s.io', 'v1'],
      ['admissionregistration.k8s.io', 'v1'],
      ['apiextensions.k8s.io', 'v1'],
    ]) {
      expect(byName.get(group)?.preferredVersion).toEqual({
        groupVersion: `${group}/${version}`,
        version,
      });
    }
    expect(byName.has('velero.io')).toBe(false);
    expect(byName.has('monitoring.coreos.com')).toBe(false);
  });

  it('serves a CRD group only when the snapshot has its objects', async () => {
    const groups = await kubeConfigFor(k8s, withVelero)
      .makeApiClient(k8s.ApisApi)
      .getAPIVersions();
    expect(groups.groups.map(g => g.name)).toContain('velero.io');
    const velero = await kubeConfigFor(k8s, withVelero)
      .makeApiClient(k8s.CustomObjectsApi)
      .getAPIResources({ group: 'velero.io', version: 'v1' });
    expect(velero.resources.find(r => r.name === 'schedules')).toMatchObject({
      kind: 'Schedule',
      namespaced: true,
      singularName: 'schedule',
    });

    const missing = kubeConfigFor(k8s, bare)
      .makeApiClient(k8s.CustomObjectsApi)
      .getAPIResources({ group: 'velero.io', version: 'v1' });
    await expect(missing).rejects.toMatchObject({ code: 404 });
  });

  it('answers a missing CRD group like a real cluster: 404 from the end of the delegation chain', async () => {
    const custom = kubeConfigFor(k8s, bare).makeApiClient(k8s.CustomObjectsApi);
    await expect(
      custom.listClusterCustomObject({
        group: 'monitoring.coreos.com',
        version: 'v1',
        plural: 'servicemonitors',
      }),
    ).rejects.toMatchObject({ code: 404, body: '404 page not found\n' });
    const raw = await rawGet(
      bare,
      '/apis/velero.io/v1/namespaces/velero/backups',
    );
    expect(raw.status).toBe(404);
    expect(raw.headers['content-type']).toBe('text/plain; charset=utf-8');
  });

  it('answers an unknown resource in a built-in group with a NotFound Status', async () => {
    const raw = await rawGet(bare, '/api/v1/widgets');
    expect(raw.status).toBe(404);
    expect(JSON.parse(raw.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'the server could not find the requested resource',
      reason: 'NotFound',
      details: {},
      code: 404,
    });
  });

  it('keeps the wire shapes: no apiVersion on /api/v1, APIVersions on /api', async () => {
    const core = JSON.parse((await rawGet(bare, '/api/v1')).body);
    expect(core.kind).toBe('APIResourceList');
    expect(core).not.toHaveProperty('apiVersion');
    const apps = JSON.parse((await rawGet(bare, '/apis/apps/v1')).body);
    expect(apps).toMatchObject({
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: 'apps/v1',
    });
    const group = JSON.parse((await rawGet(bare, '/apis/apps')).body);
    expect(group).toMatchObject({
      kind: 'APIGroup',
      name: 'apps',
      preferredVersion: { version: 'v1' },
    });
    const api = JSON.parse((await rawGet(bare, '/api')).body);
    expect(api.serverAddressByClientCIDRs[0].clientCIDR).toBe('0.0.0.0/0');
  });

  it('serves CRDs declared in the snapshot or in options, even without instances', async () => {
    const server = await startKubeApiTestServer({
      objects: [
        {
          apiVersion: 'apiextensions.k8s.io/v1',
          kind: 'CustomResourceDefinition',
          metadata: { name: 'clusterpolicies.kyverno.io' },
          spec: {
            group: 'kyverno.io',
            scope: 'Cluster',
            names: {
              plural: 'clusterpolicies',
              singular: 'clusterpolicy',
              kind: 'ClusterPolicy',
              shortNames: ['cpol'],
            },
            versions: [
              { name: 'v1', served: true, storage: true },
              { name: 'v2beta1', served: true },
            ],
          },
        },
      ],
      crds: [
        {
          group: 'snapshot.storage.k8s.io',
          versions: ['v1'],
          plural: 'volumesnapshotclasses',
          kind: 'VolumeSnapshotClass',
          namespaced: false,
        },
      ],
    });
    try {
      const kc = kubeConfigFor(k8s, server);
      const groups = await kc.makeApiClient(k8s.ApisApi).getAPIVersions();
      const kyverno = groups.groups.find(g => g.name === 'kyverno.io');
      expect(kyverno?.versions.map(v => v.version)).toEqual(['v1', 'v2beta1']);
      expect(groups.groups.map(g => g.name)).toContain(
        'snapshot.storage.k8s.io',
      );
      const list = await kc
        .makeApiClient(k8s.CustomObjectsApi)
        .listClusterCustomObject({
          group: 'kyverno.io',
          version: 'v1',
          plural: 'clusterpolicies',
        });
      expect(list).toMatchObject({ kind: 'ClusterPolicyList', items: [] });
    } finally {
      await server.close();
    }
  });
});
