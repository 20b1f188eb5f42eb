import type { Entity } from '@backstage/catalog-model';
import { renderTestApp } from '@backstage/frontend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import orgPlugin from '@backstage/plugin-org/alpha';
import {
  isKubernetesCluster,
  readinessApiRef,
  type ReadinessApi,
} from '@readiness/plugin-readiness';
import readinessPlugin from '@readiness/plugin-readiness/alpha';
import { screen, within } from '@testing-library/react';
import { loadDemoCatalog } from './__testUtils__/demoCatalog';

const entities = loadDemoCatalog();
const clusters = entities.filter(isKubernetesCluster);
const teams = entities.filter(entity => entity.kind === 'Group');

const scan = {
  lastSuccessAt: new Date().toISOString(),
  lastAttemptAt: new Date().toISOString(),
  lastError: null,
  stale: false,
};

/** A backend that knows every demo cluster and team, with nothing scored in detail. */
const readinessApi: ReadinessApi = {
  getClusters: jest.fn(async () => []),
  getEntityReadiness: jest.fn(async () => ({
    entityRef: '',
    matchedBy: null,
    clusters: [],
  })),
  getCluster: jest.fn(async (name: string) => ({ name, report: null, scan })),
  refreshCluster: jest.fn(async (name: string) => ({
    cluster: name,
    ok: true,
    error: null,
    total: 0,
    durationMs: 1,
  })),
  getReport: jest.fn(async () => ({ generatedAt: '', items: [] })),
  getClusterHistory: jest.fn(async (name: string) => ({ name, items: [] })),
  getTeamReadiness: jest.fn(async team => ({
    teamRef: `group:default/${team.name}`,
    namespaces: [],
    conflicts: [],
    orphans: [],
    clusters: [],
    monthlyCost: 0,
    currency: null,
    spendBelowBar: { threshold: 10, monthlyCost: 0 },
  })),
  getRunbook: jest.fn(),
  getReportCsv: jest.fn(),
};

function renderEntityPage(entity: Entity, tab = '') {
  const { namespace = 'default', name } = entity.metadata;
  return renderTestApp({
    features: [catalogPlugin, orgPlugin, readinessPlugin],
    apis: [
      [catalogApiRef, catalogApiMock({ entities })],
      [readinessApiRef, readinessApi],
    ],
    initialRouteEntries: [
      `/catalog/${namespace}/${entity.kind.toLocaleLowerCase(
        'en-US',
      )}/${name}${tab}`,
    ],
  });
}

/** The entity page's tabs: links in its content navigation. */
async function entityTabs() {
  return within(
    await screen.findByRole(
      'navigation',
      { name: 'Content navigation' },
      { timeout: 10_000 },
    ),
  );
}

// The first render loads the whole catalog plugin, which takes a few seconds in jsdom.
jest.setTimeout(20_000);

describe('Readiness on the demo catalog pages', () => {
  it('finds the three demo clusters and four demo teams', () => {
    expect(clusters.map(c => c.metadata.name)).toEqual([
      'legacy-onprem',
      'shop-staging-eu',
      'payments-prod-us',
    ]);
    expect(teams).toHaveLength(4);
  });

  it.each(clusters.map(c => [c.metadata.name, c] as const))(
    'gives the %s Resource a Readiness tab with its scorecard',
    async (name, cluster) => {
      renderEntityPage(cluster, '/readiness');

      const tab = (await entityTabs()).getByRole('link', { name: 'Readiness' });
      expect(tab).toHaveAttribute(
        'href',
        `/catalog/default/resource/${name}/readiness`,
      );
      expect(tab).toHaveAttribute('aria-current', 'page');
      expect(
        await screen.findByRole('button', { name: `Rescan ${name} now` }),
      ).toBeInTheDocument();
      expect(readinessApi.getCluster).toHaveBeenCalledWith(name);
    },
  );

  it('gives no Readiness tab to Resources that are not clusters', async () => {
    const database: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name: 'orders-db', namespace: 'default' },
      spec: { type: 'database', owner: 'group:default/payments' },
    };
    renderTestApp({
      features: [catalogPlugin, orgPlugin, readinessPlugin],
      apis: [
        [catalogApiRef, catalogApiMock({ entities: [...entities, database] })],
        [readinessApiRef, readinessApi],
      ],
      initialRouteEntries: ['/catalog/default/resource/orders-db'],
    });

    const tabs = await entityTabs();
    expect(tabs.getByRole('link', { name: 'Overview' })).toBeInTheDocument();
    expect(tabs.queryByRole('link', { name: 'Readiness' })).toBeNull();
  });

  it.each(teams.map(t => [t.metadata.name, t] as const))(
    'shows the team card on the %s Group page',
    async (name, team) => {
      renderEntityPage(team);

      expect(
        await screen.findByText(
          'Kubernetes readiness and cost',
          {},
          { timeout: 10_000 },
        ),
      ).toBeInTheDocument();
      expect(
        await screen.findByText(
          `${name} owns no namespace on any scanned cluster`,
        ),
      ).toBeInTheDocument();
    },
  );
});
