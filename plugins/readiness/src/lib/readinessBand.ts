/**
 * The colour band of a cluster total. The rubric states the thresholds on 27 points: under
 * 10 is not production-ready, 20 and over is production-grade.
 */
export type ReadinessBand = 'not-ready' | 'partly-ready' | 'ready';

const RUBRIC_MAX = 27;
const PARTLY_READY_FROM = 10;
const READY_FROM = 20;

/** Places a total on the rubric's bands, scaled if `max` ever differs from 27. */
export function readinessBand(total: number, max: number): ReadinessBand {
  // Cross-multiplied so the boundaries (10/27, 20/27) are compared exactly, without floats.
  if (total * RUBRIC_MAX >= READY_FROM * max) return 'ready';
  if (total * RUBRIC_MAX >= PARTLY_READY_FROM * max) return 'partly-ready';
  return 'not-ready';
}

/** Words for each band, so the band is never conveyed by colour alone. */
export const readinessBandLabels: Record<ReadinessBand, string> = {
  'not-ready': 'not production-ready',
  'partly-ready': 'partly ready',
  ready: 'production-ready',
};
