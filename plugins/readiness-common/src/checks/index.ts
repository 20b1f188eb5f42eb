import { BACKUP_CHECKS } from './backup';
import { COST_CHECKS } from './cost';
import { IDENTITY_CHECKS } from './identity';
import { INCIDENTS_CHECKS } from './incidents';
import { MONITORING_CHECKS } from './monitoring';
import { SCALING_CHECKS } from './scaling';
import { SECURITY_CHECKS } from './security';
import { TENANCY_CHECKS } from './tenancy';
import { CheckDefinition } from './types';
import { UPGRADES_CHECKS } from './upgrades';

export type { CheckDefinition } from './types';

/**
 * Every check this version evaluates, in pillar order.
 * @public
 */
export const CHECKS: readonly CheckDefinition[] = [
  ...IDENTITY_CHECKS,
  ...BACKUP_CHECKS,
  ...MONITORING_CHECKS,
  ...UPGRADES_CHECKS,
  ...TENANCY_CHECKS,
  ...COST_CHECKS,
  ...SCALING_CHECKS,
  ...SECURITY_CHECKS,
  ...INCIDENTS_CHECKS,
];

/** Looks up a check definition by id. @public */
export function checkDefinition(id: string): CheckDefinition | undefined {
  return CHECKS.find(c => c.id === id);
}
