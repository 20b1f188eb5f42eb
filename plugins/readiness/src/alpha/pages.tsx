import { PageBlueprint } from '@backstage/frontend-plugin-api';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { rootRouteRef } from '../routes';

/**
 * The plugin's page at `/readiness`: the portal report, and below it each check's runbook at
 * `/readiness/runbooks/:id`. Its title and icon also make the app's sidebar item, so no
 * separate nav extension is needed. The runbooks are routes inside the page rather than
 * sub-page extensions, because sub-pages become header tabs and a runbook is not a tab.
 */
export const readinessReportPage = PageBlueprint.make({
  params: {
    path: '/readiness',
    title: 'Readiness',
    icon: <AssessmentIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    loader: () =>
      import('../components/ReadinessRouter').then(m => (
        <m.ReadinessPageContent />
      )),
  },
});
