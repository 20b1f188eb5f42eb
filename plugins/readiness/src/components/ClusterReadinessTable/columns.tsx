import { TableColumn } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import {
  ClusterSummary,
  PILLARS,
  PillarId,
} from '@readiness/plugin-readiness-common';
import { formatRelativeTime } from '../../lib/relativeTime';
import { ClusterLink } from '../ClusterLink';
import { StaleChip } from '../ScanStatus';
import { ScoreBadge } from '../ScoreBadge';

/**
 * One-word column headers: nine full pillar titles make the table wider than a screen. The
 * full title stays in the header's tooltip. Keyed by pillar so a new pillar fails to compile.
 */
const SHORT_TITLES: Record<PillarId, string> = {
  identity: 'Identity',
  backup: 'Backup',
  monitoring: 'Monitoring',
  upgrades: 'Upgrades',
  tenancy: 'Tenancy',
  cost: 'Cost',
  scaling: 'Scaling',
  security: 'Security',
  incidents: 'Incidents',
};

const PILLAR_CELL_PADDING = { paddingLeft: 4, paddingRight: 4 };

/**
 * One table row: a cluster summary with its pillar scores keyed for sorting, and the cluster
 * name as the row `id` material-table keys its row state by (it warns about rows without one).
 */
export type ClusterRow = ClusterSummary & {
  id: string;
  scores: Partial<Record<PillarId, number | null>>;
};

export function toClusterRow(summary: ClusterSummary): ClusterRow {
  return {
    ...summary,
    id: summary.name,
    scores: Object.fromEntries(summary.pillars.map(p => [p.id, p.score])),
  };
}

/** Nulls (never scanned, not assessed) sort below every value, so "worst first" shows them. */
function compareNullable<T extends number | string>(a: T | null, b: T | null) {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

const useStyles = makeStyles((theme: Theme) => ({
  // Read out instead of the "–" of an unassessed pillar.
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
  // The full error is in the tooltip; a one-line excerpt keeps rows short.
  error: {
    display: 'block',
    maxWidth: '12rem',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
}));

function PillarScoreCell(props: { score: number | null | undefined }) {
  const { score } = props;
  const classes = useStyles();
  if (score === null || score === undefined) {
    return (
      <Typography variant="body2" color="textSecondary" component="span">
        <span aria-hidden>–</span>
        <span className={classes.visuallyHidden}>not assessed</span>
      </Typography>
    );
  }
  return (
    <Typography variant="body2" component="span">
      {score}
    </Typography>
  );
}

function TotalCell(props: { row: ClusterRow }) {
  const { row } = props;
  return (
    <>
      <ScoreBadge total={row.total} max={row.max} size="compact" />
      <Typography variant="caption" color="textSecondary" display="block">
        {row.assessedPillars} of {PILLARS.length} pillars assessed
      </Typography>
    </>
  );
}

function LastScanCell(props: { row: ClusterRow }) {
  const { scan } = props.row;
  const classes = useStyles();
  return (
    <>
      <span className={classes.scan}>
        <span title={scan.lastSuccessAt ?? undefined}>
          {scan.lastSuccessAt
            ? formatRelativeTime(scan.lastSuccessAt)
            : 'never'}
        </span>
        {scan.stale && <StaleChip />}
      </span>
      {scan.lastError && (
        <Typography
          variant="caption"
          color="error"
          className={classes.error}
          title={scan.lastError}
        >
          {scan.lastError}
        </Typography>
      )}
    </>
  );
}

/**
 * Cluster, total and last scan first, so the verdict stays in view when a narrow screen
 * scrolls the table sideways; then the nine pillars in rubric order.
 */
export function clusterColumns(): TableColumn<ClusterRow>[] {
  return [
    {
      title: 'Cluster',
      field: 'name',
      highlight: true,
      width: '12%',
      cellStyle: { whiteSpace: 'nowrap' },
      render: row => <ClusterLink cluster={row.name} />,
    },
    {
      title: 'Total',
      field: 'total',
      width: '15%',
      render: row => <TotalCell row={row} />,
      customSort: (a, b) => compareNullable(a.total, b.total),
    },
    {
      title: 'Last scan',
      field: 'scan.lastSuccessAt',
      width: '18%',
      render: row => <LastScanCell row={row} />,
      customSort: (a, b) =>
        compareNullable(a.scan.lastSuccessAt, b.scan.lastSuccessAt),
    },
    ...PILLARS.map(
      (pillar): TableColumn<ClusterRow> => ({
        title: <span title={pillar.title}>{SHORT_TITLES[pillar.id]}</span>,
        field: `scores.${pillar.id}`,
        align: 'center',
        // Scores are one digit: narrow columns and padding leave the width to the others.
        width: '5%',
        headerStyle: PILLAR_CELL_PADDING,
        cellStyle: PILLAR_CELL_PADDING,
        render: row => <PillarScoreCell score={row.scores[pillar.id]} />,
        customSort: (a, b) =>
          compareNullable(
            a.scores[pillar.id] ?? null,
            b.scores[pillar.id] ?? null,
          ),
      }),
    ),
  ];
}
