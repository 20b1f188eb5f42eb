import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import {
  EntityClusterReadiness,
  PILLARS,
} from '@readiness/plugin-readiness-common';
import { orderedPillars } from '../../lib/orderedPillars';
import { ClusterLink } from '../ClusterLink';
import { ClusterRisks } from '../ClusterRisks';
import { PillarBar } from '../PillarBar';
import { ScanStatus } from '../ScanStatus';
import { ScoreBadge } from '../ScoreBadge';
import { FailingChecks } from './FailingChecks';
import { NamespaceIsolation } from './NamespaceIsolation';

/** The card names the most urgent few; the cluster page lists them all. */
const TOP_RISKS = 3;

const useStyles = makeStyles((theme: Theme) => ({
  // Two columns of pillars when the card is wide enough, one otherwise: sized by the card,
  // not the viewport, since the card's width depends on the entity page layout.
  risks: {
    margin: theme.spacing(1.5, 0),
  },
  pillars: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(24rem, 32rem))',
    gap: theme.spacing(1, 3),
    margin: theme.spacing(2, 0),
  },
}));

/** Props of {@link ClusterReadiness}. */
export interface ClusterReadinessProps {
  cluster: EntityClusterReadiness;
  /** The entity's display name, for the namespace heading. */
  entityName: string;
}

/** Everything the card says about one cluster the entity runs on. */
export function ClusterReadiness(props: ClusterReadinessProps) {
  const { cluster, entityName } = props;
  const classes = useStyles();
  return (
    <Box component="section" aria-label={`Cluster ${cluster.cluster}`} mb={2}>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="center"
        justifyContent="space-between"
        gridGap={8}
      >
        {/* Links to the cluster's own page, which has the full scorecard. */}
        <Typography variant="h6" component="h3">
          <ClusterLink cluster={cluster.cluster} />
        </Typography>
        <ScoreBadge total={cluster.total} max={cluster.max} />
      </Box>
      <Typography variant="body2" color="textSecondary">
        {cluster.assessedPillars} of {PILLARS.length} pillars assessed
      </Typography>
      <ScanStatus scan={cluster.scan} />

      {/* Older backends send no risks; then the section is left out rather than claim none. */}
      {cluster.risks && cluster.risks.length > 0 && (
        <section
          className={classes.risks}
          aria-label={`Risks on ${cluster.cluster}`}
        >
          <Typography variant="subtitle2" component="h4" gutterBottom>
            What will fail first
          </Typography>
          <ClusterRisks risks={cluster.risks} limit={TOP_RISKS} />
        </section>
      )}

      <div className={classes.pillars}>
        {orderedPillars(cluster.pillars).map(pillar => (
          <PillarBar
            key={pillar.id}
            title={pillar.title}
            score={pillar.score}
            coverage={pillar.coverage}
          />
        ))}
      </div>

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
