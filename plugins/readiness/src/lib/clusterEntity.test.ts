import type { Entity } from '@backstage/catalog-model';
import { clusterNameOf, isKubernetesCluster } from './clusterEntity';

function entity(
  kind: string,
  type: string | undefined,
  annotations?: Record<string, string>,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'prod-eu-1-resource', annotations },
    spec: type ? { type } : {},
  };
}

describe('isKubernetesCluster', () => {
  it.each([
    ['Resource', 'kubernetes-cluster', true],
    ['resource', 'Kubernetes-Cluster', true],
    ['Resource', 'database', false],
    ['Resource', undefined, false],
    ['Component', 'kubernetes-cluster', false],
  ])('%s of type %s: %p', (kind, type, expected) => {
    expect(isKubernetesCluster(entity(kind, type))).toBe(expected);
  });
});

describe('clusterNameOf', () => {
  it('prefers the readiness.dev/cluster-name annotation', () => {
    expect(
      clusterNameOf(
        entity('Resource', 'kubernetes-cluster', {
          'readiness.dev/cluster-name': 'prod-eu-1',
        }),
      ),
    ).toBe('prod-eu-1');
  });

  it('falls back to the entity name', () => {
    expect(clusterNameOf(entity('Resource', 'kubernetes-cluster'))).toBe(
      'prod-eu-1-resource',
    );
  });
});
