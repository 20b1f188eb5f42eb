// The report reached from another portal page, the app already running: a home page links to
// /readiness, whose page is loaded on demand as createRoutableExtension loads a plugin's
// page (React.lazy of the module). Timed from the click (`measurePage.mjs <url> <rows> <runs> navigate`).
import { lazy } from 'react';
import { renderWithHome } from './homeShell';

renderWithHome(
  lazy(() =>
    import('../../plugins/readiness/src/components/ReadinessReportPage').then(
      m => ({ default: m.ReadinessReportPage }),
    ),
  ),
);
