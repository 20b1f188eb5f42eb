import { Entity } from '@backstage/catalog-model';
import { attestationsFromAnnotations, toCatalogFacts } from './catalogFacts';

const cluster: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'prod-resource',
    annotations: {
      'readiness.dev/cluster-name': 'prod',
      'readiness.dev/attest.identity-sso':
        '2026-10-01 by alice https://wiki.example.com/sso',
      'readiness.dev/attest.backup-dr-drill':
        '2026-09-15 by bob https://wiki.example.com/drill until 2026-12-31',
      'readiness.dev/attest.incidents-postmortems': 'yes we do them',
    },
  },
  spec: { type: 'kubernetes-cluster', owner: 'group:default/platform' },
};

describe('catalog facts', () => {
  it('reads attestations from cluster annotations and skips malformed ones', () => {
    expect(attestationsFromAnnotations(cluster, 'prod')).toEqual([
      {
        check: 'identity-sso',
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
    ]);
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
  });
});
