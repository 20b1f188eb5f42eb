import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { readinessApi, readinessDeclarationsApi } from './alpha/apis';
import { readinessEntityCard, readinessTeamCard } from './alpha/entityCards';
import { readinessClusterContent } from './alpha/entityContents';
import { readinessReportPage } from './alpha/pages';
import { rootRouteRef, runbookRouteRef } from './routes';

/**
 * The Readiness plugin for the new frontend system: the API client, the card for Components and
 * Systems, the team card for Groups, the Readiness tab of cluster Resources, and the report at
 * `/readiness` (with each check's runbook below it) with its sidebar item.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'readiness',
  title: 'Readiness',
  icon: <AssessmentIcon fontSize="inherit" />,
  info: { packageJson: () => import('../package.json') },
  routes: { root: rootRouteRef, runbook: runbookRouteRef },
  extensions: [
    readinessApi,
    readinessDeclarationsApi,
    readinessEntityCard,
    readinessTeamCard,
    readinessClusterContent,
    readinessReportPage,
  ],
});
