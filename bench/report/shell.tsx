// The Backstage app shell both benchmark pages render in (legacy frontend system): the APIs
// a Backstage app registers, the real ReadinessClient, a light theme and the catalog entity
// route mounted so cluster names link as in the portal. Bundled by bench/report/bundle.mjs.
import { createSpecializedApp } from '@backstage/core-app-api';
import {
  AlertApiForwarder,
  ErrorAlerter,
  ErrorApiForwarder,
  FetchMiddlewares,
  NoOpAnalyticsApi,
  UrlPatternDiscovery,
  WebStorage,
  createFetchApi,
} from '@backstage/core-app-api';
import {
  alertApiRef,
  analyticsApiRef,
  attachComponentData,
  createApiFactory,
  discoveryApiRef,
  errorApiRef,
  fetchApiRef,
  storageApiRef,
} from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { UnifiedThemeProvider, themes } from '@backstage/theme';
import { ReadinessClient } from '@readiness/plugin-readiness-common';
import { ReactElement, ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route } from 'react-router-dom';
import { readinessApiRef } from '../../plugins/readiness/src/api';

const backend = `${window.location.origin}/api/{{ pluginId }}`;

const app = createSpecializedApp({
  apis: [
    createApiFactory(discoveryApiRef, UrlPatternDiscovery.compile(backend)),
    createApiFactory(alertApiRef, new AlertApiForwarder()),
    createApiFactory(analyticsApiRef, new NoOpAnalyticsApi()),
    createApiFactory({
      api: errorApiRef,
      deps: { alertApi: alertApiRef },
      factory: ({ alertApi }) =>
        new ErrorAlerter(alertApi, new ErrorApiForwarder()),
    }),
    createApiFactory({
      api: storageApiRef,
      deps: { errorApi: errorApiRef },
      factory: ({ errorApi }) => WebStorage.create({ errorApi }),
    }),
    // With middleware, as every Backstage app builds it (no identity: auth is stubbed).
    createApiFactory({
      api: fetchApiRef,
      deps: { discoveryApi: discoveryApiRef },
      factory: ({ discoveryApi }) =>
        createFetchApi({
          middleware: [
            FetchMiddlewares.resolvePluginProtocol({ discoveryApi }),
          ],
        }),
    }),
    // As the plugin registers it (plugins/readiness/src/plugin.ts).
    createApiFactory({
      api: readinessApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ReadinessClient({ discoveryApi, fetchApi }),
    }),
  ],
  configLoader: async () => [
    {
      context: 'bench',
      data: {
        app: { baseUrl: window.location.origin },
        backend: { baseUrl: window.location.origin },
      },
    },
  ],
  components: {
    Progress: () => <div data-testid="progress" />,
    BootErrorPage: ({ error }) => <pre>boot error: {String(error)}</pre>,
    NotFoundErrorPage: () => <pre>not found</pre>,
    ErrorBoundaryFallback: ({ error }) => <pre>{String(error)}</pre>,
    Router: ({ children }: { children?: ReactNode }) => (
      <BrowserRouter>{children}</BrowserRouter>
    ),
  },
  icons: {},
  plugins: [],
  themes: [
    {
      id: 'light',
      title: 'Light',
      variant: 'light',
      Provider: ({ children }) => (
        <UnifiedThemeProvider theme={themes.light} children={children} />
      ),
    },
  ],
});

const EntityPage = () => <div>entity</div>;
attachComponentData(EntityPage, 'core.mountPoint', entityRouteRef);
// Read by the app's route collection for link targets, never rendered (as test-utils does).
const NoRender = (_props: { children: ReactNode }) => null;

/** Renders `page` as the app's only page, in the shell above. */
export function renderInShell(page: ReactElement) {
  const AppProvider = app.getProvider();
  const AppRouter = app.getRouter();
  createRoot(document.getElementById('root')!).render(
    <AppProvider>
      <AppRouter>
        <NoRender>
          <Route
            path="/catalog/:namespace/:kind/:name"
            element={<EntityPage />}
          />
        </NoRender>
        {page}
      </AppRouter>
    </AppProvider>,
  );
}
