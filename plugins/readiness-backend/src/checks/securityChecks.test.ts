import { ScoringOptions } from '../engine/scoreCluster';
import { ClusterReader } from '../kube/types';
import { SnapshotReader } from '../kube/SnapshotReader';
import { isMutableImage, parseImage } from './securityChecks.helpers';
import {
  KUBE_SYSTEM_ONLY_OPTIONS,
  checkIn as check,
  fixtureReader as snapshot,
  forbidding as forbidden,
  pillarOf,
  scoreReader,
  servedAs,
  statusesIn as statuses,
} from './__testUtils__/scoreFixture';

const security = async (
  reader: ClusterReader,
  extra: Partial<ScoringOptions> = {},
) =>
  pillarOf(
    await scoreReader(reader, extra, KUBE_SYSTEM_ONLY_OPTIONS),
    'security',
  );

/** The snapshot on a live-like server that serves only the built-in API groups: no tool CRDs. */
const withoutCrds = (reader: SnapshotReader) =>
  servedAs(reader, { info: { groupVersions: new Set(['v1', 'apps/v1']) } });

describe('security checks', () => {
  it.each([
    [
      'security-hardened.yaml',
      2,
      {
        'security-no-privileged-pods': 'pass',
        'security-non-root-containers': 'pass',
        'security-pinned-image-tags': 'pass',
        'security-no-inline-secrets': 'pass',
        'security-image-signatures-verified': 'pass',
        'security-external-secrets-manager': 'pass',
        'security-vulnerability-scanning': 'pass',
        'security-audit-logs-attested': 'unknown',
      },
    ],
    [
      'security-neglected.yaml',
      0,
      {
        'security-no-privileged-pods': 'fail',
        'security-non-root-containers': 'fail',
        'security-pinned-image-tags': 'fail',
        'security-no-inline-secrets': 'fail',
        'security-image-signatures-verified': 'fail',
        'security-external-secrets-manager': 'fail',
        'security-vulnerability-scanning': 'fail',
        'security-audit-logs-attested': 'unknown',
      },
    ],
  ])(
    '%s scores %i with the expected verdicts',
    async (file, expectedScore, expected) => {
      const pillar = await security(snapshot(file));
      expect(statuses(pillar)).toEqual(expected);
      expect(pillar.score).toBe(expectedScore);
    },
  );

  it('names privileged workloads and what they do, once per workload, skipping system namespaces', async () => {
    const pillar = await security(snapshot('security-neglected.yaml'));
    const privileged = check(pillar, 'security-no-privileged-pods');
    expect(privileged.evidence).toBe(
      '3 workload(s) outside system namespaces run privileged or reach into the node, so one compromised container owns the node: ' +
        'shop/indexer (privileged container indexer, hostPID, hostPath volume index-data), ' +
        'shop/storefront-web (adds NET_ADMIN to storefront-web), shop/debug (hostNetwork).',
    );
    expect(privileged.objects).toEqual([
      { kind: 'Deployment', namespace: 'shop', name: 'indexer' },
      { kind: 'Deployment', namespace: 'shop', name: 'storefront-web' },
      { kind: 'Pod', namespace: 'shop', name: 'debug' },
    ]);
    expect(privileged.runbook).toBe(
      '/readiness/runbooks/security-no-privileged-pods',
    );
    // kube-proxy is privileged with hostNetwork in kube-system; NET_BIND_SERVICE is baseline.
    expect(
      check(
        await security(snapshot('security-hardened.yaml')),
        'security-no-privileged-pods',
      ).status,
    ).toBe('pass');
  });

  it('names mutable images, inline secrets and root containers with the workload using them', async () => {
    const pillar = await security(snapshot('security-neglected.yaml'));
    expect(check(pillar, 'security-pinned-image-tags').evidence).toBe(
      '3 workload(s) run :latest or untagged images, so what runs changes with every push (0 of 3 image(s) are pinned by digest): ' +
        'shop/indexer (registry.internal:5000/shop/indexer), shop/storefront-web (registry.internal:5000/shop/storefront-web:latest), ' +
        'shop/debug (docker.io/library/busybox).',
    );
    expect(check(pillar, 'security-no-inline-secrets')).toMatchObject({
      evidence: expect.stringContaining(
        ': shop/storefront-web (SESSION_SECRET).',
      ),
      objects: [
        { kind: 'Deployment', namespace: 'shop', name: 'storefront-web' },
      ],
    });
    expect(check(pillar, 'security-non-root-containers').evidence).toContain(
      'shop/debug (shell may run as root)',
    );
    const hardened = await security(snapshot('security-hardened.yaml'));
    expect(check(hardened, 'security-pinned-image-tags').evidence).toBe(
      'Every image outside system namespaces carries a fixed tag or a digest; 1 of 2 image(s) are pinned by digest.',
    );
  });

  it('does not count a signature policy in Audit mode, and says what it does not read', async () => {
    const signatures = check(
      await security(snapshot('security-neglected.yaml')),
      'security-image-signatures-verified',
    );
    expect(signatures.evidence).toMatch(
      /^verify-image-signatures verifies image signatures in Audit mode only, so unsigned images still run\./,
    );
    expect(signatures.evidence).toContain(
      'Sigstore policy-controller ClusterImagePolicies are not read',
    );
    expect(signatures.objects).toEqual([
      { kind: 'ClusterPolicy', name: 'verify-image-signatures' },
    ]);
    const hardened = check(
      await security(snapshot('security-hardened.yaml')),
      'security-image-signatures-verified',
    );
    expect(hardened.evidence).toBe(
      'ClusterPolicy check-image verifies image signatures and rejects what fails (rules: check-image). 1 of 2 image(s) are pinned by digest.',
    );
  });

  it('fails on a scanner that stopped, and warns on fresh reports with gaps or critical CVEs', async () => {
    const stale = check(
      await security(snapshot('security-neglected.yaml')),
      'security-vulnerability-scanning',
    );
    expect(stale.evidence).toBe(
      'None of 1 VulnerabilityReport(s) was updated in the last 7 days (the newest is 55 days old): the scanner has stopped.',
    );
    const gaps = check(
      await security(snapshot('security-scan-gaps.yaml')),
      'security-vulnerability-scanning',
    );
    expect(gaps.status).toBe('warn');
    expect(gaps.evidence).toBe(
      '1 of 1 VulnerabilityReport(s) were updated in the last 7 days, but 1 namespace(s) with pods have no fresh report: recs; ' +
        'and 1 report(s) list critical vulnerabilities: search/pod-search-api-0-search-api (2 critical).',
    );
    expect(gaps.objects).toEqual([
      {
        kind: 'VulnerabilityReport',
        namespace: 'search',
        name: 'pod-search-api-0-search-api',
      },
    ]);
  });

  it('fails, naming the missing API group, when External Secrets and Trivy are not installed', async () => {
    const pillar = await security(
      withoutCrds(snapshot('security-hardened.yaml')),
    );
    expect(check(pillar, 'security-external-secrets-manager')).toMatchObject({
      status: 'fail',
      evidence: expect.stringContaining(
        'External Secrets Operator is not installed (the external-secrets.io API group is not served)',
      ),
    });
    expect(check(pillar, 'security-vulnerability-scanning')).toMatchObject({
      status: 'fail',
      evidence: expect.stringContaining(
        'Trivy Operator is not installed (the aquasecurity.github.io API group is not served)',
      ),
    });
    expect(check(pillar, 'security-image-signatures-verified').status).toBe(
      'fail',
    );
  });

  it.each([
    [
      'pods',
      0,
      [
        'security-no-privileged-pods',
        'security-non-root-containers',
        'security-pinned-image-tags',
        'security-no-inline-secrets',
      ],
    ],
    ['deployments', 1, ['security-pinned-image-tags']],
    ['clusterpolicies', 2, ['security-image-signatures-verified']],
    ['externalsecrets', 2, ['security-external-secrets-manager']],
    ['vulnerabilityreports', 2, ['security-vulnerability-scanning']],
  ])(
    'is unknown, never pass, when %s cannot be listed (score %i)',
    async (plural, score, unknown) => {
      const pillar = await security(
        forbidden(snapshot('security-hardened.yaml'), plural),
      );
      for (const id of unknown) {
        expect(check(pillar, id).status).toBe('unknown');
        expect(check(pillar, id).evidence).toContain(
          `HTTP 403: ${plural} is forbidden`,
        );
      }
      const observed = pillar.checks.filter(
        c => !unknown.includes(c.id) && c.id !== 'security-audit-logs-attested',
      );
      expect(observed.every(c => c.status === 'pass')).toBe(true);
      expect(pillar.score).toBe(score);
    },
  );

  it('reaches 3 with an audit-log attestation, and an exemption settles an accepted node agent', async () => {
    const attested = await security(snapshot('security-hardened.yaml'), {
      attestations: [
        {
          check: 'security-audit-logs-attested',
          cluster: '*',
          date: '2026-11-01',
          by: 'secops',
          evidence: 'https://siem.example.com/sources/k8s-audit',
        },
      ],
    });
    expect(attested.score).toBe(3);
    const exempted = await security(snapshot('security-neglected.yaml'), {
      exemptions: [
        {
          check: 'security-no-privileged-pods',
          namespace: 'shop',
          reason: 'node agents, reviewed',
          by: 'platform',
          expires: '2027-01-31',
        },
      ],
    });
    expect(check(exempted, 'security-no-privileged-pods').status).toBe(
      'exempted',
    );
  });
});

describe('image references', () => {
  it.each([
    ['nginx', null, false, true],
    ['nginx:latest', 'latest', false, true],
    ['registry.internal:5000/shop/indexer', null, false, true],
    ['registry.internal:5000/shop/indexer:1.4.0', '1.4.0', false, false],
    ['ghcr.io/org/app:latest@sha256:0123abcd', 'latest', true, false],
    ['ghcr.io/org/app@sha256:0123abcd', null, true, false],
  ])('%s has tag %s, digest %s, mutable %s', (image, tag, digest, mutable) => {
    expect(parseImage(image)).toEqual({ tag, digest });
    expect(isMutableImage(image)).toBe(mutable);
  });
});
