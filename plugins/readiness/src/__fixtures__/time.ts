/** An ISO timestamp `minutes` before now, so relative times in tests read predictably. */
export function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}
