import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * Where the portal report is mounted. A legacy route ref, because the new frontend system
 * accepts it too and one ref keeps links stable across both.
 */
export const rootRouteRef = createRouteRef({ id: 'readiness' });
