import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import TrendingUpIcon from '@material-ui/icons/TrendingUp';
import type { TeamNamespace } from '@readiness/plugin-readiness-common';
import { useMemo } from 'react';
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
  gaps: {
    minWidth: '14rem',
  },
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

/** Props of {@link TeamNamespaces}. @internal */
export interface TeamNamespacesProps {
  namespaces: TeamNamespace[];
}

/**
 * The namespaces a team owns, costliest first: monthly cost, month-over-month growth (flagged at
 * the alert threshold), containers that cannot be priced, and isolation gaps. The first ten
 * show; a button shows the rest.
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
            <TableCell>Isolation gaps</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map(ns => (
            <TableRow key={`${ns.cluster}/${ns.namespace}`}>
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
              <TableCell className={classes.gaps}>
                {ns.gaps.length === 0 ? 'isolated' : ns.gaps.join(', ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {toggle}
    </div>
  );
}
