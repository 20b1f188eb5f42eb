import {
  ClusterReader,
  KubeObject,
  ListOptions,
  ListOutcome,
  ResourceType,
} from '../kube/types';
import { collectFacts } from './collectFacts';

/** A live-like reader: list items without `kind`, as the API server sends them, in pages. */
function pagedReader(objects: Record<string, KubeObject[]>): ClusterReader {
  return {
    name: 'paged',
    declared: { provider: null, region: null },
    serverInfo: async () => ({
      ok: true,
      info: { version: 'v1.31.0', groupVersions: null },
    }),
    async list(resource: ResourceType, options?: ListOptions) {
      const items = objects[resource.plural] ?? [];
      for (let i = 0; i < items.length; i += 2)
        options?.onPage?.(items.slice(i, i + 2), i === 0);
      return { ok: true, items: [], pages: 1 };
    },
  };
}

const pod = (name: string, hash: string) => ({
  metadata: {
    name,
    namespace: 'shop',
    labels: { app: 'web', 'pod-template-hash': hash },
    ownerReferences: [{ kind: 'ReplicaSet', name: `web-${hash}` }],
  },
  spec: {
    nodeName: 'node-1',
    containers: [
      {
        name: 'app',
        image: 'shop/web:1.0',
        resources: { requests: { cpu: '250m', memory: '256Mi' } },
      },
    ],
  },
  status: { phase: 'Running' },
});

describe('collectFacts', () => {
  it('maps list items that do not carry their kind (live API servers leave it out)', async () => {
    const { facts } = await collectFacts(
      pagedReader({
        deployments: [
          {
            metadata: { name: 'web', namespace: 'shop' },
            spec: { replicas: 3, template: { metadata: { labels: {} } } },
          },
        ],
        horizontalpodautoscalers: [
          {
            metadata: { name: 'web', namespace: 'shop' },
            spec: { scaleTargetRef: { kind: 'Deployment', name: 'web' } },
          },
        ],
      }),
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(facts.workloads).toMatchObject({
      ok: true,
      value: [{ kind: 'Deployment', name: 'web', replicas: 3 }],
    });
    expect(facts.autoscalers).toMatchObject({
      ok: true,
      value: [{ kind: 'HorizontalPodAutoscaler', targetName: 'web' }],
    });
    expect(facts.coverageGaps).toEqual([]);
  });

  it('reads which API version each manager wrote with, from the LIST that completed', async () => {
    const written = (name: string, apiVersion: string) => ({
      metadata: {
        name,
        namespace: 'shop',
        managedFields: [
          { manager: 'helm', operation: 'Update', apiVersion },
          { manager: 'helm', operation: 'Apply', apiVersion },
        ],
      },
      spec: { template: { metadata: { labels: {} } } },
    });
    const reader: ClusterReader = {
      ...pagedReader({}),
      async list(
        resource: ResourceType,
        options?: ListOptions,
      ): Promise<ListOutcome> {
        if (resource.plural === 'deployments') {
          // A first attempt that the server cut off (410 Gone), then the whole LIST again.
          options?.onPage?.([written('gone', 'apps/v1beta1')], true);
          options?.onPage?.(
            [written('web', 'apps/v1'), written('legacy', 'apps/v1beta2')],
            true,
          );
          options?.onPage?.(
            [{ metadata: { name: 'bare', namespace: 'shop' } }],
            false,
          );
        }
        if (resource.plural === 'statefulsets') {
          options?.onPage?.([written('db', 'apps/v1beta1')], true);
          return {
            ok: false,
            errorType: 'forbidden',
            reason: 'HTTP 403: forbidden',
            statusCode: 403,
          };
        }
        return { ok: true, items: [], pages: 1 };
      },
    };
    const { facts } = await collectFacts(
      reader,
      new Date('2026-01-01T00:00:00Z'),
    );
    expect(facts.apiWrites).toEqual({
      objects: 3,
      withHistory: 2,
      removed: [
        {
          kind: 'Deployment',
          namespace: 'shop',
          name: 'legacy',
          manager: 'helm',
          apiVersion: 'apps/v1beta2',
          removedIn: 16,
          replacement: 'apps/v1',
        },
      ],
    });
  });

  it('shares what replicas have in common, and keeps what differs', async () => {
    const { facts } = await collectFacts(
      pagedReader({
        pods: [pod('web-a-1', 'a'), pod('web-a-2', 'a'), pod('web-b-1', 'b')],
      }),
      new Date('2026-01-01T00:00:00Z'),
    );
    if (!facts.pods.ok) throw new Error('pods not read');
    const [a1, a2, b1] = facts.pods.value;
    expect(a1.name).toBe('web-a-1');
    expect(a1.labels).toBe(a2.labels);
    expect(a1.labels).not.toBe(b1.labels);
    expect(b1.labels).toEqual({ app: 'web', 'pod-template-hash': 'b' });
    expect(a1.containers).toBe(b1.containers);
    expect(a1.containers[0]).toMatchObject({
      image: 'shop/web:1.0',
      requests: { cpuCores: 0.25, memoryBytes: 256 * 2 ** 20 },
    });
    // Shared parts are frozen: a consumer cannot change every pod by changing one.
    expect(Object.isFrozen(a1.labels)).toBe(true);
    expect(Object.isFrozen(a1.containers[0].requests)).toBe(true);
  });
});
