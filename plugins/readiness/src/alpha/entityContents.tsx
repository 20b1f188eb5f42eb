import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * The Readiness tab of catalog Resources that stand for Kubernetes clusters: the full
 * scorecard of the cluster. Filter values compare case-insensitively, so `Resource` matches.
 */
export const readinessClusterContent = EntityContentBlueprint.make({
  name: 'cluster',
  params: {
    path: '/readiness',
    title: 'Readiness',
    filter: { kind: 'resource', 'spec.type': 'kubernetes-cluster' },
    loader: () =>
      import('../components/EntityClusterReadinessContent').then(m => (
        <m.EntityClusterReadinessContent />
      )),
  },
});
