import { CheckContext, CheckOutcome } from './types';

/** The upgrades pillar's checks. */
export function evaluateUpgrades(_context: CheckContext): CheckOutcome[] {
  return [];
}
