import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import ReportProblemIcon from '@material-ui/icons/ReportProblem';
import type { TeamReadiness } from '@readiness/plugin-readiness-common';
import { useMemo } from 'react';
import { costliestFirst } from '../../lib/costliestFirst';
import { formatMoney } from '../../lib/formatMoney';
import { useShowMore } from '../ShowMore';

const useStyles = makeStyles((theme: Theme) => ({
  // Framed in the theme's warning colour: spend nobody owns is what this card is for.
  root: {
    border: `2px solid ${theme.palette.warning.main}`,
    borderRadius: theme.shape.borderRadius,
    padding: theme.spacing(1.5, 2),
    marginBottom: theme.spacing(2),
  },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  icon: {
    color: theme.palette.warning.main,
  },
  list: {
    margin: theme.spacing(0.5, 0, 1),
    paddingLeft: theme.spacing(2.5),
  },
  where: {
    fontWeight: theme.typography.fontWeightMedium as number,
  },
}));

/** Props of {@link OwnershipProblems}. @internal */
export interface OwnershipProblemsProps {
  conflicts: TeamReadiness['conflicts'];
  orphans: TeamReadiness['orphans'];
  /** The currency orphan costs are in; the API reports them in the team's currency. */
  currency: string | null;
}

/**
 * Namespaces whose owner is disputed or missing. Cost without attribution has no feedback
 * loop, so these lead the card rather than trail it, with the unowned monthly spend summed
 * over all of them. The first five of each list show (unowned ones costliest first); a button
 * shows the rest.
 *
 * @internal
 */
export function OwnershipProblems(props: OwnershipProblemsProps) {
  const { conflicts, orphans, currency } = props;
  const classes = useStyles();
  const shownConflicts = useShowMore(conflicts, 5, 'conflicts');
  const costliestOrphans = useMemo(
    () => costliestFirst(orphans, o => o.monthlyCost),
    [orphans],
  );
  const shownOrphans = useShowMore(costliestOrphans, 5, 'unowned namespaces');
  if (conflicts.length === 0 && orphans.length === 0) {
    return null;
  }
  const pricedOrphans = orphans.filter(o => o.monthlyCost !== null);
  const unowned = pricedOrphans.reduce(
    (sum, o) => sum + (o.monthlyCost ?? 0),
    0,
  );
  return (
    <section className={classes.root} aria-label="Ownership problems">
      <Typography
        variant="subtitle1"
        component="h3"
        className={classes.heading}
      >
        <ReportProblemIcon className={classes.icon} aria-hidden />
        Unattributed spend
      </Typography>
      {conflicts.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h4">
            Ownership conflicts: sources disagree on who owns these namespaces
          </Typography>
          <ul className={classes.list} aria-label="Ownership conflicts">
            {shownConflicts.shown.map(conflict => (
              <li key={`${conflict.cluster}/${conflict.namespace}`}>
                <Typography variant="body2">
                  <span className={classes.where}>
                    {conflict.cluster} / {conflict.namespace}
                  </span>{' '}
                  is claimed by{' '}
                  {conflict.owners
                    .map(({ owner, source }) => `${owner} (${source})`)
                    .join(' and ')}
                </Typography>
              </li>
            ))}
          </ul>
          {shownConflicts.toggle}
        </>
      )}
      {orphans.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h4">
            Unowned namespaces on this team's clusters
            {pricedOrphans.length > 0 &&
              `: ${formatMoney(unowned, currency)} a month that no team owns`}
          </Typography>
          <ul className={classes.list} aria-label="Unowned namespaces">
            {shownOrphans.shown.map(orphan => (
              <li key={`${orphan.cluster}/${orphan.namespace}`}>
                <Typography variant="body2">
                  <span className={classes.where}>
                    {orphan.cluster} / {orphan.namespace}
                  </span>
                  : {formatMoney(orphan.monthlyCost, currency)} a month, no
                  owner
                </Typography>
              </li>
            ))}
          </ul>
          {shownOrphans.toggle}
        </>
      )}
    </section>
  );
}
