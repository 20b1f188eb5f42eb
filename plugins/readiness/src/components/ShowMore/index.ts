export { useShowMore } from './useShowMore';
export type { ShowMore } from './useShowMore';
