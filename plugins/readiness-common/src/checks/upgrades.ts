import { CheckDefinition } from './types';

/** Checks of the upgrades pillar. @public */
export const UPGRADES_CHECKS: readonly CheckDefinition[] = [];
