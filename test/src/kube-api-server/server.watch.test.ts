import { join } from 'node:path';
import { startKubeApiTestServer, type KubeApiTestServer } from './server.ts';
import { loadSnapshotObjects } from './snapshot.ts';
import {
  kubeConfigFor,
  loadClientNode,
  type ClientNode,
  CLIENT_LOAD_TIMEOUT_MS,
} from './__testUtils__/clients.ts';

const FIXTURE = join(__dirname, '__fixtures__', 'snapshot');

let k8s: ClientNode;
let server: KubeApiTestServer;

beforeAll(async () => {
  k8s = await loadClientNode();
  server = await startKubeApiTestServer(await loadSnapshotObjects(FIXTURE));
}, CLIENT_LOAD_TIMEOUT_MS);

afterAll(() => server?.close());

describe('watch', () => {
  it('streams ADDED events for current objects, then stays open', async () => {
    const kc = kubeConfigFor(k8s, server);
    const seen: string[] = [];
    let done = false;
    const controller = await new k8s.Watch(kc).watch(
      '/api/v1/namespaces/shop/pods',
      { labelSelector: 'app=web' },
      (type, object) =>
        seen.push(`${type} ${object.kind} ${object.metadata.name}`),
      () => {
        done = true;
      },
    );
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(seen).toEqual([
      'ADDED Pod web-0',
      'ADDED Pod web-1',
      'ADDED Pod web-2',
    ]);
    expect(done).toBe(false);
    controller.abort();
  });

  it('sends nothing when resuming from the list resourceVersion', async () => {
    const kc = kubeConfigFor(k8s, server);
    const list = await kc
      .makeApiClient(k8s.CoreV1Api)
      .listNamespacedPod({ namespace: 'shop' });
    const seen: string[] = [];
    const controller = await new k8s.Watch(kc).watch(
      '/api/v1/namespaces/shop/pods',
      { resourceVersion: list.metadata?.resourceVersion },
      type => seen.push(type),
      () => undefined,
    );
    await new Promise(resolve => setTimeout(resolve, 150));
    expect(seen).toEqual([]);
    controller.abort();
  });

  it('feeds an informer its list and watch', async () => {
    const kc = kubeConfigFor(k8s, server);
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const informer = k8s.makeInformer(kc, '/api/v1/namespaces/shop/pods', () =>
      core.listNamespacedPod({ namespace: 'shop' }),
    );
    await informer.start();
    try {
      expect(
        informer
          .list()
          .map(p => p.metadata?.name)
          .sort(),
      ).toEqual(['api-0', 'web-0', 'web-1', 'web-2', 'worker-0']);
      expect(server.requests.some(r => r.query.watch === 'true')).toBe(true);
    } finally {
      await informer.stop();
    }
  });
});
