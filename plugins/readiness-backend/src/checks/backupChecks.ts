import { CheckContext, CheckOutcome } from './types';

/** The backup pillar's checks. */
export function evaluateBackup(_context: CheckContext): CheckOutcome[] {
  return [];
}
