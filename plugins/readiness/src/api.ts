import { createApiRef } from '@backstage/frontend-plugin-api';
import type { ReadinessApi } from '@readiness/plugin-readiness-common';

/**
 * Utility API reference for the readiness backend client. Both frontend systems install
 * the common `ReadinessClient` behind it; tests and apps can swap in their own.
 *
 * @public
 */
export const readinessApiRef = createApiRef<ReadinessApi>().with({
  id: 'plugin.readiness.service',
  pluginId: 'readiness',
});
