import { ClusterReport } from '@readiness/plugin-readiness-common';
import { SnapshotReader } from '../kube/SnapshotReader';
import { ListOutcome, ServerInfo } from '../kube/types';
import {
  checkOf as check,
  fixtureReader as fixture,
  forbiddenOutcome as forbidden,
  pillarOf,
  scoreReader as score,
  servedAs,
  statusesOf,
} from './__testUtils__/scoreFixture';

const upgrades = (report: ClusterReport) => pillarOf(report, 'upgrades');
const statuses = (report: ClusterReport) => statusesOf(report, 'upgrades');

/** The snapshot, with what /version and discovery say replaced. */
const withServer = (reader: SnapshotReader, info: Partial<ServerInfo>) =>
  servedAs(reader, { info });

/** The snapshot, with one resource answered differently: forbidden, or empty. */
const answering = (
  reader: SnapshotReader,
  plural: string,
  outcome: ListOutcome,
) => servedAs(reader, { answers: { [plural]: outcome } });

describe('upgrades checks', () => {
  it.each([
    [
      'upgrades-current.yaml',
      2,
      {
        'upgrades-version-supported': 'pass',
        'upgrades-certificates-tracked': 'pass',
        'upgrades-version-within-two-minors': 'pass',
        'upgrades-kubelet-version-skew': 'pass',
        'upgrades-certificates-not-expiring': 'pass',
        'upgrades-version-within-one-minor': 'pass',
        'upgrades-node-os-consistent': 'pass',
        'upgrades-runbook-tested': 'unknown',
        'upgrades-api-server-certificate': 'pass',
        'upgrades-no-removed-api-versions': 'pass',
      },
    ],
    [
      'upgrades-lagging.yaml',
      2,
      {
        'upgrades-version-supported': 'pass',
        'upgrades-certificates-tracked': 'pass',
        'upgrades-version-within-two-minors': 'pass',
        'upgrades-kubelet-version-skew': 'warn',
        'upgrades-certificates-not-expiring': 'warn',
        'upgrades-version-within-one-minor': 'fail',
        'upgrades-node-os-consistent': 'pass',
        'upgrades-runbook-tested': 'unknown',
        'upgrades-api-server-certificate': 'warn',
        'upgrades-no-removed-api-versions': 'fail',
      },
    ],
    [
      'upgrades-drifted.yaml',
      0,
      {
        'upgrades-version-supported': 'fail',
        'upgrades-certificates-tracked': 'pass',
        'upgrades-version-within-two-minors': 'fail',
        'upgrades-kubelet-version-skew': 'fail',
        'upgrades-certificates-not-expiring': 'fail',
        'upgrades-version-within-one-minor': 'fail',
        'upgrades-node-os-consistent': 'fail',
        'upgrades-runbook-tested': 'unknown',
        'upgrades-api-server-certificate': 'fail',
        'upgrades-no-removed-api-versions': 'unknown',
      },
    ],
  ])(
    '%s scores %i with the expected verdicts',
    async (file, expectedScore, expected) => {
      const report = await score(fixture(file));
      expect(statuses(report)).toEqual(expected);
      expect(upgrades(report).score).toBe(expectedScore);
    },
  );

  it('an attestation of the tested runbook lifts a current cluster to 3', async () => {
    const report = await score(fixture('upgrades-current.yaml'), {
      attestations: [
        {
          check: 'upgrades-runbook-tested',
          cluster: '*',
          date: '2026-11-02',
          by: 'team-platform',
          evidence:
            'https://wiki.example.com/runbooks/k8s-upgrade (1.35 to 1.36 rehearsed on staging-eu)',
        },
      ],
    });
    expect(check(report, 'upgrades-runbook-tested')).toMatchObject({
      status: 'pass',
      source: 'attested',
    });
    expect(upgrades(report).score).toBe(3);
  });

  it('names what is still written with an API version the next minor removes', async () => {
    const lagging = await score(fixture('upgrades-lagging.yaml'));
    const removed = check(lagging, 'upgrades-no-removed-api-versions');
    expect(removed.evidence).toBe(
      "1 write(s) used API versions removed by 1.36; each manager's next write with them fails, so fix its manifests before upgrading: HorizontalPodAutoscaler shop/web by helm as autoscaling/v2beta2 (removed in 1.26; use autoscaling/v2) (write history on 1 of the 4 objects listed).",
    );
    expect(removed.objects).toEqual([
      { kind: 'HorizontalPodAutoscaler', namespace: 'shop', name: 'web' },
    ]);
    expect(lagging.risks).toContainEqual({
      kind: 'upgrade-debt',
      title:
        '1 object(s) are still written with API versions removed by 1.36: deploys break on upgrade',
      daysToImpact: null,
      objects: [
        { kind: 'HorizontalPodAutoscaler', namespace: 'shop', name: 'web' },
      ],
    });
    // Without managedFields (a snapshot taken with kubectl get) the check cannot see anything.
    const drifted = await score(fixture('upgrades-drifted.yaml'));
    expect(check(drifted, 'upgrades-no-removed-api-versions').evidence).toMatch(
      /^None of the \d+ objects listed carries managedFields/,
    );
  });

  it('names how far behind the server is and when support ended', async () => {
    const report = await score(fixture('upgrades-drifted.yaml'));
    expect(check(report, 'upgrades-version-supported').evidence).toBe(
      'Kubernetes 1.33 (v1.33.5) has been out of upstream support since 2026-06-28; the newest release is 1.37, 4 minor upgrades away, and minors cannot be skipped.',
    );
    expect(
      check(report, 'upgrades-version-within-two-minors').evidence,
    ).toContain('4 minor versions behind');
  });

  it('warns while the version is supported but its end of support is near', async () => {
    const report = await score(fixture('upgrades-lagging.yaml'), {
      now: new Date('2027-01-15T12:00:00Z'),
    });
    expect(check(report, 'upgrades-version-supported')).toMatchObject({
      status: 'warn',
      evidence:
        'Kubernetes 1.35 (v1.35.3) gets upstream patches only until 2027-02-28, in 43 days: plan the upgrade to 1.36 now.',
    });
  });

  it('names nodes whose kubelet is outside the skew, or off the common OS image', async () => {
    const report = await score(fixture('upgrades-drifted.yaml'));
    const skew = check(report, 'upgrades-kubelet-version-skew');
    expect(skew.evidence).toBe(
      '1 node(s) run a kubelet newer than the API server (1.33), which is never supported: node-b (v1.34.1); 1 node(s) run a kubelet more than 3 minors older than the API server (1.33): node-c (v1.29.15).',
    );
    expect(skew.objects).toEqual([
      { kind: 'Node', name: 'node-b' },
      { kind: 'Node', name: 'node-c' },
    ]);
    const os = check(report, 'upgrades-node-os-consistent');
    expect(os.evidence).toContain('node-c ("Ubuntu 20.04.6 LTS")');
    expect(os.objects).toEqual([{ kind: 'Node', name: 'node-c' }]);
    const lagging = await score(fixture('upgrades-lagging.yaml'));
    expect(check(lagging, 'upgrades-kubelet-version-skew').evidence).toContain(
      'node-2 (v1.34.2)',
    );
  });

  it('fails on certificates about to expire or never issued, and warns inside the warning window', async () => {
    const report = await score(fixture('upgrades-drifted.yaml'));
    const expiry = check(report, 'upgrades-certificates-not-expiring');
    expect(expiry.evidence).toBe(
      '1 of 3 Certificates expire within 30 days: shop/shop-tls (expires in 9 days); 1 Certificate(s) have never been issued (no status.notAfter): ops/admin-tls.',
    );
    expect(expiry.objects).toEqual([
      { kind: 'Certificate', namespace: 'shop', name: 'shop-tls' },
      { kind: 'Certificate', namespace: 'ops', name: 'admin-tls' },
    ]);
    const lagging = await score(fixture('upgrades-lagging.yaml'));
    expect(
      check(lagging, 'upgrades-certificates-not-expiring').evidence,
    ).toContain('monitoring/grafana-tls (expires in 44 days)');
  });

  it('treats a missing cert-manager as a finding, and an empty one as nothing tracked', async () => {
    // Discovery that serves no CRD at all: cert-manager.io is not there.
    const report = await score(
      withServer(fixture('upgrades-current.yaml'), {
        groupVersions: new Set(),
      }),
    );
    for (const id of [
      'upgrades-certificates-tracked',
      'upgrades-certificates-not-expiring',
    ]) {
      expect(check(report, id)).toMatchObject({
        status: 'fail',
        evidence: expect.stringContaining(
          'cert-manager is not installed (the cert-manager.io API group is not served)',
        ),
      });
    }
    expect(upgrades(report).score).toBe(0);

    const empty = await score(
      answering(fixture('upgrades-current.yaml'), 'certificates', {
        ok: true,
        items: [],
        pages: 1,
      }),
    );
    expect(check(empty, 'upgrades-certificates-tracked')).toMatchObject({
      status: 'fail',
      evidence:
        'No cert-manager Certificate was found, so no certificate the cluster serves is renewed or tracked by it.',
    });
    expect(check(empty, 'upgrades-certificates-not-expiring').status).toBe(
      'not-applicable',
    );
  });

  it('is unknown, never a pass, when the server version is unknown', async () => {
    const report = await score(
      withServer(fixture('upgrades-current.yaml'), { version: null }),
    );
    for (const id of [
      'upgrades-version-supported',
      'upgrades-version-within-two-minors',
      'upgrades-version-within-one-minor',
      'upgrades-kubelet-version-skew',
    ]) {
      expect(check(report, id).status).toBe('unknown');
    }
    expect(check(report, 'upgrades-version-supported').evidence).toContain(
      'The API server version is unknown',
    );
    expect(upgrades(report).score).toBe(0);
  });

  it.each([
    ['nodes', ['upgrades-kubelet-version-skew', 'upgrades-node-os-consistent']],
    [
      'certificates',
      ['upgrades-certificates-tracked', 'upgrades-certificates-not-expiring'],
    ],
  ])(
    'is unknown with the reason when %s cannot be listed',
    async (plural, ids) => {
      const report = await score(
        answering(fixture('upgrades-current.yaml'), plural, forbidden(plural)),
      );
      for (const id of ids) {
        expect(check(report, id)).toMatchObject({
          status: 'unknown',
          evidence: expect.stringContaining(`HTTP 403: ${plural} is forbidden`),
        });
      }
    },
  );
});
