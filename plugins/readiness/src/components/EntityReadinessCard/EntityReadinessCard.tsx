import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  DEFAULT_NAMESPACE,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import { errorReason } from '../../lib/errorReason';
import { ClusterReadiness } from './ClusterReadiness';
import { NoWorkloadsFound } from './NoWorkloadsFound';

/**
 * Production readiness of the clusters the current catalog entity runs on: per cluster the
 * total out of 27, the nine pillars, the entity's own namespaces and what to fix first.
 * For Component and System pages; exported from the package as a component extension.
 *
 * @internal
 */
export function EntityReadinessCard() {
  const { entity } = useEntity();
  const readinessApi = useApi(readinessApiRef);
  const { kind } = entity;
  const { name, namespace = DEFAULT_NAMESPACE } = entity.metadata;
  const entityName = entity.metadata.title ?? name;

  const { value, loading, error } = useAsync(
    // Lower-case kind, as in catalog URLs; entity refs compare case-insensitively.
    () =>
      readinessApi.getEntityReadiness({
        kind: kind.toLocaleLowerCase('en-US'),
        namespace,
        name,
      }),
    [readinessApi, kind, namespace, name],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = (
      <ResponseErrorPanel
        error={error}
        title={`Could not load production readiness for ${stringifyEntityRef(
          entity,
        )}: ${errorReason(error)}`}
      />
    );
  } else if (!value || value.clusters.length === 0) {
    content = (
      <NoWorkloadsFound entity={entity} matchedBy={value?.matchedBy ?? null} />
    );
  } else {
    content = value.clusters.map((cluster, index) => (
      <div key={cluster.cluster}>
        {index > 0 && (
          <Box mb={2}>
            <Divider />
          </Box>
        )}
        <ClusterReadiness cluster={cluster} entityName={entityName} />
      </div>
    ));
  }

  return (
    <InfoCard
      title="Production readiness"
      subheader={`The clusters ${entityName} runs on, scored 0–3 on each of nine pillars`}
    >
      {content}
    </InfoCard>
  );
}
