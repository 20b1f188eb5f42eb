/** Shown wherever a cost could not be computed: a missing price is not a price of 0. */
export const NOT_PRICED = 'not priced';

/**
 * A monthly amount with its currency, e.g. "$1,240" or "€12.50". Whole units from 100 up,
 * because cents on a cluster bill are noise; cents below that, so a small namespace does not
 * read as free. Without a currency the amount is shown as a bare number rather than guessed.
 */
export function formatMoney(
  amount: number | null | undefined,
  currency: string | null | undefined,
): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) {
    return NOT_PRICED;
  }
  const digits = Math.abs(amount) >= 100 ? 0 : 2;
  const options: Intl.NumberFormatOptions = {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  };
  if (!currency) {
    return new Intl.NumberFormat('en-US', options).format(amount);
  }
  try {
    return new Intl.NumberFormat('en-US', {
      ...options,
      style: 'currency',
      currency,
    }).format(amount);
  } catch {
    // An unknown currency code would throw; the amount is still worth showing.
    return `${new Intl.NumberFormat('en-US', options).format(
      amount,
    )} ${currency}`;
  }
}

/** Month-over-month growth as a signed percentage, e.g. "+32%", "-5%", "0%". */
export function formatGrowth(growth: number): string {
  return new Intl.NumberFormat('en-US', {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(growth);
}
