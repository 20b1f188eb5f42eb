import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import {
  ClusterHistory,
  MAX_TOTAL,
  PILLARS,
} from '@readiness/plugin-readiness-common';
import { useState } from 'react';
import { formatDate } from '../../lib/formatDate';
import { describeSeries } from './describeSeries';
import { HistoryTable } from './HistoryTable';
import { LineChart } from './LineChart';

/** The rubric's band thresholds, so the line's position reads against "partly ready" and "ready". */
const TOTAL_GRIDLINES = [0, 10, 20, 27];
const PILLAR_MAX = 3;

const useStyles = makeStyles((theme: Theme) => ({
  pillars: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(12rem, 1fr))',
    gap: theme.spacing(2),
    marginTop: theme.spacing(2),
  },
  pillarHeading: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: theme.spacing(1),
  },
  table: {
    overflowX: 'auto',
    marginTop: theme.spacing(2),
  },
}));

/** Props of {@link HistoryChart}. @internal */
export interface HistoryChartProps {
  history: ClusterHistory;
}

/**
 * How a cluster's total and its nine pillars moved, one point a day: the total on the rubric's
 * scale with the band thresholds drawn in, each pillar as a sparkline, and the same numbers as a
 * table on request.
 *
 * @internal
 */
export function HistoryChart(props: HistoryChartProps) {
  const { items } = props.history;
  const classes = useStyles();
  const [showTable, setShowTable] = useState(false);

  if (items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No history yet: a point is added for each day the cluster is scanned.
      </Typography>
    );
  }

  const days = items.map(item => item.day);
  const totals = items.map(item => item.total);
  const range: [string, string] = [
    formatDate(days[0]),
    formatDate(days[days.length - 1]),
  ];

  return (
    <>
      <LineChart
        values={totals}
        max={MAX_TOTAL}
        gridlines={TOTAL_GRIDLINES}
        xLabels={range}
        ariaLabel={describeSeries('Total score', days, totals, MAX_TOTAL)}
      />
      <div className={classes.pillars}>
        {PILLARS.map(pillar => {
          const values = items.map(item => item.pillars[pillar.id] ?? null);
          const latest = values[values.length - 1];
          return (
            <div key={pillar.id}>
              <div className={classes.pillarHeading}>
                <Typography variant="body2">{pillar.title}</Typography>
                {/* The sparkline's label already says it. */}
                <Typography variant="body2" color="textSecondary" aria-hidden>
                  {latest === null ? '–' : `${latest} / ${PILLAR_MAX}`}
                </Typography>
              </div>
              <LineChart
                values={values}
                max={PILLAR_MAX}
                width={160}
                height={36}
                ariaLabel={describeSeries(
                  pillar.title,
                  days,
                  values,
                  PILLAR_MAX,
                )}
              />
            </div>
          );
        })}
      </div>
      <Box mt={1}>
        <Button
          size="small"
          aria-expanded={showTable}
          onClick={() => setShowTable(shown => !shown)}
        >
          {showTable ? 'Hide table' : 'Show as table'}
        </Button>
      </Box>
      {showTable && (
        <div className={classes.table}>
          <HistoryTable items={items} />
        </div>
      )}
    </>
  );
}
