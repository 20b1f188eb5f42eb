import { formatDate, isPast } from './formatDate';

describe('formatDate', () => {
  it.each([
    ['2025-05-02', 'May 2, 2025'],
    ['2025-05-02T23:30:00Z', 'May 2, 2025'],
    ['next quarter', 'next quarter'],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });
});

describe('isPast', () => {
  const now = Date.parse('2025-06-01T00:00:00Z');

  it.each([
    ['2025-05-31', true],
    ['2025-06-02', false],
    ['never', false],
  ])('%s: %p', (iso, expected) => {
    expect(isPast(iso, now)).toBe(expected);
  });
});
