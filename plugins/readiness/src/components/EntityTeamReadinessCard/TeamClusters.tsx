import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { PILLARS, TeamReadiness } from '@readiness/plugin-readiness-common';
import { useMemo } from 'react';
import { costliestFirst } from '../../lib/costliestFirst';
import { formatMoney } from '../../lib/formatMoney';
import { ClusterLink } from '../ClusterLink';
import { StaleChip } from '../ScanStatus';
import { ScoreBadge } from '../ScoreBadge';
import { useShowMore } from '../ShowMore';

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

/** The team's monthly spend per cluster; a cluster none of it could be priced on is absent. */
function spendByCluster(team: TeamReadiness): Map<string, number> {
  const spend = new Map<string, number>();
  for (const ns of team.namespaces) {
    if (ns.monthlyCost !== null) {
      spend.set(ns.cluster, (spend.get(ns.cluster) ?? 0) + ns.monthlyCost);
    }
  }
  return spend;
}

/** Props of {@link TeamClusters}. @internal */
export interface TeamClustersProps {
  team: TeamReadiness;
}

/**
 * The clusters the team runs on, where it spends most first, each with its readiness total,
 * freshness and what the team spends there: where the money sits against how ready the ground
 * under it is. The first ten show; a button shows the rest.
 *
 * @internal
 */
export function TeamClusters(props: TeamClustersProps) {
  const { team } = props;
  const classes = useStyles();
  const spend = useMemo(() => spendByCluster(team), [team]);
  const costliest = useMemo(
    () => costliestFirst(team.clusters, c => spend.get(c.cluster) ?? null),
    [team, spend],
  );
  const { shown, toggle } = useShowMore(costliest, 10, 'clusters');
  return (
    <>
      <ul className={classes.list} aria-label="Clusters this team runs on">
        {shown.map(cluster => (
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
                {formatMoney(spend.get(cluster.cluster) ?? null, team.currency)}{' '}
                a month
              </Typography>
            </div>
            <ScoreBadge
              total={cluster.total}
              max={cluster.max}
              size="compact"
            />
          </li>
        ))}
      </ul>
      {toggle}
    </>
  );
}
