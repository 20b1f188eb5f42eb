export { ClusterReadinessTable } from './ClusterReadinessTable';
