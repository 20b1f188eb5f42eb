import { AttestationItem } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { DbAttestationRow, toAttestationItem } from '../declarationTables';

/**
 * Every stored attestation, revoked and expired ones included, newest first. With a cluster,
 * those that apply to it: its own and the `*` ones.
 */
export async function listAttestations(
  knex: Knex,
  options: { cluster?: string; now: Date },
): Promise<AttestationItem[]> {
  const query = knex<DbAttestationRow>('readiness_attestations')
    .orderBy('created_at', 'desc')
    .orderBy('id');
  if (options.cluster) query.whereIn('cluster', [options.cluster, '*']);
  return (await query).map(row => toAttestationItem(row, options.now));
}
