import { readinessBand } from './readinessBand';

describe('readinessBand', () => {
  it.each([
    [0, 27, 'not-ready'],
    [9, 27, 'not-ready'],
    [10, 27, 'partly-ready'],
    [19, 27, 'partly-ready'],
    [20, 27, 'ready'],
    [27, 27, 'ready'],
    // A different maximum keeps the same proportions.
    [4, 9, 'partly-ready'],
    [7, 9, 'ready'],
  ])('places %i of %i in %s', (total, max, band) => {
    expect(readinessBand(total, max)).toBe(band);
  });
});
