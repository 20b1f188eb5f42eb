import { CheckContext, CheckOutcome } from './types';

/** The identity pillar's checks. */
export function evaluateIdentity(_context: CheckContext): CheckOutcome[] {
  return [];
}
