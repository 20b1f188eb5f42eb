import { DEFAULT_NAMESPACE } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';

/**
 * The catalog Resource a cluster's page is on: named like the cluster. Resources named
 * differently carry the `readiness.dev/cluster-name` annotation, which a link cannot know.
 *
 * @internal
 */
export function clusterResourceRef(cluster: string) {
  return { kind: 'resource', namespace: DEFAULT_NAMESPACE, name: cluster };
}

/** Props of {@link ClusterLink}. @internal */
export interface ClusterLinkProps {
  cluster: string;
}

/**
 * A cluster's name, linking to its catalog Resource (`/catalog/default/resource/<cluster>`),
 * where the full scorecard is (see {@link clusterResourceRef}).
 *
 * @internal
 */
export function ClusterLink(props: ClusterLinkProps) {
  const { cluster } = props;
  return (
    <EntityRefLink entityRef={clusterResourceRef(cluster)}>
      {cluster}
    </EntityRefLink>
  );
}
