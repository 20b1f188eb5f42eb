import path from 'node:path';
import { collectFacts } from '../collect/collectFacts';
import { DEFAULT_CHECK_SETTINGS } from '../config';
import { scoreCluster } from '../engine/scoreCluster';
import { SnapshotReader } from '../kube/SnapshotReader';

async function report(file: string) {
  const reader = new SnapshotReader('test', path.join(__dirname, '..', file));
  const { facts } = await collectFacts(
    reader,
    new Date('2026-11-25T12:00:00Z'),
  );
  return scoreCluster(facts, {
    settings: DEFAULT_CHECK_SETTINGS,
    runbookUrl: id => id,
  });
}

const sized = (r: Awaited<ReturnType<typeof report>>) =>
  r.pillars
    .flatMap(p => p.checks)
    .find(c => c.id === 'cost-requests-sized-from-usage')!;

describe('right-sizing from metrics.k8s.io', () => {
  it('flags the workload using under 30% of its requests, with usage per namespace', async () => {
    const r = await report('cost/__fixtures__/usage.yaml');
    expect(r.rightSizing).toEqual([
      {
        namespace: 'shop',
        workload: { kind: 'Deployment', name: 'api' },
        pods: 1,
        cpu: { requestedCores: 1, usedCores: 0.1 },
        memory: { requestedBytes: 1024 ** 3, usedBytes: 900 * 1024 ** 2 },
        suggestion:
          'Deployment shop/api uses CPU 10% of requests: lower its requests towards observed usage plus headroom.',
      },
    ]);
    expect(r.namespaces.find(n => n.name === 'shop')?.usage).toEqual({
      cpuCores: 0.52,
      memoryBytes: 1300 * 1024 ** 2,
      requestedCpuCores: 1.5,
      requestedMemoryBytes: 1536 * 1024 ** 2,
    });
    expect(sized(r)).toMatchObject({
      status: 'fail',
      source: 'observed',
      evidence: '1 workload(s) use under 30% of their requests: shop/api.',
      objects: [{ kind: 'Deployment', namespace: 'shop', name: 'api' }],
    });
  });

  it('gives no hints and asks for an attestation when no usage was observed', async () => {
    const r = await report('checks/__fixtures__/isolated.yaml');
    expect(r.rightSizing).toBeUndefined();
    expect(sized(r).status).toBe('unknown');
  });
});
