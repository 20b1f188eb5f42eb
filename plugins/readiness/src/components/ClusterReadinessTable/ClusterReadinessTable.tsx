import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { startTransition, useEffect, useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import type { ReadinessApi } from '@readiness/plugin-readiness-common';
import { readinessApiRef } from '../../api';
import { errorReason } from '../../lib/errorReason';
import { filterClusters, NO_FILTERS } from '../../lib/filterClusters';
import { toClusterRow } from './columns';
import { ExportCsvButton } from './ExportCsvButton';
import { ReportFilters } from './ReportFilters';
import { ReportTable } from './ReportTable';

// 100 rows show at once; 500 for a manager scrolling the whole fleet. Filters and sorting
// cover every cluster, not only the page.
const PAGE_SIZES = [100, 500];

/** The report's one request, marked handled at once: useAsync reports its failure. */
function requestClusters(readinessApi: ReadinessApi) {
  const request = readinessApi.getClusters();
  // Without this a failure before the first effect runs would be an unhandled rejection.
  request.catch(() => {});
  return request;
}

/**
 * Every scored cluster against the nine pillars, sortable by any column and filtered by band,
 * staleness and a search, with the whole report as CSV. The portal-wide view; the entity card
 * shows the same numbers for one service's clusters.
 *
 * @internal
 */
export function ClusterReadinessTable() {
  const readinessApi = useApi(readinessApiRef);
  const [filters, setFilters] = useState(NO_FILTERS);
  // Requested while this first render runs, not in an effect after the page's first paint:
  // the server's answer and the page's own first render then overlap instead of queueing.
  const [request] = useState(() => requestClusters(readinessApi));
  const { value, loading, error } = useAsync(() => request, [request]);
  // The request leaves only when the render that started it has ended, so the first render
  // draws nothing heavy; the filters and the table's header follow in a transition, which
  // React interrupts for the answer, while the server is still working.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => startTransition(() => setDrawn(true)), []);

  // Memoised so that typing in the filter bar or paging does not rebuild every row.
  const rows = useMemo(
    () => filterClusters(value ?? [], filters).map(toClusterRow),
    [value, filters],
  );

  if (error) {
    return (
      <ResponseErrorPanel
        error={error}
        title={`Could not load the cluster readiness report: ${errorReason(
          error,
        )}`}
      />
    );
  }
  // Rows that arrive first are drawn at once, not after the transition.
  if (!drawn && loading) {
    return <Progress />;
  }
  const clusters = value ?? [];
  const scale =
    'Each pillar scored 0–3, 27 points in total; – means not assessed yet';
  let subtitle = scale;
  if (loading) {
    subtitle = 'Loading the clusters…';
  } else if (rows.length !== clusters.length) {
    subtitle = `Showing ${rows.length} of ${clusters.length} clusters. ${scale}`;
  }
  return (
    <>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        justifyContent="space-between"
        gridGap={16}
        mb={2}
      >
        <ReportFilters filters={filters} onChange={setFilters} />
        <ExportCsvButton />
      </Box>
      <ReportTable
        title="Clusters"
        loading={loading}
        subtitle={subtitle}
        // The filter bar above is the table's search, so the two cannot disagree.
        pageSizes={PAGE_SIZES}
        rows={rows}
        emptyContent={
          <Box p={2}>
            {clusters.length === 0 ? (
              <Typography variant="body1">
                No cluster has been scored yet. Clusters listed under{' '}
                <code>readiness.clusters</code> or the Kubernetes plugin's{' '}
                <code>kubernetes.clusterLocatorMethods</code> appear here after
                their first scan.
              </Typography>
            ) : (
              <Typography variant="body1">
                No cluster matches these filters.
              </Typography>
            )}
          </Box>
        }
      />
    </>
  );
}
