export { EntityClusterReadinessContent } from './EntityClusterReadinessContent';
