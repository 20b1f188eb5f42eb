import { DEFAULT_NAMESPACE } from '@backstage/catalog-model';
import { EntityRefLink } from '@backstage/plugin-catalog-react';

/** Props of {@link ClusterLink}. @internal */
export interface ClusterLinkProps {
  cluster: string;
}

/**
 * A cluster's name, linking to its catalog Resource (`/catalog/default/resource/<cluster>`),
 * where the full scorecard is. Resources named differently from the cluster carry the
 * `readiness.dev/cluster-name` annotation, which a link cannot know; the demo and the common
 * case name them alike.
 *
 * @internal
 */
export function ClusterLink(props: ClusterLinkProps) {
  const { cluster } = props;
  return (
    <EntityRefLink
      entityRef={{
        kind: 'resource',
        namespace: DEFAULT_NAMESPACE,
        name: cluster,
      }}
    >
      {cluster}
    </EntityRefLink>
  );
}
