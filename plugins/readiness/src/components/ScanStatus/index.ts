export { ScanStatus } from './ScanStatus';
export type { ScanStatusProps } from './ScanStatus';
