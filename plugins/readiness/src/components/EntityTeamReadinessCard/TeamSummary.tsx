import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import type { TeamReadiness } from '@readiness/plugin-readiness-common';
import { formatMoney, NOT_PRICED } from '../../lib/formatMoney';

const useStyles = makeStyles((theme: Theme) => ({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(2),
  },
  belowBar: {
    color: theme.palette.error.main,
  },
}));

function Figure(props: {
  label: string;
  value: string;
  note?: string;
  className?: string;
}) {
  const { label, value, note, className } = props;
  return (
    <div role="group" aria-label={label}>
      <Typography variant="overline" component="p" color="textSecondary">
        {label}
      </Typography>
      <Typography variant="h5" component="p" className={className}>
        {value}
      </Typography>
      {note && (
        <Typography variant="caption" color="textSecondary">
          {note}
        </Typography>
      )}
    </div>
  );
}

/** "; +25% on last month (growth alert)" — empty without a month of history. */
function growthNote(team: TeamReadiness): string {
  if (team.growth === null || team.growth === undefined) return '';
  const percent = Math.round(team.growth * 100);
  const change = `${percent >= 0 ? '+' : ''}${percent}% on last month`;
  return `; ${change}${team.growthFlag ? ' (growth alert)' : ''}`;
}

/** Props of {@link TeamSummary}. @internal */
export interface TeamSummaryProps {
  team: TeamReadiness;
}

/**
 * The team's totals: what it spends a month, how much of that sits on clusters below the
 * readiness bar, and how many containers could not be priced at all.
 *
 * @internal
 */
export function TeamSummary(props: TeamSummaryProps) {
  const { team } = props;
  const classes = useStyles();
  const { namespaces, spendBelowBar, currency } = team;
  const clusters = new Set(namespaces.map(ns => ns.cluster)).size;
  // A total of 0 over namespaces none of which could be priced is not a cost of 0.
  const priced = namespaces.some(ns => ns.monthlyCost !== null);
  const unpriced = namespaces.reduce((n, ns) => n + ns.unpricedContainers, 0);
  return (
    <div className={classes.root}>
      <Figure
        label="Monthly cost"
        value={priced ? formatMoney(team.monthlyCost, currency) : NOT_PRICED}
        note={`${namespaces.length} ${
          namespaces.length === 1 ? 'namespace' : 'namespaces'
        } on ${clusters} ${clusters === 1 ? 'cluster' : 'clusters'}${growthNote(
          team,
        )}`}
        className={team.growthFlag ? classes.belowBar : undefined}
      />
      <Figure
        label={`Spend on clusters scoring below ${spendBelowBar.threshold}/27`}
        value={
          priced ? formatMoney(spendBelowBar.monthlyCost, currency) : NOT_PRICED
        }
        note="a month on clusters that are not production-ready"
        className={spendBelowBar.monthlyCost > 0 ? classes.belowBar : undefined}
      />
      <Figure
        label="Unpriced containers"
        value={String(unpriced)}
        note="without CPU or memory requests, so missing from the cost"
      />
    </div>
  );
}
