import { compareNullable, nextSort, sortRows, SortValue } from './sortRows';

describe('compareNullable', () => {
  it.each<[SortValue, SortValue, number]>([
    [null, null, 0],
    [null, 0, -1],
    [0, null, 1],
    [1, 2, -1],
    [2, 1, 1],
    [3, 3, 0],
    ['2026-11-01', '2026-11-02', -1],
    ['b', 'a', 1],
  ])('compares %p with %p as %p', (a, b, expected) => {
    expect(compareNullable(a, b)).toBe(expected);
  });
});

describe('sortRows', () => {
  const rows = [
    { name: 'a', total: 12 },
    { name: 'b', total: null },
    { name: 'c', total: 3 },
    { name: 'd', total: 12 },
  ];
  const byTotal = (row: (typeof rows)[number]) => row.total;

  it('puts never-scanned clusters first when ascending', () => {
    expect(sortRows(rows, byTotal, 'asc').map(r => r.name)).toEqual([
      'b',
      'c',
      'a',
      'd',
    ]);
  });

  it('reverses the order when descending but keeps ties in server order', () => {
    expect(sortRows(rows, byTotal, 'desc').map(r => r.name)).toEqual([
      'a',
      'd',
      'c',
      'b',
    ]);
  });

  it('keeps the server order without a column and never mutates the input', () => {
    const copy = [...rows];
    expect(sortRows(rows, undefined, 'asc')).toEqual(rows);
    sortRows(rows, byTotal, 'desc');
    expect(rows).toEqual(copy);
  });
});

describe('nextSort', () => {
  it('sorts a new column ascending, then flips it', () => {
    const first = nextSort(undefined, 'total');
    expect(first).toEqual({ columnId: 'total', direction: 'asc' });
    const second = nextSort(first, 'total');
    expect(second).toEqual({ columnId: 'total', direction: 'desc' });
    expect(nextSort(second, 'total')).toEqual(first);
    expect(nextSort(second, 'backup')).toEqual({
      columnId: 'backup',
      direction: 'asc',
    });
  });
});
