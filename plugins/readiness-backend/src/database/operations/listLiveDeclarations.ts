import { Knex } from 'knex';
import { Attestation } from '../../engine/attestations';
import { Exemption } from '../../engine/exemptions';
import {
  DbAttestationRow,
  DbExemptionRow,
  declarationStatus,
  toEngineAttestation,
  toEngineExemption,
} from '../declarationTables';

/**
 * The attestations and exemptions a scan of `cluster` at `now` applies: not revoked, not expired,
 * for that cluster or all of them.
 */
export async function listLiveDeclarations(
  knex: Knex,
  cluster: string,
  now: Date,
): Promise<{ attestations: Attestation[]; exemptions: Exemption[] }> {
  // The day bound only narrows the query; declarationStatus decides, as the engine would.
  const yesterday = new Date(now.getTime() - 86_400_000)
    .toISOString()
    .slice(0, 10);
  const attestations = await knex<DbAttestationRow>('readiness_attestations')
    .whereIn('cluster', [cluster, '*'])
    .whereNull('revoked_at')
    .where('expires_at', '>=', yesterday);
  const exemptions = await knex<DbExemptionRow>('readiness_exemptions')
    .where(q => q.where('cluster', cluster).orWhereNull('cluster'))
    .whereNull('revoked_at')
    .where('expires_at', '>=', yesterday);
  return {
    attestations: attestations
      .filter(row => declarationStatus(row, now) === 'live')
      .map(toEngineAttestation),
    exemptions: exemptions
      .filter(row => declarationStatus(row, now) === 'live')
      .map(toEngineExemption),
  };
}
