import { PageBlueprint } from '@backstage/frontend-plugin-api';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { rootRouteRef } from '../routes';

/**
 * The portal report at `/readiness`. Its title and icon also make the app's sidebar item, so
 * no separate nav extension is needed.
 */
export const readinessReportPage = PageBlueprint.make({
  params: {
    path: '/readiness',
    title: 'Readiness',
    icon: <AssessmentIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    loader: () =>
      import('../components/ReadinessReportPage').then(m => (
        <m.ReadinessReportContent />
      )),
  },
});
