import { CheckDefinition } from './types';

/** Checks of the identity pillar. @public */
export const IDENTITY_CHECKS: readonly CheckDefinition[] = [];
