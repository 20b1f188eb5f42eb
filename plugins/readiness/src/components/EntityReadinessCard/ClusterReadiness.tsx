import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import {
  EntityClusterReadiness,
  PILLARS,
} from '@readiness/plugin-readiness-common';
import { orderedPillars } from '../../lib/orderedPillars';
import { PillarBar } from '../PillarBar';
import { ScanStatus } from '../ScanStatus';
import { ScoreBadge } from '../ScoreBadge';
import { FailingChecks } from './FailingChecks';
import { NamespaceIsolation } from './NamespaceIsolation';

/** Props of {@link ClusterReadiness}. */
export interface ClusterReadinessProps {
  cluster: EntityClusterReadiness;
  /** The entity's display name, for the namespace heading. */
  entityName: string;
}

/** Everything the card says about one cluster the entity runs on. */
export function ClusterReadiness(props: ClusterReadinessProps) {
  const { cluster, entityName } = props;
  return (
    <Box component="section" aria-label={`Cluster ${cluster.cluster}`} mb={2}>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        justifyContent="space-between"
        gridGap={8}
      >
        <Typography variant="h6" component="h3">
          {cluster.cluster}
        </Typography>
        <ScoreBadge total={cluster.total} max={cluster.max} />
      </Box>
      <Typography variant="body2" color="textSecondary">
        {cluster.assessedPillars} of {PILLARS.length} pillars assessed
      </Typography>
      <ScanStatus scan={cluster.scan} />

      <Box mt={2} mb={2}>
        <Grid container spacing={1}>
          {orderedPillars(cluster.pillars).map(pillar => (
            <Grid item xs={12} md={6} key={pillar.id}>
              <PillarBar
                title={pillar.title}
                score={pillar.score}
                coverage={pillar.coverage}
              />
            </Grid>
          ))}
        </Grid>
      </Box>

      <Box mb={2}>
        <NamespaceIsolation
          entityName={entityName}
          namespaces={cluster.namespaces}
        />
      </Box>
      <FailingChecks checks={cluster.failingChecks} />
    </Box>
  );
}
