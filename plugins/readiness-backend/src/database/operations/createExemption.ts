import { randomUUID } from 'node:crypto';
import { ExemptionItem } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { DbExemptionRow, toExemptionItem } from '../declarationTables';
import { writeAudit } from './writeAudit';

/** A validated exemption. */
export interface NewExemption {
  cluster: string | null;
  check: string;
  namespace: string | null;
  object: { kind: string; name: string } | null;
  reason: string;
  expires: string;
}

/** Stores an exemption by `actor` and its audit entry, in one transaction. */
export async function createExemption(
  knex: Knex,
  input: NewExemption,
  actor: string,
  now: Date,
): Promise<ExemptionItem> {
  const row: DbExemptionRow = {
    id: randomUUID(),
    cluster: input.cluster,
    check_id: input.check,
    namespace: input.namespace,
    object_kind: input.object?.kind ?? null,
    object_name: input.object?.name ?? null,
    reason: input.reason,
    created_by: actor,
    expires_at: input.expires,
    created_at: now.toISOString(),
    revoked_at: null,
    revoked_by: null,
  };
  await knex.transaction(async tx => {
    await tx<DbExemptionRow>('readiness_exemptions').insert(row);
    await writeAudit(tx, {
      at: row.created_at,
      actor,
      action: 'create',
      kind: 'exemption',
      itemId: row.id,
      details: { ...input },
    });
  });
  return toExemptionItem(row, now);
}
