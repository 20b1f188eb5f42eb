import { AuditEntry } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { DbAuditRow, toAuditEntry } from '../declarationTables';

/**
 * The latest `limit` audit entries that `visible` keeps, newest first. Entries are read a page
 * at a time (by id) until enough are kept, so a caller who may read only some clusters still
 * gets `limit` entries when the log holds them, not `limit` minus those about other clusters.
 */
export async function readAudit(
  knex: Knex,
  limit: number,
  visible: (entry: AuditEntry) => boolean = () => true,
): Promise<AuditEntry[]> {
  const kept: AuditEntry[] = [];
  let before: number | undefined;
  for (;;) {
    const query = knex<DbAuditRow>('readiness_audit')
      .orderBy('id', 'desc')
      .limit(limit);
    if (before !== undefined) query.where('id', '<', before);
    const rows = await query;
    for (const entry of rows.map(toAuditEntry)) {
      if (visible(entry)) kept.push(entry);
      if (kept.length === limit) return kept;
    }
    if (rows.length < limit) return kept;
    before = Number(rows[rows.length - 1].id);
  }
}
