import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { ReadinessApi } from '@readiness/plugin-readiness-common';
import { screen, within } from '@testing-library/react';
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
      .map(cell => cell.textContent),
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

  it('lists each namespace with cost, growth, unpriced containers and gaps', async () => {
    await renderCard(apiReturning());
    await screen.findByText('Namespaces');

    expect(namespaceRows()).toEqual([
      ['payments-prod-us', 'payments', '$1,841', '+32%growth', '0', 'isolated'],
      [
        'payments-prod-us',
        'ledger',
        '$610',
        '+4%',
        '2',
        'no default-deny NetworkPolicy',
      ],
      [
        'legacy-onprem',
        'fraud-scoring',
        '$930',
        'no last month',
        '0',
        'no ResourceQuota, Pod Security not enforced',
      ],
      [
        'legacy-onprem',
        'fraud-batch',
        'not priced',
        'no last month',
        '5',
        'no ResourceQuota',
      ],
    ]);
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
