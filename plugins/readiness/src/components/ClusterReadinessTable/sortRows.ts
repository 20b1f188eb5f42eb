/** A column's value for sorting; null (never scanned, not assessed) sorts below every value. */
export type SortValue = number | string | null;

/** Which column the report is sorted by, and which way; `undefined` keeps the server's order. */
export interface SortState {
  columnId: string;
  direction: 'asc' | 'desc';
}

/** Nulls sort below every value, so "worst first" (ascending) shows them at the top. */
export function compareNullable(a: SortValue, b: SortValue): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * The rows in the order a header click asked for. Stable, so rows that tie keep the server's
 * order (by name) and the table does not shuffle equal scores between renders.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  sortValue: ((row: Row) => SortValue) | undefined,
  direction: SortState['direction'],
): Row[] {
  if (!sortValue) return [...rows];
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = rows.map(row => ({ row, key: sortValue(row) }));
  keyed.sort((a, b) => sign * compareNullable(a.key, b.key));
  return keyed.map(k => k.row);
}

/** First click sorts ascending (worst first for scores); clicking the same header flips it. */
export function nextSort(
  current: SortState | undefined,
  columnId: string,
): SortState {
  if (current?.columnId === columnId) {
    return {
      columnId,
      direction: current.direction === 'asc' ? 'desc' : 'asc',
    };
  }
  return { columnId, direction: 'asc' };
}
