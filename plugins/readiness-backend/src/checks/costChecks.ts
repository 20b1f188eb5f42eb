import { CheckContext, CheckOutcome } from './types';

/** The cost pillar's checks. */
export function evaluateCost(_context: CheckContext): CheckOutcome[] {
  return [];
}
