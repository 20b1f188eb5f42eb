import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { ReadinessApi } from '@readiness/plugin-readiness-common';
import { screen, within } from '@testing-library/react';
import {
  paymentsReadiness,
  unmatchedReadiness,
} from '../../__fixtures__/entityReadiness';
import { mockReadinessApi } from '../../__fixtures__/mockReadinessApi';
import { readinessApiRef } from '../../api';
import { EntityReadinessCard } from './EntityReadinessCard';

const payments: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments', namespace: 'default' },
  spec: {
    type: 'service',
    owner: 'group:payments-team',
    lifecycle: 'production',
  },
};

function apiReturning(
  getEntityReadiness: ReadinessApi['getEntityReadiness'],
): ReadinessApi {
  return mockReadinessApi({ getEntityReadiness });
}

async function renderCard(api: ReadinessApi, entity: Entity = payments) {
  return renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityReadinessCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('EntityReadinessCard', () => {
  it('asks the backend about the entity it is shown for', async () => {
    const api = apiReturning(async () => paymentsReadiness);
    await renderCard(api);

    expect(api.getEntityReadiness).toHaveBeenCalledWith({
      kind: 'component',
      namespace: 'default',
      name: 'payments',
    });
  });

  it('shows each cluster with its total, band and how many pillars were assessed', async () => {
    await renderCard(apiReturning(async () => paymentsReadiness));

    const prod = await screen.findByRole('region', {
      name: 'Cluster prod-eu-1',
    });
    expect(within(prod).getByText('prod-eu-1')).toBeInTheDocument();
    expect(within(prod).getByText('12 / 27')).toBeInTheDocument();
    expect(within(prod).getByText('partly ready')).toBeInTheDocument();
    expect(
      within(prod).getByText('6 of 9 pillars assessed'),
    ).toBeInTheDocument();
    expect(
      within(prod).getByText('scanned 42 minutes ago'),
    ).toBeInTheDocument();
    expect(within(prod).queryByText('stale')).not.toBeInTheDocument();

    const staging = screen.getByRole('region', {
      name: 'Cluster staging-eu-1',
    });
    expect(within(staging).getByText('9 / 27')).toBeInTheDocument();
    expect(
      within(staging).getByText('not production-ready'),
    ).toBeInTheDocument();
  });

  it('shows the nine pillars with titles and scores, unassessed ones as "not assessed"', async () => {
    await renderCard(apiReturning(async () => paymentsReadiness));

    const prod = await screen.findByRole('region', {
      name: 'Cluster prod-eu-1',
    });
    expect(within(prod).getAllByRole('img')).toHaveLength(9);
    expect(
      within(prod).getByText('Multi-tenancy & isolation'),
    ).toBeInTheDocument();
    expect(
      within(prod).getByRole('img', {
        name: 'Multi-tenancy & isolation: 1 of 3',
      }),
    ).toBeInTheDocument();
    expect(
      within(prod).getByRole('img', { name: 'Upgrades & lifecycle: 3 of 3' }),
    ).toBeInTheDocument();
    expect(within(prod).getByText('3 / 3')).toBeInTheDocument();
    expect(within(prod).getAllByText('not assessed')).toHaveLength(3);
    expect(
      within(prod).getByRole('img', { name: 'Backup & DR: not assessed' }),
    ).toBeInTheDocument();
    expect(within(prod).queryByText('0 / 3')).not.toBeInTheDocument();
    expect(
      within(prod).getByText(
        'coverage 80%: some checks could not be evaluated',
      ),
    ).toBeInTheDocument();
  });

  it("lists the isolation gaps of the entity's own namespaces", async () => {
    await renderCard(apiReturning(async () => paymentsReadiness));

    const prod = await screen.findByRole('region', {
      name: 'Cluster prod-eu-1',
    });
    expect(
      within(prod).getByText("Tenancy isolation of payments's namespaces"),
    ).toBeInTheDocument();
    const prodGaps = within(prod).getByRole('list', {
      name: 'Isolation gaps of payments-prod',
    });
    expect(within(prodGaps).getByText('no ResourceQuota')).toBeInTheDocument();
    expect(
      within(prodGaps).getByText('no default-deny NetworkPolicy'),
    ).toBeInTheDocument();
    const batchGaps = within(prod).getByRole('list', {
      name: 'Isolation gaps of payments-batch',
    });
    expect(
      within(batchGaps).getByText('Pod Security not enforced'),
    ).toBeInTheDocument();
    expect(
      within(batchGaps).getByText('pods use the default ServiceAccount'),
    ).toBeInTheDocument();
    expect(
      within(within(prod).getByText('payments-jobs').closest('li')!).getByText(
        'isolated',
      ),
    ).toBeInTheDocument();
  });

  it('lists the top five failing checks with evidence and runbook links', async () => {
    await renderCard(apiReturning(async () => paymentsReadiness));

    const prod = await screen.findByRole('region', {
      name: 'Cluster prod-eu-1',
    });
    const runbooks = within(prod).getAllByRole('link', { name: /^Runbook/ });
    expect(runbooks).toHaveLength(5);
    // The portal's own runbook page opens inside the app.
    const quota = within(prod).getByRole('link', {
      name: 'Runbook: Every workload namespace has a ResourceQuota',
    });
    expect(quota).toHaveAttribute(
      'href',
      '/readiness/runbooks/tenancy-resource-quotas',
    );
    expect(quota).not.toHaveAttribute('target');
    // Runbooks outside the portal open in a new tab.
    expect(
      within(prod).getByRole('link', {
        name: 'Runbook: cluster-admin is bound only to the platform admins',
      }),
    ).toHaveAttribute('target', '_blank');
    expect(
      within(prod).getByText('Namespace payments-prod has no ResourceQuota.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(
      within(prod).getByText(
        'unknown: NetworkPolicies in payments-prod could not be listed (403 Forbidden).',
        { exact: false },
      ),
    ).toBeInTheDocument();
    // The sixth and seventh are counted, not listed.
    expect(within(prod).queryByText('Alerts reach a receiver')).toBeNull();
    expect(
      within(prod).getByText('and 2 more failing checks'),
    ).toBeInTheDocument();
  });

  it('flags a stale cluster and says why its last scan failed', async () => {
    await renderCard(apiReturning(async () => paymentsReadiness));

    const staging = await screen.findByRole('region', {
      name: 'Cluster staging-eu-1',
    });
    expect(within(staging).getByText('stale')).toBeInTheDocument();
    expect(within(staging).getByText('scanned 3 days ago')).toBeInTheDocument();
    expect(
      within(staging).getByText(
        'Last scan failed: connect ECONNREFUSED 10.20.0.12:443 (is the API server reachable?)',
      ),
    ).toBeInTheDocument();
    expect(within(staging).getByText('No failing checks.')).toBeInTheDocument();
  });

  it('shows progress while loading', async () => {
    await renderCard(apiReturning(() => new Promise(() => {})));

    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('says what failed when the backend answers with an error', async () => {
    const response = new Response(
      JSON.stringify({
        error: { name: 'Error', message: 'database is locked' },
        request: { method: 'GET', url: '/entity/component/default/payments' },
        response: { statusCode: 500 },
      }),
      {
        status: 500,
        statusText: 'Internal Server Error',
        headers: { 'Content-Type': 'application/json' },
      },
    );
    const error = await ResponseError.fromResponse(response);
    await renderCard(
      apiReturning(async () => {
        throw error;
      }),
    );

    expect(
      await screen.findByText(
        'Could not load production readiness for component:default/payments: database is locked',
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('12 / 27')).not.toBeInTheDocument();
  });

  it('explains how to connect workloads when none were found', async () => {
    const ledger: Entity = {
      ...payments,
      metadata: {
        name: 'ledger',
        namespace: 'default',
        annotations: { 'backstage.io/kubernetes-id': 'ledger-svc' },
      },
    };
    await renderCard(
      apiReturning(async () => unmatchedReadiness),
      ledger,
    );

    expect(
      await screen.findByText(
        'No workloads of ledger were found on any scanned cluster',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('backstage.io/kubernetes-id=ledger'),
    ).toBeInTheDocument();
    const snippet = document.body.textContent ?? '';
    expect(snippet).toContain('backstage.io/kubernetes-id: ledger-svc');
    expect(snippet).toContain('backstage.io/kubernetes-namespace');
    expect(snippet).toContain('backstage.io/kubernetes-label-selector');
  });
});
