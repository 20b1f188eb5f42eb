export { HistoryChart } from './HistoryChart';
export type { HistoryChartProps } from './HistoryChart';
export { LineChart } from './LineChart';
export type { LineChartProps } from './LineChart';
