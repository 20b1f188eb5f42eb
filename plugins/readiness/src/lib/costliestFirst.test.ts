import { costliestFirst } from './costliestFirst';

describe('costliestFirst', () => {
  it.each([
    ['highest first', [10, 30, 20], [30, 20, 10]],
    ['unpriced last', [null, 5, null, 7], [7, 5, null, null]],
    ['nothing priced', [null, null], [null, null]],
    ['empty', [], []],
  ])('%s', (_name, costs, expected) => {
    const items = costs.map((amount, i) => ({ amount, i }));
    expect(costliestFirst(items, x => x.amount).map(x => x.amount)).toEqual(
      expected,
    );
  });

  it('keeps the order of equal costs', () => {
    const items = [
      { name: 'a', amount: 5 },
      { name: 'b', amount: 9 },
      { name: 'c', amount: 5 },
      { name: 'd', amount: null },
      { name: 'e', amount: null },
    ];
    expect(costliestFirst(items, x => x.amount).map(x => x.name)).toEqual([
      'b',
      'a',
      'c',
      'd',
      'e',
    ]);
  });
});
