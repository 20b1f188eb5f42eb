import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSnapshotObjects, parseSnapshotText } from './snapshot.ts';

const FIXTURE = join(__dirname, '__fixtures__', 'snapshot');

describe('loadSnapshotObjects', () => {
  it('flattens a kind: List file into its items', async () => {
    const { objects, info } = await loadSnapshotObjects(
      join(FIXTURE, 'namespaces.yaml'),
    );
    expect(objects.map(o => `${o.kind}/${o.metadata?.name}`)).toEqual([
      'Namespace/default',
      'Namespace/kube-system',
      'Namespace/shop',
      'Namespace/payments',
    ]);
    expect(info).toBeUndefined();
  });

  it('reads every document of a multi-document YAML file', async () => {
    const { objects } = await loadSnapshotObjects(
      join(FIXTURE, 'workloads', 'pods.yaml'),
    );
    expect(objects).toHaveLength(7);
    expect(objects.every(o => o.kind === 'Pod' && o.apiVersion === 'v1')).toBe(
      true,
    );
    expect(objects[3].metadata?.labels).toEqual({
      app: 'web',
      tier: 'frontend',
      canary: 'true',
    });
  });

  it('gives items of a typed JSON list the kind and apiVersion of the list', async () => {
    const { objects } = await loadSnapshotObjects(
      join(FIXTURE, 'workloads', 'deployments.json'),
    );
    expect(objects.map(o => [o.apiVersion, o.kind, o.metadata?.name])).toEqual([
      ['apps/v1', 'Deployment', 'web'],
      ['apps/v1', 'Deployment', 'worker'],
    ]);
  });

  it('reads a folder recursively and keeps ClusterSnapshotInfo apart', async () => {
    const { objects, info } = await loadSnapshotObjects(FIXTURE);
    expect(info).toEqual({
      name: 'shop-prod',
      serverVersion: 'v1.30.5',
      provider: 'eks',
      region: 'eu-west-1',
    });
    expect(objects.some(o => o.kind === 'ClusterSnapshotInfo')).toBe(false);
    const counts: Record<string, number> = {};
    for (const o of objects) counts[o.kind!] = (counts[o.kind!] ?? 0) + 1;
    expect(counts).toEqual({
      Backup: 1,
      Schedule: 1,
      Node: 2,
      Namespace: 4,
      Deployment: 2,
      Pod: 7,
    });
  });

  it('only reads .yaml, .yml and .json files, skipping empty documents', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'snapshot-'));
    try {
      await writeFile(
        join(dir, 'a.yml'),
        '---\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
      );
      await writeFile(
        join(dir, 'b.json'),
        '[{"apiVersion":"v1","kind":"Secret","metadata":{"name":"b"}}]',
      );
      await writeFile(join(dir, 'notes.txt'), 'apiVersion: v1\nkind: Pod\n');
      const { objects } = await loadSnapshotObjects(dir);
      expect(objects.map(o => o.kind)).toEqual(['ConfigMap', 'Secret']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('parseSnapshotText', () => {
  it('flattens nested lists and reports YAML errors with the source', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: ServiceList',
      '    items:',
      '      - metadata: {name: web, namespace: shop}',
    ].join('\n');
    expect(parseSnapshotText(text).objects).toEqual([
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'web', namespace: 'shop' },
      },
    ]);
    expect(() => parseSnapshotText('a: [unclosed', 'bad.yaml')).toThrow(
      /^bad\.yaml: /,
    );
  });
});
