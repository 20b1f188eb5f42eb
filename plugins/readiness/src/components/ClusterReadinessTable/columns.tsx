import {
  ClusterSummary,
  PILLARS,
  PillarId,
} from '@readiness/plugin-readiness-common';
import { ReactNode } from 'react';
import { formatRelativeTime } from '../../lib/relativeTime';
import { ScoreBadge } from '../ScoreBadge';
import { SortValue } from './sortRows';
import { IN_APP_LINK } from './useInAppLinkClicks';

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

/** One table row: a cluster summary with its pillar scores keyed for sorting and lookup. */
export type ClusterRow = ClusterSummary & {
  scores: Partial<Record<PillarId, number | null>>;
};

export function toClusterRow(summary: ClusterSummary): ClusterRow {
  return {
    ...summary,
    scores: Object.fromEntries(summary.pillars.map(p => [p.id, p.score])),
  };
}

/** Class names the cells use, made once per table rather than once per cell. */
export interface CellClasses {
  link: string;
  stale: string;
  muted: string;
  visuallyHidden: string;
  scan: string;
  error: string;
}

/** The catalog page of a cluster's Resource, resolved once per table rather than per row. */
export type ClusterUrl = (cluster: string) => string | undefined;

/** A report column: how its cells render and what they sort by. */
export interface ReportColumn {
  id: string;
  /** Header text, also the header's accessible name. */
  title: string;
  /** The full name, as the header's tooltip, where the title is shortened. */
  description?: string;
  align: 'left' | 'center';
  width: string;
  /** One-digit scores: narrow padding leaves the width to the other columns. */
  compact?: boolean;
  render(row: ClusterRow): ReactNode;
  sortValue(row: ClusterRow): SortValue;
}

function pillarScore(score: number | null | undefined, classes: CellClasses) {
  if (score === null || score === undefined) {
    return (
      <span className={classes.muted}>
        <span aria-hidden>–</span>
        {/* Read out instead of the dash. */}
        <span className={classes.visuallyHidden}>not assessed</span>
      </span>
    );
  }
  return score;
}

function total(row: ClusterRow, classes: CellClasses) {
  return (
    <>
      <ScoreBadge total={row.total} max={row.max} size="compact" />
      <span className={classes.muted} style={{ display: 'block' }}>
        {row.assessedPillars} of {PILLARS.length} pillars assessed
      </span>
    </>
  );
}

function lastScan(row: ClusterRow, classes: CellClasses) {
  const { scan } = row;
  return (
    <>
      <span className={classes.scan}>
        <span title={scan.lastSuccessAt ?? undefined}>
          {scan.lastSuccessAt
            ? formatRelativeTime(scan.lastSuccessAt)
            : 'never'}
        </span>
        {/* The stale chip's look in a span: a Chip per row is a styled component per row. */}
        {scan.stale && <span className={classes.stale}>stale</span>}
      </span>
      {/* The full error is in the tooltip; a one-line excerpt keeps rows short. */}
      {scan.lastError && (
        <span className={classes.error} title={scan.lastError}>
          {scan.lastError}
        </span>
      )}
    </>
  );
}

/**
 * Cluster, total and last scan first, so the verdict stays in view when a narrow screen
 * scrolls the table sideways; then the nine pillars in rubric order. Cells are plain
 * elements styled by the table's classes: the report renders up to 500 rows of 12 cells.
 */
export function clusterColumns(
  classes: CellClasses,
  clusterUrl: ClusterUrl,
): ReportColumn[] {
  return [
    {
      id: 'name',
      title: 'Cluster',
      align: 'left',
      width: '12%',
      // The same target as ClusterLink, as a plain anchor: the table navigates in the app
      // for every row with one click handler (ReportTable) instead of a Link component each.
      render: row => {
        const url = clusterUrl(row.name);
        return url ? (
          <a className={classes.link} href={url} {...{ [IN_APP_LINK]: '' }}>
            {row.name}
          </a>
        ) : (
          row.name
        );
      },
      sortValue: row => row.name,
    },
    {
      id: 'total',
      title: 'Total',
      align: 'left',
      width: '15%',
      render: row => total(row, classes),
      sortValue: row => row.total,
    },
    {
      id: 'lastScan',
      title: 'Last scan',
      align: 'left',
      width: '18%',
      render: row => lastScan(row, classes),
      sortValue: row => row.scan.lastSuccessAt,
    },
    ...PILLARS.map(
      (pillar): ReportColumn => ({
        id: pillar.id,
        title: SHORT_TITLES[pillar.id],
        description: pillar.title,
        align: 'center',
        width: '5%',
        compact: true,
        render: row => pillarScore(row.scores[pillar.id], classes),
        sortValue: row => row.scores[pillar.id] ?? null,
      }),
    ),
  ];
}
