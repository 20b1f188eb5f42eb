import type { ClusterSummary } from '@readiness/plugin-readiness-common';
import { ReadinessBand, readinessBand } from './readinessBand';

/** A band to filter by: one of the rubric's three, or clusters without a total yet. */
export type BandFilter = ReadinessBand | 'unscored' | 'all';

/** What the report's filter bar asks for. */
export interface ClusterFilters {
  band: BandFilter;
  /** Only clusters whose report is out of date or whose last scan failed. */
  staleOnly: boolean;
  /** Matched, case-insensitively, against the name and the last scan error. */
  search: string;
}

/** No filter: every cluster. */
export const NO_FILTERS: ClusterFilters = {
  band: 'all',
  staleOnly: false,
  search: '',
};

function bandOf(cluster: ClusterSummary): ReadinessBand | 'unscored' {
  return cluster.total === null
    ? 'unscored'
    : readinessBand(cluster.total, cluster.max);
}

/**
 * The clusters that pass every filter. Searching the last error too lets "403" or
 * "ECONNREFUSED" find every cluster failing the same way.
 */
export function filterClusters<T extends ClusterSummary>(
  clusters: readonly T[],
  filters: ClusterFilters,
): T[] {
  const search = filters.search.trim().toLocaleLowerCase('en-US');
  return clusters.filter(cluster => {
    if (filters.band !== 'all' && bandOf(cluster) !== filters.band) {
      return false;
    }
    if (filters.staleOnly && !cluster.scan.stale) {
      return false;
    }
    if (!search) {
      return true;
    }
    return [cluster.name, cluster.scan.lastError ?? ''].some(text =>
      text.toLocaleLowerCase('en-US').includes(search),
    );
  });
}
