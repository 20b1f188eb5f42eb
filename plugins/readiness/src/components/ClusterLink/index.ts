export { ClusterLink } from './ClusterLink';
export type { ClusterLinkProps } from './ClusterLink';
