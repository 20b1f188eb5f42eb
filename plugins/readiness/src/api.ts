import { createApiRef } from '@backstage/frontend-plugin-api';
import type {
  ReadinessApi,
  ReadinessDeclarationsApi,
} from '@readiness/plugin-readiness-common';

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

/**
 * Utility API reference for attestations, exemptions and their audit trail. The same
 * `ReadinessClient` serves it; it is a separate reference so read-only installs and tests need
 * not implement it.
 *
 * @public
 */
export const readinessDeclarationsApiRef =
  createApiRef<ReadinessDeclarationsApi>().with({
    id: 'plugin.readiness.declarations',
    pluginId: 'readiness',
  });
