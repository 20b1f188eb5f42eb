import { formatDate } from '../../lib/formatDate';

/**
 * The sentence that stands in for a line chart: where the series started and where it is now.
 * Days without a value are skipped, so it never reports an unassessed day as a score.
 */
export function describeSeries(
  label: string,
  days: string[],
  values: Array<number | null>,
  max: number,
): string {
  const known = values
    .map((value, index) => ({ value, day: days[index] }))
    .filter(
      (point): point is { value: number; day: string } => point.value !== null,
    );
  if (known.length === 0) {
    return `${label}: not assessed on any day`;
  }
  const first = known[0];
  const last = known[known.length - 1];
  const at = (point: { value: number; day: string }) =>
    `${point.value} of ${max} on ${formatDate(point.day)}`;
  if (known.length === 1) {
    return `${label}: ${at(last)}`;
  }
  return `${label} over ${days.length} days: from ${at(first)} to ${at(last)}`;
}
