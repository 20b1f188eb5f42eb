export { ScanStatus, StaleChip } from './ScanStatus';
export type { ScanStatusProps } from './ScanStatus';
