import { ScoringOptions } from '../engine/scoreCluster';
import { ClusterReader } from '../kube/types';
import {
  broadSubject,
  isIdentityProviderGroup,
  isPersonalUser,
} from './identityChecks.helpers';
import {
  KUBE_SYSTEM_ONLY_OPTIONS,
  checkIn as check,
  fixtureReader as snapshot,
  forbidding as forbidden,
  pillarOf,
  scoreReader,
  statusesIn as statuses,
} from './__testUtils__/scoreFixture';

const identity = async (
  reader: ClusterReader,
  extra: Partial<ScoringOptions> = {},
) =>
  pillarOf(
    await scoreReader(reader, extra, KUBE_SYSTEM_ONLY_OPTIONS),
    'identity',
  );

const ATTESTED = [
  'identity-sso-attested',
  'identity-rbac-review-attested',
  'identity-audit-trail-attested',
];

describe('identity checks', () => {
  it.each([
    [
      'identity-hardened.yaml',
      2,
      {
        'identity-no-broad-admin-grants': 'pass',
        'identity-no-static-cloud-keys': 'pass',
        'identity-humans-bound-as-groups': 'pass',
        'identity-no-legacy-token-secrets': 'pass',
        'identity-default-sa-token-not-mounted': 'pass',
        'identity-sso-attested': 'unknown',
        'identity-rbac-review-attested': 'unknown',
        'identity-audit-trail-attested': 'unknown',
      },
    ],
    [
      'identity-neglected.yaml',
      0,
      {
        'identity-no-broad-admin-grants': 'fail',
        'identity-no-static-cloud-keys': 'fail',
        'identity-humans-bound-as-groups': 'fail',
        'identity-no-legacy-token-secrets': 'fail',
        'identity-default-sa-token-not-mounted': 'fail',
        'identity-sso-attested': 'unknown',
        'identity-rbac-review-attested': 'unknown',
        'identity-audit-trail-attested': 'unknown',
      },
    ],
  ])(
    '%s scores %i with the expected verdicts',
    async (file, expectedScore, expected) => {
      const pillar = await identity(snapshot(file));
      expect(statuses(pillar)).toEqual(expected);
      expect(pillar.score).toBe(expectedScore);
    },
  );

  it('names the bindings that hand cluster-admin or a wildcard role to everyone', async () => {
    const broad = check(
      await identity(snapshot('identity-neglected.yaml')),
      'identity-no-broad-admin-grants',
    );
    expect(broad.evidence).toBe(
      '3 binding(s) give cluster-admin or a wildcard role to a broad group or a default ServiceAccount: ' +
        'authenticated-cluster-admin (cluster-admin to Group system:authenticated, everyone who can sign in), ' +
        'all-serviceaccounts-ops (ops-everything to Group system:serviceaccounts, every ServiceAccount), ' +
        'shop/default-sa-admin (cluster-admin to ServiceAccount shop/default, every pod that names no ServiceAccount).',
    );
    expect(broad.objects).toEqual([
      { kind: 'ClusterRoleBinding', name: 'authenticated-cluster-admin' },
      { kind: 'ClusterRoleBinding', name: 'all-serviceaccounts-ops' },
      { kind: 'RoleBinding', namespace: 'shop', name: 'default-sa-admin' },
    ]);
    expect(broad.runbook).toBe(
      '/readiness/runbooks/identity-no-broad-admin-grants',
    );
  });

  it('names people bound one by one, cluster-admin first, and leaves platform Users alone', async () => {
    const humans = check(
      await identity(snapshot('identity-neglected.yaml')),
      'identity-humans-bound-as-groups',
    );
    expect(humans.evidence).toContain(
      '2 binding(s) grant access to individually named Users (1 of them cluster-admin',
    );
    expect(humans.evidence).toContain(
      'developers-cluster-admin (cluster-admin to sven, dev-shared), default/read-pods (pod-reader to jane).',
    );
    expect(humans.objects).toEqual([
      { kind: 'ClusterRoleBinding', name: 'developers-cluster-admin' },
      { kind: 'RoleBinding', namespace: 'default', name: 'read-pods' },
    ]);
    const hardened = check(
      await identity(snapshot('identity-hardened.yaml')),
      'identity-humans-bound-as-groups',
    );
    // system:kube-scheduler is a User but not a person; kubeadm:cluster-admins is not an IdP group.
    expect(hardened.evidence).toBe(
      'No binding names an individual User; people get access through 3 group(s), 2 of them from an identity provider: 3f2a9c1e-7b4d-4e8a-9c61-0d5e2f7a8b90, oidc:platform-sre.',
    );
  });

  it('names static cloud keys by workload, from a Secret or inline, and credits workload identity', async () => {
    const keys = check(
      await identity(snapshot('identity-neglected.yaml')),
      'identity-no-static-cloud-keys',
    );
    expect(keys.evidence).toContain(
      'shop/indexer (AWS_ACCESS_KEY_ID from a Secret, AWS_SECRET_ACCESS_KEY from a Secret), shop/exporter (GOOGLE_APPLICATION_CREDENTIALS inline).',
    );
    // Two pods of one Deployment are one finding; a ReplicaSet without its Deployment still names it.
    expect(keys.objects).toEqual([
      { kind: 'Deployment', namespace: 'shop', name: 'indexer' },
      { kind: 'Deployment', namespace: 'shop', name: 'exporter' },
    ]);
    const hardened = check(
      await identity(snapshot('identity-hardened.yaml')),
      'identity-no-static-cloud-keys',
    );
    expect(hardened.evidence).toBe(
      'No pod takes cloud keys from a Secret or an inline env value. 3 ServiceAccount(s) use workload identity: payments/my-service-account (aws), payments/ledger (gcp), payments/workload-identity-sa (azure).',
    );
  });

  it('names legacy token Secrets and default ServiceAccounts that hand out tokens', async () => {
    const pillar = await identity(snapshot('identity-neglected.yaml'));
    const tokens = check(pillar, 'identity-no-legacy-token-secrets');
    expect(tokens.evidence).toContain(
      'kube-system/build-robot-secret (for build-robot)',
    );
    expect(tokens.objects).toEqual([
      { kind: 'Secret', namespace: 'kube-system', name: 'build-robot-secret' },
    ]);
    const defaults = check(pillar, 'identity-default-sa-token-not-mounted');
    expect(defaults.evidence).toBe(
      'In 1 of 1 workload namespaces the default ServiceAccount hands an API token to every pod that names no ServiceAccount: shop (automount not disabled, token in 2 pod(s)).',
    );
    expect(defaults.objects).toEqual([
      { kind: 'ServiceAccount', namespace: 'shop', name: 'default' },
    ]);
    expect(check(pillar, 'identity-audit-trail-attested').evidence).toMatch(
      /^Long-lived token Secrets \(kube-system\/build-robot-secret\) act for whoever holds a copy/,
    );
  });

  it('settles the level 3 checks from attestations, and a lapsed one leaves them unknown', async () => {
    const attestation = {
      cluster: 'test',
      by: 'platform-team',
      evidence: 'https://wiki.example.com/rbac',
    };
    const fresh = await identity(snapshot('identity-hardened.yaml'), {
      attestations: ATTESTED.map(id => ({
        ...attestation,
        check: id,
        date: '2026-10-01',
      })),
    });
    expect(fresh.score).toBe(3);
    expect(check(fresh, 'identity-sso-attested')).toMatchObject({
      status: 'pass',
      source: 'attested',
    });
    const lapsed = await identity(snapshot('identity-hardened.yaml'), {
      attestations: ATTESTED.map(id => ({
        ...attestation,
        check: id,
        date: '2026-01-10',
      })),
    });
    expect(lapsed.score).toBe(2);
    expect(check(lapsed, 'identity-rbac-review-attested').evidence).toContain(
      'expired on 2026-04-10',
    );
  });

  it.each([
    [
      'clusterrolebindings',
      0,
      ['identity-no-broad-admin-grants', 'identity-humans-bound-as-groups'],
    ],
    [
      'rolebindings',
      0,
      ['identity-no-broad-admin-grants', 'identity-humans-bound-as-groups'],
    ],
    ['secrets', 1, ['identity-no-legacy-token-secrets']],
    [
      'pods',
      0,
      [
        'identity-no-static-cloud-keys',
        'identity-default-sa-token-not-mounted',
      ],
    ],
    ['serviceaccounts', 1, ['identity-default-sa-token-not-mounted']],
    ['clusterroles', 0, ['identity-no-broad-admin-grants']],
  ])(
    'is unknown, never pass, when %s cannot be listed (score %i)',
    async (plural, score, unknown) => {
      const pillar = await identity(
        forbidden(snapshot('identity-hardened.yaml'), plural),
      );
      for (const id of unknown) {
        expect(check(pillar, id).status).toBe('unknown');
        expect(check(pillar, id).evidence).toContain(
          `HTTP 403: ${plural} is forbidden`,
        );
      }
      const others = pillar.checks.filter(
        c => !unknown.includes(c.id) && !ATTESTED.includes(c.id),
      );
      expect(others.every(c => c.status === 'pass')).toBe(true);
      expect(pillar.score).toBe(score);
    },
  );

  it('still fails on cluster-admin when ClusterRoles cannot be read: the name is enough', async () => {
    const pillar = await identity(
      forbidden(snapshot('identity-neglected.yaml'), 'clusterroles'),
    );
    const broad = check(pillar, 'identity-no-broad-admin-grants');
    expect(broad.status).toBe('fail');
    // The wildcard role ops-everything is only known from the ClusterRoles.
    expect(broad.objects.map(o => o.name)).toEqual([
      'authenticated-cluster-admin',
      'default-sa-admin',
    ]);
  });
});

