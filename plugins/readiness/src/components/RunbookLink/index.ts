export { RunbookLink } from './RunbookLink';
export type { RunbookLinkProps } from './RunbookLink';
