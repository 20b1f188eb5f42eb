import {
  Progress,
  ResponseErrorPanel,
  Table,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useMemo, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import { errorReason } from '../../lib/errorReason';
import { filterClusters, NO_FILTERS } from '../../lib/filterClusters';
import { clusterColumns, toClusterRow } from './columns';
import { ExportCsvButton } from './ExportCsvButton';
import { ReportFilters } from './ReportFilters';

const PAGE_SIZE = 100;

/**
 * Every scored cluster against the nine pillars, sortable by any column and filtered by band,
 * staleness and a search, with the whole report as CSV. The portal-wide view; the entity card
 * shows the same numbers for one service's clusters.
 *
 * @internal
 */
export function ClusterReadinessTable() {
  const readinessApi = useApi(readinessApiRef);
  const columns = useMemo(() => clusterColumns(), []);
  const [filters, setFilters] = useState(NO_FILTERS);
  const { value, loading, error } = useAsync(
    () => readinessApi.getClusters(),
    [readinessApi],
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
  const shown = filterClusters(clusters, filters);
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
      <Table
        title="Clusters"
        subtitle={
          shown.length === clusters.length
            ? 'Each pillar scored 0–3, 27 points in total; – means not assessed yet'
            : `Showing ${shown.length} of ${clusters.length} clusters. Each pillar scored 0–3, 27 points in total; – means not assessed yet`
        }
        // The filter bar above replaces the table's own search, so the two cannot disagree.
        // Paged: rendering 1,000 material-table rows takes seconds (docs/benchmarks.md); the
        // filters above and sorting still cover every cluster.
        options={{
          paging: shown.length > PAGE_SIZE,
          pageSize: PAGE_SIZE,
          pageSizeOptions: [PAGE_SIZE, 500],
          padding: 'dense',
          search: false,
        }}
        columns={columns}
        data={shown.map(toClusterRow)}
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
