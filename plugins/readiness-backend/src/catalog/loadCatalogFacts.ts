import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CatalogFacts, toCatalogFacts } from './catalogFacts';

/** Reads what scans need from the catalog, as the plugin itself (service credentials). */
export function catalogFactsLoader(
  catalog: CatalogService,
  auth: AuthService,
): () => Promise<CatalogFacts> {
  return async () => {
    const { items } = await catalog.getEntities(
      {
        filter: [
          { kind: 'component' },
          { kind: 'group' },
          { kind: 'resource', 'spec.type': 'kubernetes-cluster' },
        ],
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.annotations',
          'spec.owner',
          'spec.type',
        ],
      },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    return toCatalogFacts(items);
  };
}
