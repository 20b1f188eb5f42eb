// The in-app navigation scenarios' shell: the app shell of shell.tsx with a home page at / that
// links to the report at /readiness. Its own file, so that the cold-load pages do not bundle
// the home page's components.
import {
  Content,
  Header,
  Link,
  Page,
  Progress,
} from '@backstage/core-components';
import { ComponentType, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { renderInShell } from './shell';

/** The page a user leaves for the report: a Backstage page with a link to it. */
function Home() {
  return (
    <Page themeId="home">
      <Header title="Portal" />
      <Content>
        <Link to="/readiness">Production readiness</Link>
      </Content>
    </Page>
  );
}

/**
 * Renders a home page at / and `ReportPage`, loaded on demand, at /readiness: an in-app
 * navigation from one portal page to the report.
 */
export function renderWithHome(ReportPage: ComponentType) {
  renderInShell(
    <Routes>
      <Route path="/" element={<Home />} />
      <Route
        path="/readiness"
        element={
          <Suspense fallback={<Progress />}>
            <ReportPage />
          </Suspense>
        }
      />
    </Routes>,
  );
}
