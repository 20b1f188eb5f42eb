import { HashTable, sameJson } from './hashTable';
import { EMPTY_LABELS, EMPTY_STRINGS, FactInterner } from './intern';

describe('FactInterner', () => {
  it('shares one frozen copy of equal label maps, keeping only string entries in order', () => {
    const intern = new FactInterner();
    const a = intern.labels({ app: 'web', tier: 'front', n: 3 });
    const b = intern.labels({ app: 'web', tier: 'front' });
    expect(b).toBe(a);
    expect(a).toEqual({ app: 'web', tier: 'front' });
    expect(Object.isFrozen(a)).toBe(true);
    // The same entries in another order are another map: its key order is kept.
    const c = intern.labels({ tier: 'front', app: 'web' });
    expect(c).not.toBe(a);
    expect(Object.keys(c)).toEqual(['tier', 'app']);
    expect(intern.labels({ app: 'web', tier: 'back' })).not.toBe(a);
    expect(intern.labels({ n: 1 })).toBe(EMPTY_LABELS);
    expect(intern.labels(['x'])).toBe(EMPTY_LABELS);
  });

  it('identifies small values by their JSON', () => {
    const intern = new FactInterner();
    const a = intern.value({ cpu: 1, memory: null, names: ['a'] });
    expect(intern.value({ cpu: 1, memory: null, names: ['a'] })).toBe(a);
    expect(Object.isFrozen(a.names)).toBe(true);
    expect(intern.value({ memory: null, cpu: 1, names: ['a'] })).not.toBe(a);
    expect(intern.value({ cpu: 2, memory: null, names: ['a'] })).not.toBe(a);
    // JSON writes NaN as null, so they are one value, as they were when keyed by JSON.
    const unset = intern.value({ cpu: null });
    expect(intern.value({ cpu: NaN })).toBe(unset);
  });

  it('shares lists by the identity of their entries, and string lists by their strings', () => {
    const intern = new FactInterner();
    const x = intern.value({ name: 'x' });
    const y = intern.value({ name: 'y' });
    const list = intern.list([x, y]);
    expect(intern.list([x, y])).toBe(list);
    expect(intern.list([y, x])).not.toBe(list);
    expect(intern.list([])).toBe(EMPTY_STRINGS);
    const strings = intern.strings(['ab', 'c']);
    expect(intern.strings(['ab', 'c'])).toBe(strings);
    expect(intern.strings(['a', 'bc'])).not.toBe(strings);
    expect(intern.strings([])).toBe(EMPTY_STRINGS);
  });
});

describe('HashTable', () => {
  it('tells apart values whose hashes collide', () => {
    const table = new HashTable<string, string>(
      (known, probe) => known === probe,
    );
    table.add(7, 'a');
    table.add(7, 'b');
    expect(table.find(7, 'a')).toBe('a');
    expect(table.find(7, 'b')).toBe('b');
    expect(table.find(7, 'c')).toBeUndefined();
    expect(table.find(8, 'a')).toBeUndefined();
  });
});

describe('sameJson', () => {
  it('compares as JSON.stringify would', () => {
    const cases: Array<[unknown, unknown]> = [
      [
        { a: 1, b: [1, 'x'] },
        { a: 1, b: [1, 'x'] },
      ],
      [{ a: 1 }, { a: 1, b: undefined }],
      [{ a: Infinity }, { a: null }],
      [0, -0],
      [[undefined], [null]],
      [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ],
      [{ a: '1' }, { a: 1 }],
      [[1, 2], { 0: 1, 1: 2 }],
      [true, 'true'],
    ];
    for (const [a, b] of cases) {
      expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b));
    }
  });
});
