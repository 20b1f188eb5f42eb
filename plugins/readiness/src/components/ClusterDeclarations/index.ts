export { ClusterDeclarations } from './ClusterDeclarations';
