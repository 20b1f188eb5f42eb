import type { ClusterSummary } from '@readiness/plugin-readiness-common';
import { paymentsReadiness } from './entityReadiness';
import { minutesAgo } from './time';

const [prod, staging] = paymentsReadiness.clusters;

/**
 * `GET /clusters` for the portal report: the two clusters of the payments fixture and one
 * that was registered but never scanned successfully.
 */
export const clusterSummaries: ClusterSummary[] = [
  {
    name: prod.cluster,
    total: prod.total,
    max: prod.max,
    assessedPillars: prod.assessedPillars,
    pillars: prod.pillars,
    scan: prod.scan,
  },
  {
    name: staging.cluster,
    total: staging.total,
    max: staging.max,
    assessedPillars: staging.assessedPillars,
    pillars: staging.pillars,
    scan: staging.scan,
  },
  {
    name: 'edge-us-2',
    total: null,
    max: 27,
    assessedPillars: 0,
    pillars: [],
    scan: {
      lastSuccessAt: null,
      lastAttemptAt: minutesAgo(5),
      lastError: 'Unauthorized: the service account token was rejected (401)',
      stale: true,
    },
  },
];
