import { ConflictError, NotFoundError } from '@backstage/errors';
import { AuditEntry } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { DbAttestationRow, DbExemptionRow } from '../declarationTables';
import { writeAudit } from './writeAudit';

const TABLES = {
  attestation: 'readiness_attestations',
  exemption: 'readiness_exemptions',
} as const;

/**
 * The cluster a declaration is about (null: every cluster); NotFoundError if there is none with
 * this id. A declaration's cluster never changes, so it can be checked before revoking.
 */
export async function declarationCluster(
  knex: Knex,
  kind: AuditEntry['kind'],
  id: string,
): Promise<string | null> {
  const row: Pick<DbAttestationRow, 'cluster'> | undefined = await knex(
    TABLES[kind],
  )
    .where({ id })
    .first('cluster');
  if (!row) throw new NotFoundError(`no ${kind} with id "${id}"`);
  return row.cluster;
}

/**
 * Marks an attestation or exemption revoked by `actor` and audits it, in one transaction. The
 * row stays: the audit trail must still show what was declared.
 */
export async function revokeDeclaration<
  TRow extends DbAttestationRow | DbExemptionRow,
>(
  knex: Knex,
  kind: AuditEntry['kind'],
  id: string,
  actor: string,
  now: Date,
): Promise<TRow> {
  const table = TABLES[kind];
  return knex.transaction(async tx => {
    const row: TRow | undefined = await tx(table).where({ id }).first();
    if (!row) throw new NotFoundError(`no ${kind} with id "${id}"`);
    const revoked = {
      revoked_at: now.toISOString(),
      revoked_by: actor,
    };
    // Conditional, so that of two replicas revoking at once only one writes the audit entry.
    const updated = row.revoked_at
      ? 0
      : await tx(table).where({ id }).whereNull('revoked_at').update(revoked);
    if (updated === 0) {
      throw new ConflictError(`${kind} "${id}" is already revoked`);
    }
    await writeAudit(tx, {
      at: revoked.revoked_at,
      actor,
      action: 'revoke',
      kind,
      itemId: id,
      details: { cluster: row.cluster, check: row.check_id },
    });
    return { ...row, ...revoked };
  });
}
