import { CheckStatus, ObjectRef } from '@readiness/plugin-readiness-common';

/** What a check decides; the engine adds the definition, the source and the runbook link. */
export interface CheckOutcome {
  id: string;
  status: CheckStatus;
  evidence: string;
  objects: ObjectRef[];
}

/** How many names an evidence sentence lists before "and N more". */
export const MAX_NAMED = 5;

/** "a, b, c and 4 more": evidence names what falls short without becoming a wall of text. */
export function nameList(names: string[]): string {
  const shown = names.slice(0, MAX_NAMED).join(', ');
  return names.length > MAX_NAMED ? `${shown} and ${names.length - MAX_NAMED} more` : shown;
}
