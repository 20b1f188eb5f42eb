import { formatGrowth, formatMoney } from './formatMoney';

describe('formatMoney', () => {
  it.each([
    [1240.4, 'USD', '$1,240'],
    [12.5, 'EUR', '€12.50'],
    [0, 'USD', '$0.00'],
    [99.994, 'GBP', '£99.99'],
    [1500, null, '1,500'],
    // Intl puts a no-break space between an unfamiliar code and the amount.
    [1500, 'XYZ', 'XYZ\u00a01,500'],
    // Not an ISO 4217 code: Intl rejects it, the amount is still shown.
    [1500, 'dollars', '1,500 dollars'],
  ])('formats %p %p as %p', (amount, currency, expected) => {
    expect(formatMoney(amount, currency)).toBe(expected);
  });

  it('says "not priced" for a missing amount, never $0', () => {
    expect(formatMoney(null, 'USD')).toBe('not priced');
    expect(formatMoney(undefined, 'USD')).toBe('not priced');
  });
});

describe('formatGrowth', () => {
  it.each([
    [0.32, '+32%'],
    [-0.05, '-5%'],
    [0, '0%'],
    [1.5, '+150%'],
  ])('formats %p as %p', (growth, expected) => {
    expect(formatGrowth(growth)).toBe(expected);
  });
});
