import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SnapshotError, loadSnapshot, parseSnapshotText } from './snapshot';

describe('snapshots', () => {
  it('flattens kind: List and multi-document YAML', () => {
    const objects = parseSnapshotText(
      [
        'apiVersion: v1',
        'kind: List',
        'items:',
        '  - { apiVersion: v1, kind: Namespace, metadata: { name: a } }',
        '  - { apiVersion: v1, kind: Namespace, metadata: { name: b } }',
        '---',
        'apiVersion: v1',
        'kind: PodList',
        'items: [{ apiVersion: v1, kind: Pod, metadata: { name: p, namespace: a } }]',
        '---',
      ].join('\n'),
      'cluster.yaml',
    );
    expect(objects.map(o => o.metadata?.name)).toEqual(['a', 'b', 'p']);
  });

  it('names the file, line and column of a syntax error', () => {
    expect(() =>
      parseSnapshotText(
        'apiVersion: v1\nkind: Pod\nmetadata: { name: [unclosed\n',
        'bad.yaml',
      ),
    ).toThrow(/^bad\.yaml:\d+:\d+: /);
    expect(() => parseSnapshotText('just a string', 'scalar.yaml')).toThrow(
      SnapshotError,
    );
  });

  it('reads cluster metadata, capture time included, from a ClusterSnapshotInfo document', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'readiness-snapshot-'));
    try {
      await fs.writeFile(
        path.join(dir, 'info.yaml'),
        'apiVersion: readiness.dev/v1alpha1\nkind: ClusterSnapshotInfo\nmetadata: { name: prod }\nspec: { serverVersion: v1.36.2, provider: eks, region: us-east-1, capturedAt: 2026-11-25T12:00:00Z, apiServerCertificate: { notAfter: 2027-08-14T16:40:00Z, subject: CN=kube-apiserver } }\n',
      );
      await fs.writeFile(
        path.join(dir, 'pods.json'),
        JSON.stringify({
          kind: 'List',
          items: [{ kind: 'Pod', metadata: { name: 'x', namespace: 'y' } }],
        }),
      );
      const snapshot = await loadSnapshot(dir);
      expect(snapshot.info).toEqual({
        name: 'prod',
        serverVersion: 'v1.36.2',
        provider: 'eks',
        region: 'us-east-1',
        capturedAt: '2026-11-25T12:00:00.000Z',
        servingCertificate: {
          notAfter: '2027-08-14T16:40:00.000Z',
          subject: 'CN=kube-apiserver',
          issuer: '',
        },
      });
      expect(snapshot.objects).toHaveLength(1);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('says which path is missing', async () => {
    await expect(loadSnapshot('/nonexistent/cluster')).rejects.toThrow(
      '/nonexistent/cluster: snapshot file or folder not found',
    );
  });
});
