import { formatRelativeTime } from './relativeTime';

const now = Date.parse('2025-06-02T12:00:00Z');

describe('formatRelativeTime', () => {
  it.each([
    ['2025-06-02T11:59:30Z', '30 seconds ago'],
    ['2025-06-02T11:18:00Z', '42 minutes ago'],
    ['2025-06-02T09:00:00Z', '3 hours ago'],
    ['2025-06-01T12:00:00Z', 'yesterday'],
    ['2025-05-19T12:00:00Z', '2 weeks ago'],
  ])('formats %s as "%s"', (iso, expected) => {
    expect(formatRelativeTime(iso, now)).toBe(expected);
  });

  it('shows a malformed timestamp as it is', () => {
    expect(formatRelativeTime('not a date', now)).toBe('not a date');
  });
});
