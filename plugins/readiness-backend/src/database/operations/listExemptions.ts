import { ExemptionItem } from '@readiness/plugin-readiness-common';
import { Knex } from 'knex';
import { DbExemptionRow, toExemptionItem } from '../declarationTables';

/**
 * Every stored exemption, revoked and expired ones included, newest first. With a cluster, those
 * that apply to it: its own and those for every cluster.
 */
export async function listExemptions(
  knex: Knex,
  options: { cluster?: string; now: Date },
): Promise<ExemptionItem[]> {
  const query = knex<DbExemptionRow>('readiness_exemptions')
    .orderBy('created_at', 'desc')
    .orderBy('id');
  if (options.cluster) {
    const cluster = options.cluster;
    query.where(q => q.where('cluster', cluster).orWhereNull('cluster'));
  }
  return (await query).map(row => toExemptionItem(row, options.now));
}
