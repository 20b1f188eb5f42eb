import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { ReadinessClient } from '@readiness/plugin-readiness-common';
import { readinessApiRef } from './api';
import { rootRouteRef } from './routes';

/**
 * The Readiness frontend plugin for apps on the legacy frontend system. Apps on the new
 * frontend system install the default export of `@readiness/plugin-readiness/alpha` instead.
 *
 * @public
 */
export const readinessPlugin = createPlugin({
  id: 'readiness',
  apis: [
    createApiFactory({
      api: readinessApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ReadinessClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
});

/**
 * Production readiness of the clusters a Component or System runs on, for its entity page.
 *
 * @public
 */
export const EntityReadinessCard = readinessPlugin.provide(
  createComponentExtension({
    name: 'EntityReadinessCard',
    component: {
      lazy: () =>
        import('./components/EntityReadinessCard').then(
          m => m.EntityReadinessCard,
        ),
    },
  }),
);

/**
 * The portal report: every scanned cluster against the nine pillars. Mount it at `/readiness`.
 *
 * @public
 */
export const ReadinessReportPage = readinessPlugin.provide(
  createRoutableExtension({
    name: 'ReadinessReportPage',
    component: () =>
      import('./components/ReadinessReportPage').then(
        m => m.ReadinessReportPage,
      ),
    mountPoint: rootRouteRef,
  }),
);
