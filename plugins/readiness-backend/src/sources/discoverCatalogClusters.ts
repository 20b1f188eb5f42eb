import { LoggerService } from '@backstage/backend-plugin-api';
import { CatalogFacts } from '../catalog/catalogFacts';
import { ScanService } from '../service/ScanService';

/**
 * Adds the catalog's kubernetes-cluster Resources that have a scanner token configured and are not
 * known yet. Returns the names added, for the caller to schedule. A cluster without a token is
 * reported once per discovery, not scanned: the catalog says where a cluster is, config says how
 * to log in.
 */
export async function discoverCatalogClusters(options: {
  catalogFacts: () => Promise<CatalogFacts>;
  scans: ScanService;
  tokens: Record<string, string>;
  logger: LoggerService;
}): Promise<string[]> {
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
  return added;
}
