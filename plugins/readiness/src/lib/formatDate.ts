const formatter = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  // Attestation and exemption dates are calendar days; in UTC they never shift by a day.
  timeZone: 'UTC',
});

/** "May 2, 2025"; a value that is not a date is shown as it is rather than hidden. */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : formatter.format(time);
}

/** Whether a date (an expiry) is in the past. Unparseable dates never count as expired. */
export function isPast(iso: string, now: number = Date.now()): boolean {
  const time = Date.parse(iso);
  return !Number.isNaN(time) && time < now;
}
