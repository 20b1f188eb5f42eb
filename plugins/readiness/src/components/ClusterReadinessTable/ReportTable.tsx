import Paper from '@material-ui/core/Paper';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { Progress } from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { memo, ReactNode, useMemo, useState } from 'react';
import { clusterResourceRef } from '../ClusterLink';
import {
  CellClasses,
  ClusterRow,
  clusterColumns,
  ReportColumn,
} from './columns';
import { nextSort, sortRows, SortState } from './sortRows';
import { useInAppLinkClicks } from './useInAppLinkClicks';

const useStyles = makeStyles((theme: Theme) => ({
  header: {
    padding: theme.spacing(2, 2, 1),
  },
  // Twelve columns do not fit a narrow screen: the table scrolls sideways inside the card.
  scroll: {
    overflowX: 'auto',
  },
  // The body is plain <tr>/<td> styled here once: a MUI TableCell per cell costs a styled
  // component per cell, and 100 rows of 12 cells were most of the page's render time
  // (docs/benchmarks.md). These rules match MUI's small TableCell.
  cell: {
    ...theme.typography.body2,
    padding: theme.spacing(0.75, 2),
    borderBottom: `1px solid ${theme.palette.divider}`,
    verticalAlign: 'middle',
    textAlign: 'left',
  },
  compact: {
    paddingLeft: theme.spacing(0.5),
    paddingRight: theme.spacing(0.5),
    textAlign: 'center',
  },
  nameCell: {
    whiteSpace: 'nowrap',
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  row: {
    '&:hover': { backgroundColor: theme.palette.action.hover },
  },
  // MUI Link's look (primary colour, underline on hover) on a plain anchor.
  link: {
    color: theme.palette.primary.main,
    textDecoration: 'none',
    '&:hover': { textDecoration: 'underline' },
  },
  // A small MUI Chip's look in the theme's warning colour, as StaleChip.
  stale: {
    ...theme.typography.caption,
    display: 'inline-flex',
    alignItems: 'center',
    height: 20,
    padding: theme.spacing(0, 1),
    borderRadius: 10,
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.getContrastText(theme.palette.warning.main),
  },
  // One-word titles on one line: wrapped, "Incidents" broke mid-word in a 5% column.
  headCell: {
    whiteSpace: 'nowrap',
  },
  compactHeader: {
    whiteSpace: 'nowrap',
    paddingLeft: theme.spacing(0.5),
    paddingRight: theme.spacing(0.5),
  },
  muted: {
    ...theme.typography.caption,
    color: theme.palette.text.secondary,
  },
  visuallyHidden: {
    position: 'absolute',
    width: 1,
    height: 1,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  scan: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    whiteSpace: 'nowrap',
  },
  error: {
    ...theme.typography.caption,
    color: theme.palette.error.main,
    display: 'block',
    maxWidth: '12rem',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
}));

type Classes = ReturnType<typeof useStyles>;

/** Props of {@link ReportTable}. @internal */
export interface ReportTableProps {
  title: string;
  subtitle: string;
  rows: ClusterRow[];
  /** Shown in place of the body when there are no rows. */
  emptyContent: ReactNode;
  /**
   * The rows are still on their way: the header, and a progress bar in place of the body.
   * Drawn while the request is in flight, so the header's styles are ready when rows come.
   */
  loading?: boolean;
  /** Rows per page; the first is the default. */
  pageSizes: number[];
}

function cellClass(column: ReportColumn, classes: Classes) {
  if (column.compact) return `${classes.cell} ${classes.compact}`;
  if (column.id === 'name') return `${classes.cell} ${classes.nameCell}`;
  return classes.cell;
}

/** One cluster's row. Memoised: paging and sorting re-render only the rows that change. */
const ReportRow = memo(function ClusterRowView(props: {
  row: ClusterRow;
  columns: ReportColumn[];
  classes: Classes;
}) {
  const { row, columns, classes } = props;
  return (
    <tr className={classes.row}>
      {columns.map(column => (
        <td key={column.id} className={cellClass(column, classes)}>
          {column.render(row)}
        </td>
      ))}
    </tr>
  );
});

/**
 * The portal report's table: sortable by every column (a click sorts ascending, worst first;
 * another click flips it), paged, in the look of Backstage's tables. Purpose-built rather than
 * core-components' Table (material-table), whose per-row and per-cell machinery made the
 * report miss its one-second target at 1,000 clusters.
 *
 * @internal
 */
export function ReportTable(props: ReportTableProps) {
  const { title, subtitle, rows, emptyContent, pageSizes, loading } = props;
  const classes = useStyles();
  const entityRoute = useRouteRef(entityRouteRef);
  const onLinkClick = useInAppLinkClicks();
  const columns = useMemo(
    () =>
      clusterColumns(classes as CellClasses, cluster =>
        entityRoute(clusterResourceRef(cluster)),
      ),
    [classes, entityRoute],
  );
  const [sort, setSort] = useState<SortState>();
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(pageSizes[0]);

  const sorted = useMemo(() => {
    const column = columns.find(c => c.id === sort?.columnId);
    return sortRows(rows, column?.sortValue, sort?.direction ?? 'asc');
  }, [rows, columns, sort]);
  // Filters can shrink the rows below the current page: show the last page there is.
  const lastPage = Math.max(0, Math.ceil(sorted.length / pageSize) - 1);
  const shownPage = Math.min(page, lastPage);
  const paged = sorted.length > pageSizes[0];
  const visible = paged
    ? sorted.slice(shownPage * pageSize, (shownPage + 1) * pageSize)
    : sorted;

  return (
    <Paper>
      <div className={classes.header}>
        <Typography variant="h5" component="h2">
          {title}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {subtitle}
        </Typography>
      </div>
      <div className={classes.scroll}>
        <Table size="small">
          <TableHead>
            <TableRow>
              {columns.map(column => {
                const active = sort?.columnId === column.id;
                return (
                  <TableCell
                    key={column.id}
                    align={column.align}
                    style={{ width: column.width }}
                    className={
                      column.compact ? classes.compactHeader : classes.headCell
                    }
                    sortDirection={active ? sort.direction : false}
                  >
                    <TableSortLabel
                      // Only the sorted column shows its arrow: an arrow's room in each of
                      // twelve headers made the table wider than a portal page.
                      hideSortIcon
                      active={active}
                      direction={active ? sort.direction : 'asc'}
                      onClick={() => {
                        setSort(current => nextSort(current, column.id));
                        setPage(0);
                      }}
                    >
                      {column.description ? (
                        <span title={column.description}>{column.title}</span>
                      ) : (
                        column.title
                      )}
                    </TableSortLabel>
                  </TableCell>
                );
              })}
            </TableRow>
          </TableHead>
          <TableBody onClick={onLinkClick}>
            {loading && (
              <tr>
                <td colSpan={columns.length} className={classes.cell}>
                  <Progress />
                </td>
              </tr>
            )}
            {visible.map(row => (
              <ReportRow
                key={row.name}
                row={row}
                columns={columns}
                classes={classes}
              />
            ))}
          </TableBody>
        </Table>
      </div>
      {!loading && rows.length === 0 && emptyContent}
      {!loading && paged && (
        <TablePagination
          component="div"
          count={sorted.length}
          page={shownPage}
          rowsPerPage={pageSize}
          rowsPerPageOptions={pageSizes}
          // The browser's own select: MUI's draws a menu, popover and list per table.
          SelectProps={{ native: true }}
          onPageChange={(_event, next) => setPage(next)}
          onRowsPerPageChange={event => {
            setPageSize(Number(event.target.value));
            setPage(0);
          }}
        />
      )}
    </Paper>
  );
}
