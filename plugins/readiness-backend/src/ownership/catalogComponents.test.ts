import { Entity } from '@backstage/catalog-model';
import { catalogOwnershipInput } from './catalogComponents';

const component = (
  name: string,
  annotations: Record<string, string>,
  owner?: string,
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', annotations },
  spec: owner
    ? { owner, type: 'service', lifecycle: 'production' }
    : { type: 'service' },
});

describe('catalogOwnershipInput', () => {
  it('keeps owned components tied to Kubernetes and every group', () => {
    const input = catalogOwnershipInput([
      component(
        'checkout',
        { 'backstage.io/kubernetes-id': 'checkout' },
        'payments',
      ),
      component(
        'search',
        {
          'backstage.io/kubernetes-label-selector': 'app=search',
          'backstage.io/kubernetes-namespace': 'search-prod',
        },
        'group:search',
      ),
      component('docs', {}, 'docs-team'),
      component('orphan', { 'backstage.io/kubernetes-id': 'orphan' }),
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'payments' },
        spec: {},
      },
    ]);
    expect(input).toEqual({
      components: [
        {
          entityRef: 'component:default/checkout',
          owner: 'payments',
          kubernetesId: 'checkout',
        },
        {
          entityRef: 'component:default/search',
          owner: 'group:search',
          kubernetesId: null,
          namespace: 'search-prod',
          labelSelector: 'app=search',
        },
      ],
      groups: ['group:default/payments'],
    });
  });
});
