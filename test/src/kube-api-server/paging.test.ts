import { decodeContinue, encodeContinue, paginate } from './paging.ts';

describe('continue tokens', () => {
  it('round-trips the real server format', () => {
    // Taken from kubectl --chunk-size=2 against kube-apiserver.
    const real =
      'eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6MTAxOCwic3RhcnQiOiJ3ZWItMFx1MDAwMCJ9';
    expect(decodeContinue(real)).toEqual({ rv: 1018, start: 'web-0\u0000' });
    expect(encodeContinue('web-0\u0000', 1018)).toBe(real);
  });

  it.each([
    [
      'a=b',
      'invalid continue token: continue key is not valid: illegal base64 data at input byte 1',
    ],
    [
      encodeContinue('x', 0),
      'invalid continue token: continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
    ],
    [
      Buffer.from('{"v":"meta.k8s.io/v2","rv":1,"start":"x"}').toString(
        'base64url',
      ),
      'invalid continue token: continue key is not valid: server does not recognize this encoded version meta.k8s.io/v2',
    ],
    [
      encodeContinue('../etc', 5),
      'invalid continue token: continue key is not valid: ../etc',
    ],
  ])('rejects %s', (token, message) => {
    expect(() => decodeContinue(token)).toThrow(message);
  });
});

describe('paginate', () => {
  const items = ['a', 'b', 'c', 'd', 'e'].map(key => ({ key, value: key }));

  it('returns everything without a limit', () => {
    expect(paginate(items, { rv: 7, selectorsApplied: false })).toEqual({
      items: ['a', 'b', 'c', 'd', 'e'],
    });
  });

  it('walks pages with the token each page hands out', () => {
    const pages: string[][] = [];
    let start: string | undefined;
    for (;;) {
      const page = paginate(items, {
        limit: 2,
        start,
        rv: 7,
        selectorsApplied: false,
      });
      pages.push(page.items);
      if (!page.continue) break;
      expect(page.remainingItemCount).toBe(items.length - pages.flat().length);
      start = decodeContinue(page.continue).start;
    }
    expect(pages).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });
});
