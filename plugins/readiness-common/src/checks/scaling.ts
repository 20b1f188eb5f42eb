import { CheckDefinition } from './types';

/** Checks of the scaling pillar. @public */
export const SCALING_CHECKS: readonly CheckDefinition[] = [];
