/**
 * Production-readiness scorecards for the Kubernetes clusters behind your services: a card for
 * Component and System pages and a portal-wide report.
 *
 * @packageDocumentation
 */
export {
  readinessPlugin,
  EntityReadinessCard,
  ReadinessReportPage,
} from './plugin';
export { readinessApiRef } from './api';
export type { ReadinessApi } from '@readiness/plugin-readiness-common';
