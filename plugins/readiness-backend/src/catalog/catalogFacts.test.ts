import { Entity } from '@backstage/catalog-model';
import { attestationsFromAnnotations, toCatalogFacts } from './catalogFacts';

const cluster: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'prod-resource',
    annotations: {
      'readiness.dev/cluster-name': 'prod',
      'readiness.dev/attest.identity-sso-attested':
        '2026-10-01 by alice https://wiki.example.com/sso',
      'readiness.dev/attest.backup-dr-drill':
        '2026-09-15 by bob https://wiki.example.com/drill until 2026-12-31',
      'readiness.dev/attest.incidents-postmortems': 'yes we do them',
    },
  },
  spec: { type: 'kubernetes-cluster', owner: 'group:default/platform' },
};

describe('catalog facts', () => {
  it('reads attestations from cluster annotations and lists malformed ones', () => {
    expect(attestationsFromAnnotations(cluster, 'prod')).toEqual({
      attestations: [
        {
          check: 'identity-sso-attested',
          cluster: 'prod',
          date: '2026-10-01',
          by: 'alice',
          evidence: 'https://wiki.example.com/sso',
        },
        {
          check: 'backup-dr-drill',
          cluster: 'prod',
          date: '2026-09-15',
          by: 'bob',
          evidence: 'https://wiki.example.com/drill',
          expires: '2026-12-31',
        },
      ],
      ignored: [
        {
          object: 'Resource default/prod-resource',
          annotation: 'readiness.dev/attest.incidents-postmortems',
          reason:
            'not in the form "<YYYY-MM-DD> by <who> <evidence-url> [until <YYYY-MM-DD>]"',
        },
      ],
    });
  });

  it.each([
    [
      'an unknown check',
      'readiness.dev/attest.backup-dr-dril',
      '2026-10-01 by alice https://wiki.example.com/drill',
      'no check has the id "backup-dr-dril"',
    ],
    [
      'a check observed through the API',
      'readiness.dev/attest.tenancy-resource-quotas',
      '2026-10-01 by alice https://wiki.example.com/quotas',
      '"tenancy-resource-quotas" is observed through the Kubernetes API and cannot be attested',
    ],
    [
      'a day that does not exist',
      'readiness.dev/attest.backup-dr-drill',
      '2026-02-30 by alice https://wiki.example.com/drill',
      '2026-02-30 is not a date like 2026-10-28',
    ],
    [
      'an expiry that does not exist',
      'readiness.dev/attest.backup-dr-drill',
      '2026-02-01 by alice https://wiki.example.com/drill until 2026-13-01',
      '2026-13-01 is not a date like 2026-10-28',
    ],
    [
      'no author',
      'readiness.dev/attest.backup-dr-drill',
      '2026-02-01 https://wiki.example.com/drill',
      'not in the form "<YYYY-MM-DD> by <who> <evidence-url> [until <YYYY-MM-DD>]"',
    ],
  ])('does not count %s, and says why', (_case, key, value, reason) => {
    const entity: Entity = {
      ...cluster,
      metadata: {
        name: 'prod',
        namespace: 'infra',
        annotations: { [key]: value },
      },
    };
    expect(attestationsFromAnnotations(entity, 'prod')).toEqual({
      attestations: [],
      ignored: [{ object: 'Resource infra/prod', annotation: key, reason }],
    });
  });

  it('collects components, groups and per-cluster attestations', () => {
    const facts = toCatalogFacts([
      cluster,
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'payments' },
        spec: {},
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'payments-api',
          annotations: { 'backstage.io/kubernetes-id': 'payments-api' },
        },
        spec: { owner: 'group:default/payments', type: 'service' },
      },
    ]);
    expect(facts.groups).toEqual(['group:default/payments']);
    expect(facts.components).toEqual([
      {
        entityRef: 'component:default/payments-api',
        owner: 'group:default/payments',
        kubernetesId: 'payments-api',
        namespace: null,
        labelSelector: null,
      },
    ]);
    expect(facts.attestations.get('prod')).toHaveLength(2);
    expect(facts.ignoredAttestations.get('prod')).toEqual([
      expect.objectContaining({
        annotation: 'readiness.dev/attest.incidents-postmortems',
      }),
    ]);
  });
});
