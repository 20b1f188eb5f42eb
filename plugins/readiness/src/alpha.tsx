import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { readinessApi } from './alpha/apis';
import { readinessEntityCard } from './alpha/entityCards';
import { readinessReportPage } from './alpha/pages';
import { rootRouteRef } from './routes';

/**
 * The Readiness plugin for the new frontend system: the API client, the entity card for
 * Components and Systems, and the report page at `/readiness` with its sidebar item.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'readiness',
  title: 'Readiness',
  icon: <AssessmentIcon fontSize="inherit" />,
  info: { packageJson: () => import('../package.json') },
  routes: { root: rootRouteRef },
  extensions: [readinessApi, readinessEntityCard, readinessReportPage],
});
