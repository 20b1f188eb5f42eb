export { ClusterLink, clusterResourceRef } from './ClusterLink';
export type { ClusterLinkProps } from './ClusterLink';
