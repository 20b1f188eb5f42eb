import { CheckDefinition } from './types';

/** Checks of the monitoring pillar. @public */
export const MONITORING_CHECKS: readonly CheckDefinition[] = [];
