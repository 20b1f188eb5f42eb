import { LoggerService } from '@backstage/backend-plugin-api';
import { CatalogFacts } from '../catalog/catalogFacts';
import { ScanService } from '../service/ScanService';

/** What {@link discoverCatalogClusters} needs of the ScanService. */
export type CatalogClusterRegistry = Pick<
  ScanService,
  'clusterNames' | 'catalogClusterNames' | 'addCluster' | 'removeCluster'
>;

/**
 * Adds the catalog's kubernetes-cluster Resources that have a scanner token configured and are not
 * known yet, and removes those added earlier that left the catalog or lost their token. Returns
 * the names added, for the caller to schedule, and removed. A cluster without a token is
 * reported once per discovery, not scanned: the catalog says where a cluster is, config says how
 * to log in. When the catalog cannot be read this throws and nothing changes.
 */
export async function discoverCatalogClusters(options: {
  catalogFacts: () => Promise<CatalogFacts>;
  scans: CatalogClusterRegistry;
  tokens: Record<string, string>;
  logger: LoggerService;
}): Promise<{ added: string[]; removed: string[] }> {
  const { scans, tokens, logger } = options;
  const facts = await options.catalogFacts();
  const added: string[] = [];
  const withoutToken: string[] = [];
  for (const cluster of facts.clusters) {
    if (scans.clusterNames().includes(cluster.name)) continue;
    const token = tokens[cluster.name];
    if (!token) {
      withoutToken.push(cluster.name);
      continue;
    }
    if (scans.addCluster({ ...cluster, serviceAccountToken: token }))
      added.push(cluster.name);
  }
  const listed = new Set(
    facts.clusters.filter(c => tokens[c.name]).map(c => c.name),
  );
  const removed = scans
    .catalogClusterNames()
    .filter(name => !listed.has(name) && scans.removeCluster(name));
  if (removed.length > 0) {
    logger.info(
      `Readiness stopped scanning ${
        removed.length
      } cluster(s) no longer in the catalog: ${removed.join(', ')}`,
    );
  }
  if (withoutToken.length > 0) {
    logger.warn(
      `Catalog clusters without a token in readiness.catalogClusters.serviceAccountTokens are not scanned: ${withoutToken.join(
        ', ',
      )}`,
    );
  }
  if (added.length > 0)
    logger.info(
      `Readiness found ${added.length} new catalog cluster(s): ${added.join(
        ', ',
      )}`,
    );
  return { added, removed };
}
