import { CheckContext, CheckOutcome } from './types';

/** The incidents pillar's checks. */
export function evaluateIncidents(_context: CheckContext): CheckOutcome[] {
  return [];
}
