import { mockServices } from '@backstage/backend-test-utils';
import { CatalogFacts } from '../catalog/catalogFacts';
import { ClusterSourceConfig } from '../config';
import {
  CatalogClusterRegistry,
  discoverCatalogClusters,
} from './discoverCatalogClusters';

/** The registry half of ScanService: configured clusters plus those the catalog adds. */
function registry(configured: string[]): CatalogClusterRegistry {
  const clusters = new Set(configured);
  const fromCatalog = new Set<string>();
  return {
    clusterNames: () => [...clusters],
    catalogClusterNames: () => [...fromCatalog],
    addCluster: (cluster: ClusterSourceConfig) => {
      if (clusters.has(cluster.name)) return false;
      clusters.add(cluster.name);
      fromCatalog.add(cluster.name);
      return true;
    },
    removeCluster: (name: string) =>
      fromCatalog.delete(name) && clusters.delete(name),
  };
}

const facts = (...names: string[]): CatalogFacts => ({
  components: [],
  groups: [],
  attestations: new Map(),
  ignoredAttestations: new Map(),
  clusters: names.map(name => ({ name, url: `https://${name}:6443` })),
});

describe('discoverCatalogClusters', () => {
  const logger = mockServices.logger.mock();
  const tokens = { a: 't', b: 't', configured: 't' };

  it('adds catalog clusters with a token, and removes them when they leave the catalog', async () => {
    const scans = registry(['configured']);
    const discover = (catalogFacts: () => Promise<CatalogFacts>) =>
      discoverCatalogClusters({ catalogFacts, scans, tokens, logger });

    expect(
      await discover(async () => facts('a', 'b', 'no-token', 'configured')),
    ).toEqual({ added: ['a', 'b'], removed: [] });
    expect(scans.clusterNames().sort()).toEqual(['a', 'b', 'configured']);

    // "b" left the catalog; the configured cluster is never removed by the catalog.
    expect(await discover(async () => facts('a'))).toEqual({
      added: [],
      removed: ['b'],
    });
    expect(scans.clusterNames().sort()).toEqual(['a', 'configured']);

    // A catalog that cannot be read changes nothing.
    await expect(
      discover(async () => {
        throw new Error('catalog down');
      }),
    ).rejects.toThrow('catalog down');
    expect(scans.clusterNames().sort()).toEqual(['a', 'configured']);

    // Back in the catalog: added again.
    expect(await discover(async () => facts('a', 'b'))).toEqual({
      added: ['b'],
      removed: [],
    });
  });
});
