export { ClusterRisks, timeToImpact } from './ClusterRisks';
export type { ClusterRisksProps } from './ClusterRisks';
