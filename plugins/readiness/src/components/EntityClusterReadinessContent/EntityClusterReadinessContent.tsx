import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { useCallback } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { readinessApiRef } from '../../api';
import { clusterNameOf } from '../../lib/clusterEntity';
import { errorReason, errorStatus } from '../../lib/errorReason';
import { ClusterNotFound } from './ClusterNotFound';
import { ClusterScorecard } from './ClusterScorecard';
import { ClusterDeclarations } from '../ClusterDeclarations';

/**
 * The Readiness tab of a cluster's catalog Resource: the full scorecard of the cluster the
 * Resource stands for, found by its `readiness.dev/cluster-name` annotation or its name.
 *
 * @internal
 */
export function EntityClusterReadinessContent() {
  const { entity } = useEntity();
  const readinessApi = useApi(readinessApiRef);
  const cluster = clusterNameOf(entity);
  const { value, loading, error, retry } = useAsyncRetry(
    () => readinessApi.getCluster(cluster),
    [readinessApi, cluster],
  );

  const onRescan = useCallback(async () => {
    try {
      await readinessApi.refreshCluster(cluster);
    } catch (e) {
      // A failed scan is recorded too (last error, stale), so reload to show it; a refused
      // request changed nothing.
      if (!(e instanceof Error && errorStatus(e) === 403)) retry();
      throw e;
    }
    retry();
  }, [readinessApi, cluster, retry]);

  let content;
  // Keep showing the scorecard while a rescan reloads it, rather than flashing a spinner.
  if (loading && !value) {
    content = <Progress />;
  } else if (error && errorStatus(error) === 404) {
    content = <ClusterNotFound cluster={cluster} reason={errorReason(error)} />;
  } else if (error) {
    content = (
      <ResponseErrorPanel
        error={error}
        title={`Could not load the readiness of cluster ${cluster}: ${errorReason(
          error,
        )}`}
      />
    );
  } else if (value) {
    const failing = (value.report?.pillars ?? [])
      .flatMap(p => p.checks)
      .filter(c => c.status === 'fail')
      .map(c => c.id);
    content = (
      <>
        <ClusterScorecard detail={value} onRescan={onRescan} />
        <ClusterDeclarations
          cluster={cluster}
          failingChecks={failing}
          onChange={onRescan}
        />
      </>
    );
  }
  return <>{content}</>;
}
