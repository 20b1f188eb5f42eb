import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
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
  const { value, loading, error } = useAsync(
    () => readinessApi.getClusters(),
    [readinessApi],
  );

  // Memoised so that typing in the filter bar or paging does not rebuild every row.
  const rows = useMemo(
    () => filterClusters(value ?? [], filters).map(toClusterRow),
    [value, filters],
  );

  if (loading) {
    return <Progress />;
  }
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
  const clusters = value ?? [];
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
        subtitle={
          rows.length === clusters.length
            ? 'Each pillar scored 0–3, 27 points in total; – means not assessed yet'
            : `Showing ${rows.length} of ${clusters.length} clusters. Each pillar scored 0–3, 27 points in total; – means not assessed yet`
        }
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
