/**
 * Production-readiness scorecards for the Kubernetes clusters behind your services: a card for
 * Component and System pages, a team card for Group pages, a Readiness tab for cluster
 * Resources, and a portal-wide report with each check's runbook.
 *
 * @packageDocumentation
 */
export {
  readinessPlugin,
  EntityReadinessCard,
  EntityClusterReadinessContent,
  EntityTeamReadinessCard,
  ReadinessReportPage,
} from './plugin';
export { readinessApiRef, readinessDeclarationsApiRef } from './api';
export {
  isKubernetesCluster,
  READINESS_CLUSTER_NAME_ANNOTATION,
} from './lib/clusterEntity';
export type { ReadinessApi } from '@readiness/plugin-readiness-common';
