/** An ISO timestamp `minutes` before now, so relative times in tests read predictably. */
export function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}

/** A calendar day `days` after today (YYYY-MM-DD), for expiries that must lie ahead. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
