import {
  Progress,
  ResponseErrorPanel,
  Table,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import { errorReason } from '../../lib/errorReason';
import { clusterColumns, toClusterRow } from './columns';

/**
 * Every scored cluster against the nine pillars, sortable by any column. The portal-wide
 * view; the entity card shows the same numbers for one service's clusters.
 *
 * @internal
 */
export function ClusterReadinessTable() {
  const readinessApi = useApi(readinessApiRef);
  const columns = useMemo(() => clusterColumns(), []);
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
  return (
    <Table
      title="Clusters"
      subtitle="Each pillar scored 0–3, 27 points in total; – means not assessed yet"
      options={{ paging: false, padding: 'dense', search: true }}
      columns={columns}
      data={(value ?? []).map(toClusterRow)}
      emptyContent={
        <Box p={2}>
          <Typography variant="body1">
            No cluster has been scored yet. Clusters listed under{' '}
            <code>readiness.clusters</code> or the Kubernetes plugin's{' '}
            <code>kubernetes.clusterLocatorMethods</code> appear here after
            their first scan.
          </Typography>
        </Box>
      }
    />
  );
}
