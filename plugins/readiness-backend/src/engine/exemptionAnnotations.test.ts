import type { IgnoredDeclaration } from '@readiness/plugin-readiness-common';
import path from 'node:path';
import { collectFacts } from '../collect/collectFacts';
import { DEFAULT_CHECK_SETTINGS } from '../config';
import { SnapshotReader } from '../kube/SnapshotReader';
import { scoreCluster } from './scoreCluster';

async function report(
  fixture: string,
  ignoredInCatalog: IgnoredDeclaration[] = [],
) {
  const reader = new SnapshotReader(
    'test',
    path.join(__dirname, '__fixtures__', fixture),
  );
  const { facts } = await collectFacts(
    reader,
    new Date('2026-11-25T12:00:00Z'),
  );
  return scoreCluster(facts, {
    settings: DEFAULT_CHECK_SETTINGS,
    runbookUrl: id => id,
    ignoredDeclarations: ignoredInCatalog,
  });
}

describe('exemption annotations on Namespaces and workloads', () => {
  it('applies the well-formed ones and lists the rest in the report with why', async () => {
    const fromCatalog = {
      object: 'Resource default/test',
      annotation: 'readiness.dev/attest.backup-dr-drill',
      reason: 'not in the form "<YYYY-MM-DD> by <who> <evidence-url>"',
    };
    const scored = await report('exemption-annotations.yaml', [fromCatalog]);
    const quotas = scored.pillars
      .flatMap(p => p.checks)
      .find(c => c.id === 'tenancy-resource-quotas')!;
    // batch is exempted; web's annotation has no expiry, so web still fails the check.
    expect(quotas.status).toBe('fail');
    expect(quotas.objects).toEqual([{ kind: 'Namespace', name: 'web' }]);
    expect(quotas.evidence).toMatch(/\(1 exempted\)$/);
    expect(scored.ignoredDeclarations).toEqual([
      fromCatalog,
      {
        object: 'Namespace web',
        annotation: 'readiness.dev/exempt.tenancy-resource-quotas',
        reason: expect.stringMatching(/^no expiry: /),
      },
      {
        object: 'Namespace web',
        annotation: 'readiness.dev/exempt.tenancy-limit-range',
        reason: 'no check has the id "tenancy-limit-range"',
      },
    ]);
  });

  it('exempts a workload annotated on its own, not its neighbours', async () => {
    const scored = await report('exemption-annotations.yaml');
    const root = scored.pillars
      .flatMap(p => p.checks)
      .find(c => c.id === 'security-non-root-containers')!;
    expect(root.status).toBe('fail');
    expect(root.objects).toEqual([
      { kind: 'Pod', namespace: 'batch', name: 'job-0' },
      { kind: 'Pod', namespace: 'web', name: 'web-0' },
    ]);
    expect(root.evidence).toMatch(/\(1 exempted\)$/);
  });

  it('leaves the field out of a report with nothing ignored', async () => {
    const scored = await report('shared-namespace.yaml');
    expect(scored).not.toHaveProperty('ignoredDeclarations');
  });
});
