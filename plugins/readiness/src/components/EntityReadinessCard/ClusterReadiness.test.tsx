import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp } from '@backstage/test-utils';
import type { EntityClusterReadiness } from '@readiness/plugin-readiness-common';
import { screen, within } from '@testing-library/react';
import { paymentsReadiness } from '../../__fixtures__/entityReadiness';
import { ClusterReadiness } from './ClusterReadiness';

const [prodCluster, stagingCluster] = paymentsReadiness.clusters;

async function renderCluster(cluster: EntityClusterReadiness) {
  return renderInTestApp(
    <ClusterReadiness cluster={cluster} entityName="payments" />,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

/** What the card says about one cluster beyond its scores: verdict sources, exemptions, risks. */
describe('ClusterReadiness', () => {
  it('marks a verdict that rests on an attestation, with whose and when', async () => {
    await renderCluster(prodCluster);

    const prod = await screen.findByRole('region', {
      name: 'Cluster prod-eu-1',
    });
    const sso = within(prod)
      .getByText('People sign in to the API server through OIDC / SSO')
      .closest('li')!;
    expect(
      within(sso).getByText('Identity & access, level 3, attested'),
    ).toBeInTheDocument();
    expect(
      within(sso).getByText('Attested by emil.larsen on May 2, 2025', {
        exact: false,
      }),
    ).toBeInTheDocument();
  });

  it('shows exempted checks as exempted, apart from the failures and not counted', async () => {
    await renderCluster(prodCluster);

    const prod = await screen.findByRole('region', {
      name: 'Cluster prod-eu-1',
    });
    const exempted = within(prod).getByRole('region', {
      name: 'Exempted checks',
    });
    expect(
      within(exempted).getByText(
        'Containers outside system namespaces run as non-root',
      ),
    ).toBeInTheDocument();
    expect(within(exempted).getByText('exempted')).toBeInTheDocument();
    expect(
      within(exempted).getByText(
        /^Exempted by ana.silva for namespace payments-prod, expires .*: The HSM driver needs root until the vendor ships v4$/,
      ),
    ).toBeInTheDocument();
  });

  it("names the cluster's top three risks with the days left", async () => {
    await renderCluster(prodCluster);

    const risks = await screen.findByRole('region', {
      name: 'Risks on prod-eu-1',
    });
    expect(within(risks).getByText('What will fail first')).toBeInTheDocument();
    expect(
      within(risks).getByText(
        'Certificate ingress/payments-tls expires in 9 day(s)',
      ),
    ).toBeInTheDocument();
    expect(within(risks).getByText('in 9 days')).toBeInTheDocument();
    expect(within(risks).getByText('failing now')).toBeInTheDocument();
    expect(
      within(risks).queryByText(
        'Kubernetes 1.31 leaves upstream support in 120 days',
      ),
    ).toBeNull();
    expect(within(risks).getByText('and 1 more risk')).toBeInTheDocument();
  });

  it('links each cluster to its catalog page', async () => {
    await renderCluster(prodCluster);

    const prod = await screen.findByRole('region', {
      name: 'Cluster prod-eu-1',
    });
    expect(
      within(prod).getByRole('link', { name: 'prod-eu-1' }),
    ).toHaveAttribute('href', '/catalog/default/resource/prod-eu-1');
  });

  it('leaves out the risk section for a cluster without risks', async () => {
    await renderCluster(stagingCluster);

    expect(
      await screen.findByRole('region', { name: 'Cluster staging-eu-1' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Risks on staging-eu-1' }),
    ).toBeNull();
  });
});
