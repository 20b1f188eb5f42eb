import { createRouteRef, createSubRouteRef } from '@backstage/core-plugin-api';

/**
 * Where the portal report is mounted. A legacy route ref, because the new frontend system
 * accepts it too and one ref keeps links stable across both.
 */
export const rootRouteRef = createRouteRef({ id: 'readiness' });

/**
 * A check's runbook, below the report. The backend's default runbook links
 * (`/readiness/runbooks/<check-id>`) land here.
 */
export const runbookRouteRef = createSubRouteRef({
  id: 'readiness/runbook',
  parent: rootRouteRef,
  path: '/runbooks/:id',
});
