import { ErrorPage } from '@backstage/core-components';
import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { Route, Routes } from 'react-router-dom';
import {
  ReadinessReportContent,
  ReadinessReportPage,
} from '../ReadinessReportPage';
import { RunbookContent, RunbookPage } from '../RunbookPage';

/** Props of {@link ReadinessRouter}. @internal */
export interface ReadinessRouterProps {
  /**
   * `page` draws each page with its own header (legacy apps); `content` leaves the header to
   * the host, as the new frontend system's plugin page draws one.
   */
  shell: 'page' | 'content';
}

/**
 * The plugin's pages below its mount point (`/readiness`): the report at the root and a check's
 * runbook at `runbooks/:id`, where the backend's default runbook links point. The React Router
 * adapter scopes the routes to the page's mount in the new frontend system and is a
 * pass-through in legacy apps, whose own route already scopes them.
 *
 * @internal
 */
export function ReadinessRouter(props: ReadinessRouterProps) {
  const page = props.shell === 'page';
  return (
    <ReactRouterV6PageRouter>
      <Routes>
        <Route
          path="/"
          element={page ? <ReadinessReportPage /> : <ReadinessReportContent />}
        />
        <Route
          path="runbooks/:id"
          element={page ? <RunbookPage /> : <RunbookContent />}
        />
        <Route
          path="*"
          element={
            <ErrorPage status="404" statusMessage="No such readiness page" />
          }
        />
      </Routes>
    </ReactRouterV6PageRouter>
  );
}

/**
 * The legacy routable extension's component: every page with its own header.
 *
 * @internal
 */
export function ReadinessPage() {
  return <ReadinessRouter shell="page" />;
}

/**
 * The new frontend system's page content, below the plugin page's header.
 *
 * @internal
 */
export function ReadinessPageContent() {
  return <ReadinessRouter shell="content" />;
}
