import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { ReadinessClient } from '@readiness/plugin-readiness-common';
import { readinessApiRef, readinessDeclarationsApiRef } from './api';
import { rootRouteRef, runbookRouteRef } from './routes';

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
    createApiFactory({
      api: readinessDeclarationsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ReadinessClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
    runbook: runbookRouteRef,
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
 * The full readiness scorecard of a cluster, for the entity page of a catalog Resource of type
 * `kubernetes-cluster` (see {@link isKubernetesCluster}). Mount it as an `EntityLayout.Route`.
 *
 * @public
 */
export const EntityClusterReadinessContent = readinessPlugin.provide(
  createComponentExtension({
    name: 'EntityClusterReadinessContent',
    component: {
      lazy: () =>
        import('./components/EntityClusterReadinessContent').then(
          m => m.EntityClusterReadinessContent,
        ),
    },
  }),
);

/**
 * A team's namespaces, their cost and ownership problems, and its clusters' readiness, for the
 * entity page of a Group.
 *
 * @public
 */
export const EntityTeamReadinessCard = readinessPlugin.provide(
  createComponentExtension({
    name: 'EntityTeamReadinessCard',
    component: {
      lazy: () =>
        import('./components/EntityTeamReadinessCard').then(
          m => m.EntityTeamReadinessCard,
        ),
    },
  }),
);

/**
 * The portal report: every scanned cluster against the nine pillars, and each check's runbook
 * below it at `runbooks/:id`. Mount it at `/readiness`, where the backend's default runbook
 * links point.
 *
 * @public
 */
export const ReadinessReportPage = readinessPlugin.provide(
  createRoutableExtension({
    name: 'ReadinessReportPage',
    component: () =>
      import('./components/ReadinessRouter').then(m => m.ReadinessPage),
    mountPoint: rootRouteRef,
  }),
);
