import { randomUUID } from 'node:crypto';
import { AttestationItem } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { DbAttestationRow, toAttestationItem } from '../declarationTables';
import { writeAudit } from './writeAudit';

/** A validated attestation, its expiry already resolved. */
export interface NewAttestation {
  cluster: string;
  check: string;
  date: string;
  evidence: string;
  expires: string;
}

/** Stores an attestation by `actor` and its audit entry, in one transaction. */
export async function createAttestation(
  knex: Knex,
  input: NewAttestation,
  actor: string,
  now: Date,
): Promise<AttestationItem> {
  const row: DbAttestationRow = {
    id: randomUUID(),
    cluster: input.cluster,
    check_id: input.check,
    date: input.date,
    evidence_url: input.evidence,
    declared_by: actor,
    expires_at: input.expires,
    created_at: now.toISOString(),
    revoked_at: null,
    revoked_by: null,
  };
  await knex.transaction(async tx => {
    await tx<DbAttestationRow>('readiness_attestations').insert(row);
    await writeAudit(tx, {
      at: row.created_at,
      actor,
      action: 'create',
      kind: 'attestation',
      itemId: row.id,
      details: { ...input },
    });
  });
  return toAttestationItem(row, now);
}
