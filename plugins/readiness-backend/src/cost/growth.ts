import { toCents } from './pricing';

/** One day's monthly-rate cost of a namespace or a team (whatever `key` names). @public */
export interface DailyCost {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  key: string;
  monthly: number;
}

/** Month-over-month growth of one key. @public */
export interface CostGrowth {
  key: string;
  /** Mean of the last `windowDays` days; null without enough days of history. */
  current: number | null;
  /** Mean of the same days one calendar month earlier; null without enough history. */
  previous: number | null;
  /** (current − previous) / previous; null when it cannot be computed. */
  growth: number | null;
  flagged: boolean;
  reason?: string;
}

/** Comparison settings, with the pillar's own 20% as the default threshold. @public */
export interface GrowthOptions {
  /** Last day of the current window; default the latest day in the rows. */
  asOf?: string;
  /** Default 7: a week smooths weekday/weekend swings. */
  windowDays?: number;
  /** Growth at or above this is flagged; default 0.2 (+20%). */
  threshold?: number;
  /** Days of each window that must have a row; default 4 of 7. */
  minDays?: number;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The same day one calendar month earlier, clamped to the month's end (31 Mar → 28/29 Feb). */
function monthEarlier(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1, 0)).getUTCDate();
  return isoDay(Date.UTC(y, m - 2, Math.min(d, lastDay)));
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Compares, per key, the mean daily monthly-rate of the last `windowDays` days with the same
 * calendar days one month earlier. Means of a week, not single days, so one restart or one
 * missed scan does not raise an alarm; calendar months, not 30 days, so "the 3rd to the 9th"
 * compares with "the 3rd to the 9th". Spend appearing from nothing is flagged too.
 * @public
 */
export function monthOverMonthGrowth(
  rows: readonly DailyCost[],
  options: GrowthOptions = {},
): CostGrowth[] {
  const windowDays = options.windowDays ?? 7;
  const threshold = options.threshold ?? 0.2;
  const minDays = options.minDays ?? Math.ceil(windowDays / 2);
  const asOf =
    options.asOf ??
    rows.reduce((latest, r) => (r.day > latest ? r.day : latest), '');
  if (!asOf) return [];
  const end = Date.parse(`${asOf}T00:00:00Z`);
  const currentDays = Array.from({ length: windowDays }, (_, i) =>
    isoDay(end - i * DAY_MS),
  );
  const previousDays = new Set(currentDays.map(monthEarlier));
  const current = new Set(currentDays);

  // The last row for a (key, day) wins: a re-run scan replaces that day's figure.
  const byKey = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const days = byKey.get(row.key) ?? new Map<string, number>();
    days.set(row.day, row.monthly);
    byKey.set(row.key, days);
  }

  return [...byKey.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, days]) => {
      const now = [...days].filter(([d]) => current.has(d)).map(([, v]) => v);
      const before = [...days]
        .filter(([d]) => previousDays.has(d))
        .map(([, v]) => v);
      // Clamping can fold the month-earlier window onto fewer days (31 Mar → Feb).
      const beforeNeeded = Math.min(minDays, previousDays.size);
      const currentMean = now.length >= minDays ? mean(now) : null;
      const previousMean = before.length >= beforeNeeded ? mean(before) : null;
      const result = {
        key,
        current: currentMean === null ? null : toCents(currentMean),
        previous: previousMean === null ? null : toCents(previousMean),
      };
      if (currentMean === null || previousMean === null) {
        return {
          ...result,
          growth: null,
          flagged: false,
          reason: 'not enough history',
        };
      }
      if (previousMean === 0) {
        return currentMean > 0
          ? {
              ...result,
              growth: null,
              flagged: true,
              reason: 'new spend: none a month earlier',
            }
          : { ...result, growth: 0, flagged: false };
      }
      // Twelve significant digits, so +20.000000000000004% and +19.999999999999996% both meet 20%.
      const growth = Number(
        ((currentMean - previousMean) / previousMean).toPrecision(12),
      );
      return { ...result, growth, flagged: growth >= threshold };
    });
}
