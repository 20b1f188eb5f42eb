import { CheckContext, CheckOutcome } from './types';

/** The scaling pillar's checks. */
export function evaluateScaling(_context: CheckContext): CheckOutcome[] {
  return [];
}
