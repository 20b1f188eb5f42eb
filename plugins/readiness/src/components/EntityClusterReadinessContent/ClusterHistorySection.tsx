import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import { errorReason } from '../../lib/errorReason';
import { HistoryChart } from '../HistoryChart';

/** Props of {@link ClusterHistorySection}. @internal */
export interface ClusterHistorySectionProps {
  cluster: string;
}

/**
 * The score history card. Loaded on its own, so a history that fails to load leaves the rest
 * of the scorecard readable.
 *
 * @internal
 */
export function ClusterHistorySection(props: ClusterHistorySectionProps) {
  const { cluster } = props;
  const readinessApi = useApi(readinessApiRef);
  const { value, loading, error } = useAsync(
    () => readinessApi.getClusterHistory(cluster),
    [readinessApi, cluster],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = (
      <ResponseErrorPanel
        error={error}
        title={`Could not load the score history of ${cluster}: ${errorReason(
          error,
        )}`}
      />
    );
  } else {
    content = <HistoryChart history={value ?? { name: cluster, items: [] }} />;
  }
  return (
    <InfoCard
      title="Score history"
      subheader="The total and each pillar, one point a day"
    >
      {content}
    </InfoCard>
  );
}
