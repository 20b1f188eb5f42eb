import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import TrendingUpIcon from '@material-ui/icons/TrendingUp';
import WarningIcon from '@material-ui/icons/Warning';
import type { TeamNamespace } from '@readiness/plugin-readiness-common';
import { Fragment, useMemo } from 'react';
import { costliestFirst } from '../../lib/costliestFirst';
import { formatGrowth, formatMoney } from '../../lib/formatMoney';
import { useShowMore } from '../ShowMore';

const useStyles = makeStyles((theme: Theme) => ({
  scroll: {
    overflowX: 'auto',
  },
  // Names, amounts and short words on one line: in a half-width card the table broke
  // "payments-prod-us" and "$58.52" mid-word to give the gaps column the room.
  nowrap: {
    whiteSpace: 'nowrap',
  },
  // The theme stripes odd rows; a namespace's gaps line takes its row's stripe instead of
  // the next one, so the two read as one entry.
  shaded: {
    '&:nth-of-type(n)': { backgroundColor: theme.palette.background.default },
  },
  plain: {
    '&:nth-of-type(n)': { backgroundColor: 'transparent' },
  },
  // A namespace with gaps keeps its row's bottom border for the gaps line under it.
  withGaps: {
    '& > td, & > th': { borderBottom: 'none' },
  },
  // The gaps get the row's full width on a line of their own, where they wrap: as a sixth
  // column they made the table wider than a half-width card, which cut them off.
  gapsLine: {
    paddingTop: 0,
    color: theme.palette.text.secondary,
  },
  gaps: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    '& > li': { display: 'inline' },
    '& > li:not(:last-child)::after': { content: '", "' },
  },
  isolation: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    whiteSpace: 'nowrap',
  },
  icon: { fontSize: '1.1rem' },
  isolated: { color: theme.palette.success.main },
  gap: { color: theme.palette.warning.main },
  growth: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    whiteSpace: 'nowrap',
  },
  flag: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.getContrastText(theme.palette.warning.main),
    '& svg': { color: 'inherit' },
  },
}));

function GrowthCell(props: { namespace: TeamNamespace }) {
  const { growth, growthFlag } = props.namespace;
  const classes = useStyles();
  if (growth === null) {
    return (
      <Typography variant="body2" color="textSecondary" component="span">
        no last month
      </Typography>
    );
  }
  return (
    <span className={classes.growth}>
      {formatGrowth(growth)}
      {growthFlag && (
        <Chip
          size="small"
          label="growth"
          icon={<TrendingUpIcon />}
          className={classes.flag}
          title="At or above the growth alert threshold"
        />
      )}
    </span>
  );
}

/** "isolated", or how many gaps; the gaps themselves are on the line under the row. */
function IsolationCell(props: { gaps: number }) {
  const { gaps } = props;
  const classes = useStyles();
  if (gaps === 0) {
    return (
      <span className={classes.isolation}>
        <CheckCircleIcon
          className={`${classes.icon} ${classes.isolated}`}
          aria-hidden
        />
        isolated
      </span>
    );
  }
  return (
    <span className={classes.isolation}>
      <WarningIcon className={`${classes.icon} ${classes.gap}`} aria-hidden />
      {gaps === 1 ? '1 gap' : `${gaps} gaps`}
    </span>
  );
}

/** Props of {@link TeamNamespaces}. @internal */
export interface TeamNamespacesProps {
  namespaces: TeamNamespace[];
}

/**
 * The namespaces a team owns, costliest first: monthly cost, month-over-month growth (flagged at
 * the alert threshold), containers that cannot be priced, and isolation gaps, each namespace's
 * gaps on a line under its row. The first ten show; a button shows the rest.
 *
 * @internal
 */
export function TeamNamespaces(props: TeamNamespacesProps) {
  const { namespaces } = props;
  const classes = useStyles();
  const costliest = useMemo(
    () => costliestFirst(namespaces, ns => ns.monthlyCost),
    [namespaces],
  );
  const { shown, toggle } = useShowMore(costliest, 10, 'namespaces');
  return (
    <div className={classes.scroll}>
      <Table size="small" aria-label="Namespaces this team owns">
        <TableHead>
          <TableRow className={classes.nowrap}>
            <TableCell>Cluster</TableCell>
            <TableCell>Namespace</TableCell>
            <TableCell align="right">Monthly cost</TableCell>
            <TableCell>Growth</TableCell>
            <TableCell
              align="right"
              title="Containers without CPU or memory requests, so missing from the cost"
            >
              Unpriced
            </TableCell>
            <TableCell>Isolation</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((ns, index) => {
            const key = `${ns.cluster}/${ns.namespace}`;
            const hasGaps = ns.gaps.length > 0;
            const stripe = index % 2 === 0 ? classes.shaded : classes.plain;
            return (
              <Fragment key={key}>
                <TableRow
                  className={hasGaps ? `${stripe} ${classes.withGaps}` : stripe}
                >
                  <TableCell className={classes.nowrap}>{ns.cluster}</TableCell>
                  <TableCell
                    component="th"
                    scope="row"
                    title={ns.ownerSource ?? undefined}
                    className={classes.nowrap}
                  >
                    {ns.namespace}
                  </TableCell>
                  <TableCell align="right" className={classes.nowrap}>
                    {formatMoney(ns.monthlyCost, ns.currency)}
                  </TableCell>
                  <TableCell className={classes.nowrap}>
                    <GrowthCell namespace={ns} />
                  </TableCell>
                  <TableCell align="right">{ns.unpricedContainers}</TableCell>
                  <TableCell>
                    <IsolationCell gaps={ns.gaps.length} />
                  </TableCell>
                </TableRow>
                {hasGaps && (
                  <TableRow className={stripe}>
                    <TableCell colSpan={6} className={classes.gapsLine}>
                      <Typography
                        variant="caption"
                        component="ul"
                        className={classes.gaps}
                        aria-label={`Isolation gaps of ${ns.namespace} on ${ns.cluster}`}
                      >
                        {ns.gaps.map(gap => (
                          <li key={gap}>{gap}</li>
                        ))}
                      </Typography>
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
      {toggle}
    </div>
  );
}
