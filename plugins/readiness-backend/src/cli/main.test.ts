import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { kubeconfigFor, startKubeApiTestServer } from '@readiness/test';
import { main } from './main';

const fixtures = path.resolve(__dirname, '../checks/__fixtures__');

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = jest
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: any) => {
      stdout += String(chunk);
      return true;
    });
  const err = jest
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk: any) => {
      stderr += String(chunk);
      return true;
    });
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('readiness CLI', () => {
  it('scores a snapshot as JSON in the readiness/v1 contract', async () => {
    const { code, stdout } = await run([
      'score',
      '--snapshot',
      path.join(fixtures, 'isolated.yaml'),
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      apiVersion: 'readiness/v1',
      max: 27,
      assessedPillars: 9,
    });
    expect(report.pillars.find((p: any) => p.id === 'tenancy').score).toBe(3);
    expect(
      report.namespaces.find((n: any) => n.name === 'payments'),
    ).toMatchObject({
      owner: 'payments',
      ownerSource: 'namespace label team',
      cost: { currency: 'USD', source: 'requests' },
    });
  });

  it.each([
    ['markdown', /^\| Multi-tenancy & isolation \| 3\/3 \| 100% \|$/m],
    ['sarif', /"version": "2\.1\.0"/],
    ['junit', /<testsuites name="readiness snapshot: \d+\/27">/],
    ['table', /^Multi-tenancy & isolation\s+3\/3\s+100%$/m],
  ])('prints %s', async (format, expected) => {
    const { code, stdout } = await run([
      'score',
      '--snapshot',
      path.join(fixtures, 'isolated.yaml'),
      '--format',
      format,
    ]);
    expect(code).toBe(0);
    expect(stdout).toMatch(expected);
  });

  it.each([
    [
      'table',
      '  readiness.dev/exempt.tenancy-limit-range on Namespace web: no check has the id "tenancy-limit-range"',
    ],
    [
      'markdown',
      '- `readiness.dev/exempt.tenancy-limit-range` on Namespace web: no check has the id "tenancy-limit-range"',
    ],
  ])('lists the annotations not applied in %s', async (format, line) => {
    const { stdout } = await run([
      'score',
      '--snapshot',
      path.resolve(
        __dirname,
        '../engine/__fixtures__/exemption-annotations.yaml',
      ),
      '--format',
      format,
    ]);
    expect(stdout.split('\n')).toContain(line);
  });

  it('exits 1 below --fail-under and 2 on bad input, with one line and no stack', async () => {
    const low = await run([
      'score',
      '--snapshot',
      path.join(fixtures, 'neglected.yaml'),
      '--fail-under',
      '20',
    ]);
    expect(low.code).toBe(1);
    expect(low.stderr).toMatch(/total \d+ is below --fail-under 20/);
    for (const args of [
      ['score', '--bogus'],
      ['score', '--snapshot', 'x', '--format', 'pdf'],
      ['score', '--snapshot', 'x', '--fail-under', 'ten'],
      ['scan'],
      ['score', '--snapshot', '/nonexistent.yaml'],
      [
        'score',
        '--snapshot',
        path.join(fixtures, 'isolated.yaml'),
        '--config',
        '/nonexistent.yaml',
      ],
    ]) {
      const bad = await run(args);
      expect(bad.code).toBe(2);
      expect(bad.stderr.split('\n')[0]).toMatch(/^readiness: /);
      expect(bad.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('captures a live cluster as a snapshot that scores the same, without Secret values', async () => {
    const canary = 'canary-value-for-the-snapshot-test';
    const server = await startKubeApiTestServer({
      objects: [
        {
          apiVersion: 'v1',
          kind: 'Namespace',
          metadata: { name: 'shop', labels: { team: 'shop' } },
        },
        {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: {
            name: 'web-1',
            namespace: 'shop',
            // As the API server records writes: who, how, which version, which fields.
            managedFields: [
              {
                manager: 'kubectl-client-side-apply',
                operation: 'Update',
                apiVersion: 'v1',
                fieldsType: 'FieldsV1',
                fieldsV1: { 'f:spec': { 'f:containers': {} } },
              },
            ],
          },
          spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] },
          status: { phase: 'Running' },
        },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'db', namespace: 'shop' },
          data: { password: Buffer.from(canary).toString('base64') },
        },
      ],
    });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'readiness-cli-'));
    try {
      const kubeconfig = path.join(dir, 'kubeconfig');
      await fs.writeFile(kubeconfig, kubeconfigFor(server, 'shop-cluster'));
      const captured = await run(['snapshot', '--kubeconfig', kubeconfig]);
      expect(captured.code).toBe(0);
      expect(captured.stdout).toContain('kind: ClusterSnapshotInfo');
      expect(captured.stdout).toContain('name: db');
      expect(captured.stdout).not.toContain(canary);
      expect(captured.stdout).not.toContain(
        Buffer.from(canary).toString('base64'),
      );
      // The write history the removed-API check reads is kept; the field sets are not.
      expect(captured.stdout).toContain('manager: kubectl-client-side-apply');
      expect(captured.stdout).not.toContain('fieldsV1');
      const file = path.join(dir, 'cluster.yaml');
      await fs.writeFile(file, captured.stdout);

      const live = JSON.parse(
        (await run(['score', '--kubeconfig', kubeconfig, '--format', 'json']))
          .stdout,
      );
      const offline = JSON.parse(
        (await run(['score', '--snapshot', file, '--format', 'json'])).stdout,
      );
      expect(offline.cluster).toBe('shop-cluster');
      const scores = (r: any) => r.pillars.map((p: any) => [p.id, p.score]);
      expect(scores(offline)).toEqual(scores(live));
      const removedApis = (r: any) =>
        r.pillars
          .flatMap((p: any) => p.checks)
          .find((c: any) => c.id === 'upgrades-no-removed-api-versions').status;
      expect(removedApis(live)).toBe('pass');
      expect(removedApis(offline)).toBe('pass');
    } finally {
      await server.close();
      await fs.rm(dir, { recursive: true, force: true });
    }
    // A TLS server, a live scan, a snapshot and an offline scan: seconds on a loaded machine.
  }, 30_000);
});