describe('identity helpers', () => {
  const binding = {
    namespace: 'shop',
    name: 'b',
    roleKind: 'ClusterRole',
    roleName: 'cluster-admin',
    subjects: [],
  };

  it.each([
    ['Group', 'system:authenticated', true],
    ['Group', 'system:unauthenticated', true],
    ['Group', 'system:serviceaccounts:shop', true],
    ['Group', 'system:masters', false],
    ['User', 'system:anonymous', true],
    ['ServiceAccount', 'default', true],
    ['ServiceAccount', 'ci-deployer', false],
  ])('%s %s is broad: %s', (kind, name, broad) => {
    expect(
      broadSubject({ kind, name, namespace: null }, binding) !== null,
    ).toBe(broad);
  });

  it.each([
    ['oidc:platform-sre', true],
    ['gke-platform-admins@shop.example.com', true],
    ['3f2a9c1e-7b4d-4e8a-9c61-0d5e2f7a8b90', true],
    ['system:masters', false],
    ['kubeadm:cluster-admins', false],
    ['developers', false],
  ])('group %s comes from an identity provider: %s', (name, expected) => {
    expect(isIdentityProviderGroup(name)).toBe(expected);
  });

  it.each([
    ['jane', true],
    ['dmitri.k@shop.example.com', true],
    ['system:kube-controller-manager', false],
    ['eks:node-manager', false],
    ['kubelet', false],
  ])('User %s is a person: %s', (name, expected) => {
    expect(isPersonalUser({ kind: 'User', name, namespace: null })).toBe(
      expected,
    );
  });
});
