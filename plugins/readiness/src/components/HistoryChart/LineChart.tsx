import { makeStyles, Theme } from '@material-ui/core/styles';

const useStyles = makeStyles((theme: Theme) => ({
  svg: {
    display: 'block',
    width: '100%',
    height: 'auto',
    overflow: 'visible',
  },
  line: {
    fill: 'none',
    stroke: theme.palette.primary.main,
    strokeWidth: 2,
    strokeLinejoin: 'round',
    strokeLinecap: 'round',
  },
  point: {
    fill: theme.palette.primary.main,
  },
  grid: {
    stroke: theme.palette.divider,
    strokeWidth: 1,
  },
  label: {
    fill: theme.palette.text.secondary,
    fontFamily: theme.typography.fontFamily,
    fontSize: 11,
  },
}));

/** Props of {@link LineChart}. @internal */
export interface LineChartProps {
  /** One value per day, null where the day has no score (not scanned, not assessed). */
  values: Array<number | null>;
  /** The top of the scale: 27 for a total, 3 for a pillar. */
  max: number;
  /** Values to draw horizontal guide lines at, labelled on the left. */
  gridlines?: number[];
  /** Labels under the first and last day; none for a sparkline. */
  xLabels?: [string, string];
  /** What the chart says, for assistive technology: the chart itself is an image. */
  ariaLabel: string;
  width?: number;
  height?: number;
}

/** Runs of consecutive days with a value: a missing day breaks the line rather than faking 0. */
function segments(points: Array<[number, number] | null>) {
  const runs: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  for (const point of points) {
    if (point) {
      current.push(point);
    } else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * A small line chart drawn as inline SVG. The plugin needs two kinds of line (a total and nine
 * sparklines), which does not justify a charting dependency. Colours come from the theme so the
 * chart reads on the dark theme; the caller gives the summary that stands in for it.
 *
 * @internal
 */
export function LineChart(props: LineChartProps) {
  const {
    values,
    max,
    gridlines = [],
    xLabels,
    ariaLabel,
    width = 600,
    height = 160,
  } = props;
  const classes = useStyles();
  const pad = {
    left: gridlines.length > 0 ? 28 : 2,
    right: 4,
    top: 6,
    bottom: xLabels ? 20 : 4,
  };
  const innerWidth = width - pad.left - pad.right;
  const innerHeight = height - pad.top - pad.bottom;
  const x = (index: number) =>
    values.length < 2
      ? pad.left + innerWidth / 2
      : pad.left + (index * innerWidth) / (values.length - 1);
  const y = (value: number) =>
    pad.top + innerHeight * (1 - Math.min(Math.max(value, 0), max) / max);
  const points = values.map((value, index) =>
    value === null ? null : ([x(index), y(value)] as [number, number]),
  );

  return (
    <svg
      role="img"
      aria-label={ariaLabel}
      viewBox={`0 0 ${width} ${height}`}
      className={classes.svg}
    >
      {gridlines.map(value => (
        <g key={value}>
          <line
            x1={pad.left}
            x2={width - pad.right}
            y1={y(value)}
            y2={y(value)}
            className={classes.grid}
          />
          <text
            x={pad.left - 6}
            y={y(value)}
            dy="0.35em"
            textAnchor="end"
            className={classes.label}
          >
            {value}
          </text>
        </g>
      ))}
      {segments(points).map(run => (
        <polyline
          key={`${run[0][0]}`}
          points={run.map(([px, py]) => `${px},${py}`).join(' ')}
          className={classes.line}
        />
      ))}
      {/* Dots make a single day, or a day between two gaps, visible. */}
      {points.map(
        (point, index) =>
          point && (
            <circle
              key={index}
              cx={point[0]}
              cy={point[1]}
              r={2.5}
              className={classes.point}
            />
          ),
      )}
      {xLabels && (
        <>
          <text
            x={pad.left}
            y={height - 4}
            textAnchor="start"
            className={classes.label}
          >
            {xLabels[0]}
          </text>
          <text
            x={width - pad.right}
            y={height - 4}
            textAnchor="end"
            className={classes.label}
          >
            {xLabels[1]}
          </text>
        </>
      )}
    </svg>
  );
}
