import { AuditEntry } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { DbAuditRow } from '../declarationTables';

/**
 * Appends one audit entry. Callers pass their transaction, so a declaration and its audit entry
 * are written together or not at all.
 */
export async function writeAudit(
  tx: Knex.Transaction,
  entry: Omit<AuditEntry, 'id'>,
): Promise<void> {
  await tx<DbAuditRow>('readiness_audit').insert({
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    kind: entry.kind,
    item_id: entry.itemId,
    details: JSON.stringify(entry.details),
  });
}
