import { AuditEntry } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { DbAuditRow, toAuditEntry } from '../declarationTables';

/** The latest `limit` audit entries, newest first. */
export async function readAudit(
  knex: Knex,
  limit: number,
): Promise<AuditEntry[]> {
  const rows = await knex<DbAuditRow>('readiness_audit')
    .orderBy('id', 'desc')
    .limit(limit);
  return rows.map(toAuditEntry);
}
