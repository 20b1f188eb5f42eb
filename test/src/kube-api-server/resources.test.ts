import {
  buildResourceRegistry,
  compareVersions,
  pluralize,
} from './resources.ts';

describe('pluralize', () => {
  it.each([
    ['Pod', 'pods'],
    ['NetworkPolicy', 'networkpolicies'],
    ['Gateway', 'gateways'],
    ['Ingress', 'ingresses'],
    ['Prometheus', 'prometheuses'],
    ['Endpoints', 'endpoints'],
    ['Mailbox', 'mailboxes'],
  ])('%s -> %s', (kind, plural) => expect(pluralize(kind)).toBe(plural));
});

describe('compareVersions', () => {
  it('orders like Kubernetes version priority', () => {
    expect(
      ['v1alpha1', 'v1beta1', 'v2', 'v1', 'v2beta1', 'foo'].sort(
        compareVersions,
      ),
    ).toEqual(['v2', 'v1', 'v2beta1', 'v1beta1', 'v1alpha1', 'foo']);
  });
});

describe('buildResourceRegistry', () => {
  it('infers unknown kinds and enables known add-on groups as a whole', () => {
    const registry = buildResourceRegistry([
      {
        apiVersion: 'example.com/v1alpha1',
        kind: 'Widget',
        metadata: { name: 'w', namespace: 'a' },
      },
      {
        apiVersion: 'example.com/v1alpha1',
        kind: 'Policy',
        metadata: { name: 'p' },
      },
      {
        apiVersion: 'cert-manager.io/v1',
        kind: 'Certificate',
        metadata: { name: 'c', namespace: 'a' },
      },
    ]);
    expect(registry.find('example.com', 'v1alpha1', 'widgets')).toMatchObject({
      kind: 'Widget',
      namespaced: true,
      source: 'crd',
    });
    expect(
      registry.find('example.com', 'v1alpha1', 'policies')?.namespaced,
    ).toBe(false);
    expect(
      registry.find('cert-manager.io', 'v1', 'clusterissuers'),
    ).toMatchObject({ namespaced: false });
    expect(registry.groups()).toContain('cert-manager.io');
    expect(registry.groups()).not.toContain('velero.io');
    expect(registry.groups().indexOf('apps')).toBeLessThan(
      registry.groups().indexOf('cert-manager.io'),
    );
  });

  it('serves metrics.k8s.io as an aggregated API with its real plurals', () => {
    const registry = buildResourceRegistry([
      {
        apiVersion: 'metrics.k8s.io/v1beta1',
        kind: 'PodMetrics',
        metadata: { name: 'web-0', namespace: 'shop' },
      },
    ]);
    expect(registry.find('metrics.k8s.io', 'v1beta1', 'pods')).toMatchObject({
      kind: 'PodMetrics',
      source: 'aggregated',
    });
    expect(registry.find('metrics.k8s.io', 'v1beta1', 'nodes')).toMatchObject({
      kind: 'NodeMetrics',
      namespaced: false,
    });
  });
});
