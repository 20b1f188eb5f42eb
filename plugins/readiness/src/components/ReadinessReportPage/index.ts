export {
  ReadinessReportPage,
  ReadinessReportContent,
} from './ReadinessReportPage';
