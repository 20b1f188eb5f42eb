import { CheckDefinition } from './types';

/** Checks of the security pillar. @public */
export const SECURITY_CHECKS: readonly CheckDefinition[] = [];
