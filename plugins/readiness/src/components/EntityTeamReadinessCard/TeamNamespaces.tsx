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
import { formatGrowth, formatMoney } from '../../lib/formatMoney';

const useStyles = makeStyles((theme: Theme) => ({
  scroll: {
    overflowX: 'auto',
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
 * The namespaces a team owns, per cluster: monthly cost, month-over-month growth (flagged at
 * the alert threshold), containers that cannot be priced, and isolation gaps.
 *
 * @internal
 */
export function TeamNamespaces(props: TeamNamespacesProps) {
  const { namespaces } = props;
  const classes = useStyles();
  return (
    <div className={classes.scroll}>
      <Table size="small" aria-label="Namespaces this team owns">
        <TableHead>
          <TableRow>
            <TableCell>Cluster</TableCell>
            <TableCell>Namespace</TableCell>
            <TableCell align="right">Monthly cost</TableCell>
            <TableCell>Growth</TableCell>
            <TableCell align="right">Unpriced containers</TableCell>
            <TableCell>Isolation gaps</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {namespaces.map(ns => (
            <TableRow key={`${ns.cluster}/${ns.namespace}`}>
              <TableCell>{ns.cluster}</TableCell>
              <TableCell
                component="th"
                scope="row"
                title={ns.ownerSource ?? undefined}
              >
                {ns.namespace}
              </TableCell>
              <TableCell align="right">
                {formatMoney(ns.monthlyCost, ns.currency)}
              </TableCell>
              <TableCell>
                <GrowthCell namespace={ns} />
              </TableCell>
              <TableCell align="right">{ns.unpricedContainers}</TableCell>
              <TableCell>
                {ns.gaps.length === 0 ? 'isolated' : ns.gaps.join(', ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
