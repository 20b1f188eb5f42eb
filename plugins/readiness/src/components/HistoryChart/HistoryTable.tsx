import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import type { ClusterHistory } from '@readiness/plugin-readiness-common';
import { PILLARS } from '@readiness/plugin-readiness-common';
import { formatDate } from '../../lib/formatDate';

/** Props of {@link HistoryTable}. @internal */
export interface HistoryTableProps {
  items: ClusterHistory['items'];
}

/**
 * The chart's numbers as a table, most recent day first: the exact values for anyone who
 * cannot or would rather not read a chart.
 *
 * @internal
 */
export function HistoryTable(props: HistoryTableProps) {
  const { items } = props;
  return (
    <Table size="small" aria-label="Scores by day">
      <TableHead>
        <TableRow>
          <TableCell>Day</TableCell>
          <TableCell align="right">Total</TableCell>
          {PILLARS.map(pillar => (
            <TableCell key={pillar.id} align="right">
              {pillar.title}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {[...items].reverse().map(item => (
          <TableRow key={item.day}>
            <TableCell component="th" scope="row">
              {formatDate(item.day)}
            </TableCell>
            <TableCell align="right">{item.total}</TableCell>
            {PILLARS.map(pillar => (
              <TableCell key={pillar.id} align="right">
                {item.pillars[pillar.id] ?? '–'}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
