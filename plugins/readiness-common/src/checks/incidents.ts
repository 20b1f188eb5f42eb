import { CheckDefinition } from './types';

/** Checks of the incidents pillar. @public */
export const INCIDENTS_CHECKS: readonly CheckDefinition[] = [];
