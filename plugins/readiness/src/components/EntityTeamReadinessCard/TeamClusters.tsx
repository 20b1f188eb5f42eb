import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { PILLARS, TeamReadiness } from '@readiness/plugin-readiness-common';
import { formatMoney } from '../../lib/formatMoney';
import { ClusterLink } from '../ClusterLink';
import { StaleChip } from '../ScanStatus';
import { ScoreBadge } from '../ScoreBadge';

const useStyles = makeStyles((theme: Theme) => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  cluster: {
    display: 'grid',
    gridTemplateColumns: 'minmax(10rem, 1fr) auto',
    alignItems: 'center',
    gap: theme.spacing(0.5, 2),
    padding: theme.spacing(1, 0),
    borderTop: `1px solid ${theme.palette.divider}`,
  },
  name: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
}));

/** The team's monthly spend on one cluster; null when none of it could be priced. */
function spendOn(team: TeamReadiness, cluster: string): number | null {
  const priced = team.namespaces.filter(
    ns => ns.cluster === cluster && ns.monthlyCost !== null,
  );
  if (priced.length === 0) return null;
  return priced.reduce((sum, ns) => sum + (ns.monthlyCost ?? 0), 0);
}

/** Props of {@link TeamClusters}. @internal */
export interface TeamClustersProps {
  team: TeamReadiness;
}

/**
 * The clusters the team runs on, each with its readiness total, freshness and what the team
 * spends there: where the money sits against how ready the ground under it is.
 *
 * @internal
 */
export function TeamClusters(props: TeamClustersProps) {
  const { team } = props;
  const classes = useStyles();
  return (
    <ul className={classes.list} aria-label="Clusters this team runs on">
      {team.clusters.map(cluster => (
        <li key={cluster.cluster} className={classes.cluster}>
          <div>
            <span className={classes.name}>
              <Typography variant="body1" component="span">
                <ClusterLink cluster={cluster.cluster} />
              </Typography>
              {cluster.scan.stale && <StaleChip />}
            </span>
            <Typography variant="caption" color="textSecondary">
              {cluster.assessedPillars} of {PILLARS.length} pillars assessed ·
              team spend{' '}
              {formatMoney(spendOn(team, cluster.cluster), team.currency)} a
              month
            </Typography>
          </div>
          <ScoreBadge total={cluster.total} max={cluster.max} size="compact" />
        </li>
      ))}
    </ul>
  );
}
