import { CheckDefinition } from './types';

/** Checks of the backup pillar. @public */
export const BACKUP_CHECKS: readonly CheckDefinition[] = [];
