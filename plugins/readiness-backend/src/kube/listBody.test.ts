import { parseItem, splitListBody } from './listBody';

const items = (text: string) => {
  const body = Buffer.from(text);
  const split = splitListBody(body);
  if (!split) return undefined;
  return {
    envelope: split.envelope,
    items: Array.from({ length: split.bounds.length / 2 }, (_, i) =>
      parseItem(body, split, i),
    ),
  };
};

describe('splitListBody', () => {
  it('splits a list into its envelope and items, as JSON.parse reads them', () => {
    const list = {
      kind: 'PodList',
      metadata: { continue: 'abc', note: '"items": [1,2]' },
      items: [
        { metadata: { name: 'a', labels: { x: 'a,b]}"\\' } } },
        { spec: { containers: [{ args: ['[', '{', '\\"'] }] } },
        null,
        'ü ∑ \u2028',
      ],
      trailing: [{ items: [] }],
    };
    const text = JSON.stringify(list, null, 2);
    expect(items(text)).toEqual({
      envelope: { ...list, items: [] },
      items: list.items,
    });
  });

  it('handles empty arrays and whitespace', () => {
    expect(items('{"items": [ ] }')).toEqual({
      envelope: { items: [] },
      items: [],
    });
    expect(items(' {"items":[{}] ,"metadata":{}}\n')?.items).toEqual([{}]);
  });

  it('leaves bodies that are not lists to JSON.parse', () => {
    expect(splitListBody(Buffer.from('[1,2]'))).toBeUndefined();
    expect(splitListBody(Buffer.from('{"kind":"Status"}'))).toBeUndefined();
    expect(splitListBody(Buffer.from('{"items":{}}'))).toBeUndefined();
    expect(splitListBody(Buffer.from('{"items":[{"a":"'))).toBeUndefined();
    // A second items key wins in JSON.parse.
    expect(
      splitListBody(Buffer.from('{"items":[1],"items":[2]}')),
    ).toBeUndefined();
  });

  it('finds malformed items when they are parsed, and a malformed envelope at once', () => {
    const body = Buffer.from('{"items":[{"a":1} x,{"b":2},]}');
    const split = splitListBody(body)!;
    expect(() => parseItem(body, split, 0)).toThrow();
    expect(parseItem(body, split, 1)).toEqual({ b: 2 });
    expect(() => parseItem(body, split, 2)).toThrow();
    expect(() => splitListBody(Buffer.from('{"items":[],}'))).toThrow();
  });
});
