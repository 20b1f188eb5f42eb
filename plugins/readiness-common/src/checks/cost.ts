import { CheckDefinition } from './types';

/** Checks of the cost pillar. @public */
export const COST_CHECKS: readonly CheckDefinition[] = [];
