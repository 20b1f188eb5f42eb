/**
 * Items by monthly cost, highest first; unpriced ones (null) last; ties keep their order. Lists
 * that show only their first few items show where the money goes.
 */
export function costliestFirst<T>(
  items: readonly T[],
  cost: (item: T) => number | null,
): T[] {
  return items
    .map((item, index) => ({ item, index, amount: cost(item) }))
    .sort((a, b) => {
      if (a.amount === b.amount) return a.index - b.index;
      if (a.amount === null) return 1;
      if (b.amount === null) return -1;
      return b.amount - a.amount || a.index - b.index;
    })
    .map(({ item }) => item);
}
