import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  DEFAULT_NAMESPACE,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { TeamReadiness } from '@readiness/plugin-readiness-common';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import { errorReason } from '../../lib/errorReason';
import { NoTeamNamespaces } from './NoTeamNamespaces';
import { OwnershipProblems } from './OwnershipProblems';
import { TeamClusters } from './TeamClusters';
import { TeamNamespaces } from './TeamNamespaces';
import { TeamSummary } from './TeamSummary';

function TeamReadinessDetails(props: {
  team: TeamReadiness;
  teamName: string;
}) {
  const { team, teamName } = props;
  const problems = (
    <OwnershipProblems
      conflicts={team.conflicts}
      orphans={team.orphans}
      currency={team.currency}
    />
  );
  if (team.namespaces.length === 0) {
    return (
      <>
        {problems}
        <NoTeamNamespaces teamName={teamName} />
      </>
    );
  }
  return (
    <>
      <TeamSummary team={team} />
      {problems}
      <Box mb={2}>
        <Typography variant="subtitle1" component="h3" gutterBottom>
          Namespaces
        </Typography>
        <TeamNamespaces namespaces={team.namespaces} />
      </Box>
      <Typography variant="subtitle1" component="h3">
        Clusters
      </Typography>
      <TeamClusters team={team} />
    </>
  );
}

/**
 * A team's Kubernetes footprint for its Group page: the namespaces it owns on each cluster with
 * their monthly cost, growth and isolation gaps; namespaces whose owner is disputed or missing;
 * and the readiness of the clusters its money runs on.
 *
 * @internal
 */
export function EntityTeamReadinessCard() {
  const { entity } = useEntity();
  const readinessApi = useApi(readinessApiRef);
  const { name, namespace = DEFAULT_NAMESPACE } = entity.metadata;
  const teamName = entity.metadata.title ?? name;
  const { value, loading, error } = useAsync(
    () => readinessApi.getTeamReadiness({ namespace, name }),
    [readinessApi, namespace, name],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = (
      <ResponseErrorPanel
        error={error}
        title={`Could not load the clusters and costs of ${stringifyEntityRef(
          entity,
        )}: ${errorReason(error)}`}
      />
    );
  } else if (value) {
    content = <TeamReadinessDetails team={value} teamName={name} />;
  }
  return (
    <InfoCard
      title="Kubernetes readiness and cost"
      subheader={`The namespaces ${teamName} owns, what they cost, and how ready their clusters are`}
    >
      {content}
    </InfoCard>
  );
}
