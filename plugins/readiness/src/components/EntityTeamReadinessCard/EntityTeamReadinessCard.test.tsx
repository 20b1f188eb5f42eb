import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { ReadinessApi } from '@readiness/plugin-readiness-common';
import { fireEvent, screen, within } from '@testing-library/react';
import { mockReadinessApi } from '../../__fixtures__/mockReadinessApi';
import { responseError } from '../../__fixtures__/responseError';
import {
  emptyTeamReadiness,
  paymentsTeamReadiness,
} from '../../__fixtures__/teamReadiness';
import { readinessApiRef } from '../../api';
import { EntityTeamReadinessCard } from './EntityTeamReadinessCard';

const payments: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'payments', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

async function renderCard(api: ReadinessApi, entity: Entity = payments) {
  return renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityTeamReadinessCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

function apiReturning(team = paymentsTeamReadiness) {
  return mockReadinessApi({ getTeamReadiness: async () => team });
}

/** The text of each body row of the namespaces table. */
function namespaceRows() {
  const table = screen.getByRole('table', {
    name: 'Namespaces this team owns',
  });
  const [, ...rows] = within(table).getAllByRole('row');
  return rows.map(row =>
    within(row)
      .getAllByRole('cell')
      .map(cell => {
        // A list's commas are drawn by CSS, which textContent does not see.
        const items = within(cell).queryAllByRole('listitem');
        return items.length > 0
          ? items.map(item => item.textContent).join(', ')
          : cell.textContent;
      }),
  );
}

describe('EntityTeamReadinessCard', () => {
  it('asks the backend about the group it is shown for', async () => {
    const api = apiReturning();
    await renderCard(api);

    expect(api.getTeamReadiness).toHaveBeenCalledWith({
      namespace: 'default',
      name: 'payments',
    });
  });

  it("totals the team's monthly cost and its spend on clusters below the bar", async () => {
    await renderCard(apiReturning());

    const cost = await screen.findByRole('group', { name: 'Monthly cost' });
    expect(cost).toHaveTextContent('$3,381');
    expect(cost).toHaveTextContent('4 namespaces on 2 clusters');
    expect(
      screen.getByRole('group', {
        name: 'Spend on clusters scoring below 10/27',
      }),
    ).toHaveTextContent('$930');
    expect(
      screen.getByRole('group', { name: 'Unpriced containers' }),
    ).toHaveTextContent('7');
  });

  it("shows the team's month-over-month growth and flags it at the threshold", async () => {
    await renderCard(
      apiReturning({
        ...paymentsTeamReadiness,
        growth: 0.25,
        growthFlag: true,
      }),
    );
    const cost = await screen.findByRole('group', { name: 'Monthly cost' });
    expect(cost).toHaveTextContent('+25% on last month (growth alert)');
  });

  it('says nothing about growth without a month of history', async () => {
    await renderCard(apiReturning({ ...paymentsTeamReadiness, growth: null }));
    const cost = await screen.findByRole('group', { name: 'Monthly cost' });
    expect(cost).not.toHaveTextContent('last month');
  });

  it('lists each namespace, costliest first, with cost, growth, unpriced containers and gaps', async () => {
    await renderCard(apiReturning());
    await screen.findByText('Namespaces');

    // A namespace with gaps has a second row: the gaps on a line of their own, one cell wide.
    expect(namespaceRows()).toEqual([
      ['payments-prod-us', 'payments', '$1,841', '+32%growth', '0', 'isolated'],
      [
        'legacy-onprem',
        'fraud-scoring',
        '$930',
        'no last month',
        '0',
        '2 gaps',
      ],
      ['no ResourceQuota, Pod Security not enforced'],
      ['payments-prod-us', 'ledger', '$610', '+4%', '2', '1 gap'],
      ['no default-deny NetworkPolicy'],
      [
        'legacy-onprem',
        'fraud-batch',
        'not priced',
        'no last month',
        '5',
        '1 gap',
      ],
      ['no ResourceQuota'],
    ]);
    const gaps = screen.getByRole('list', {
      name: 'Isolation gaps of fraud-scoring on legacy-onprem',
    });
    expect(
      within(gaps)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['no ResourceQuota', 'Pod Security not enforced']);
  });

  it('makes ownership conflicts and unowned spend prominent', async () => {
    await renderCard(apiReturning());

    const problems = await screen.findByRole('region', {
      name: 'Ownership problems',
    });
    expect(
      within(problems).getByText('Unattributed spend'),
    ).toBeInTheDocument();
    expect(
      within(problems).getByRole('list', { name: 'Ownership conflicts' }),
    ).toHaveTextContent(
      'legacy-onprem / shared-batch is claimed by group:default/payments (label team=payments) and group:default/search (Component search-indexer (backstage.io/kubernetes-id))',
    );
    expect(
      within(problems).getByText(
        "Unowned namespaces on this team's clusters: $420 a month that no team owns",
      ),
    ).toBeInTheDocument();
    const orphans = within(problems).getByRole('list', {
      name: 'Unowned namespaces',
    });
    expect(orphans).toHaveTextContent(
      'legacy-onprem / tmp-migration: $420 a month, no owner',
    );
    expect(orphans).toHaveTextContent(
      'payments-prod-us / debug-tools: not priced a month, no owner',
    );
    // Before the namespace table: it is the point of the card.
    expect(
      problems.compareDocumentPosition(
        screen.getByRole('table', { name: 'Namespaces this team owns' }),
      ) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('shows the clusters the team runs on with their totals and the team spend there', async () => {
    await renderCard(apiReturning());

    const clusters = await screen.findByRole('list', {
      name: 'Clusters this team runs on',
    });
    const [prod, legacy] = within(clusters).getAllByRole('listitem');
    expect(within(prod).getByText('24 / 27')).toBeInTheDocument();
    expect(within(prod).getByText('production-ready')).toBeInTheDocument();
    expect(prod).toHaveTextContent('team spend $2,451 a month');
    expect(
      within(prod).getByRole('link', { name: 'payments-prod-us' }),
    ).toHaveAttribute('href', '/catalog/default/resource/payments-prod-us');
    expect(within(legacy).getByText('5 / 27')).toBeInTheDocument();
    expect(within(legacy).getByText('stale')).toBeInTheDocument();
    expect(legacy).toHaveTextContent('8 of 9 pillars assessed');
  });

  it('shows the first ten namespaces and clusters and the first five unowned namespaces, the rest on demand', async () => {
    const clusters = Array.from({ length: 12 }, (_, i) => `cluster-${i}`);
    const base = paymentsTeamReadiness.namespaces[0];
    await renderCard(
      apiReturning({
        ...paymentsTeamReadiness,
        // 24 namespaces, 2 per cluster, costing 1 to 24: the costliest are the last.
        namespaces: clusters.flatMap((cluster, i) =>
          [1, 2].map(n => ({
            ...base,
            cluster,
            namespace: `ns-${n}`,
            monthlyCost: i * 2 + n,
          })),
        ),
        clusters: clusters.map(cluster => ({
          ...paymentsTeamReadiness.clusters[0],
          cluster,
        })),
        orphans: Array.from({ length: 7 }, (_, i) => ({
          cluster: 'cluster-0',
          namespace: `orphan-${i}`,
          monthlyCost: i,
        })),
        conflicts: [],
      }),
    );

    await screen.findByText('Namespaces');
    expect(namespaceRows().map(row => row[2])).toEqual(
      [24, 23, 22, 21, 20, 19, 18, 17, 16, 15].map(n => `$${n}.00`),
    );
    const clusterList = screen.getByRole('list', {
      name: 'Clusters this team runs on',
    });
    expect(within(clusterList).getAllByRole('listitem')).toHaveLength(10);
    // The cluster the team spends most on (ns 23 and 24) leads.
    expect(within(clusterList).getAllByRole('listitem')[0]).toHaveTextContent(
      'cluster-11',
    );
    const orphans = screen.getByRole('list', { name: 'Unowned namespaces' });
    expect(within(orphans).getAllByRole('listitem')).toHaveLength(5);
    expect(within(orphans).getAllByRole('listitem')[0]).toHaveTextContent(
      'orphan-6',
    );
    // The sum covers every unowned namespace, not only those shown: 0 + 1 + … + 6.
    expect(
      screen.getByText(/\$21\.00 a month that no team owns/),
    ).toBeInTheDocument();

    fireEvent.click(
      screen.getByRole('button', { name: 'Show all 24 namespaces' }),
    );
    expect(namespaceRows()).toHaveLength(24);
    fireEvent.click(screen.getByRole('button', { name: 'Show the first 10' }));
    expect(namespaceRows()).toHaveLength(10);
    fireEvent.click(
      screen.getByRole('button', { name: 'Show all 12 clusters' }),
    );
    expect(within(clusterList).getAllByRole('listitem')).toHaveLength(12);
    fireEvent.click(
      screen.getByRole('button', { name: 'Show all 7 unowned namespaces' }),
    );
    expect(within(orphans).getAllByRole('listitem')).toHaveLength(7);
  });

  it('explains how namespaces get an owner when the team owns none', async () => {
    await renderCard(apiReturning(emptyTeamReadiness), {
      ...payments,
      metadata: { name: 'search', namespace: 'default' },
    });

    expect(
      await screen.findByText(
        'search owns no namespace on any scanned cluster',
      ),
    ).toBeInTheDocument();
    const text = document.body.textContent ?? '';
    expect(text).toContain('team: search');
    expect(text).toContain('backstage.io/kubernetes-id: <component>');
    expect(
      screen.queryByRole('region', { name: 'Ownership problems' }),
    ).toBeNull();
  });

  it('says "not priced" rather than $0 when no cost could be computed', async () => {
    await renderCard(
      apiReturning({
        ...paymentsTeamReadiness,
        namespaces: paymentsTeamReadiness.namespaces.map(ns => ({
          ...ns,
          monthlyCost: null,
          currency: null,
        })),
        monthlyCost: 0,
        currency: null,
        spendBelowBar: { threshold: 10, monthlyCost: 0 },
      }),
    );

    const cost = await screen.findByRole('group', { name: 'Monthly cost' });
    expect(cost).toHaveTextContent('not priced');
    expect(cost).not.toHaveTextContent('0');
  });

  it('shows progress while loading', async () => {
    await renderCard(
      mockReadinessApi({ getTeamReadiness: () => new Promise(() => {}) }),
    );

    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('says what failed when the backend answers with an error', async () => {
    const error = await responseError(500, 'cost history unavailable');
    await renderCard(
      mockReadinessApi({
        getTeamReadiness: async () => {
          throw error;
        },
      }),
    );

    expect(
      await screen.findByText(
        'Could not load the clusters and costs of group:default/payments: cost history unavailable',
        { exact: false },
      ),
    ).toBeInTheDocument();
  });
});
