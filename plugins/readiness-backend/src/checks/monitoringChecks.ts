import { CheckContext, CheckOutcome } from './types';

/** The monitoring pillar's checks. */
export function evaluateMonitoring(_context: CheckContext): CheckOutcome[] {
  return [];
}
