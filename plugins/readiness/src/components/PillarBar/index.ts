export { PillarBar } from './PillarBar';
export type { PillarBarProps } from './PillarBar';
