/**
 * True for a real calendar day written `YYYY-MM-DD`: "2027-02-30" matches the pattern, but
 * the date parser would roll it over into March.
 */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(value);
  return (
    !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
  );
}
