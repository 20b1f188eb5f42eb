import { renderTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { clusterSummaries } from './__fixtures__/clusterSummaries';
import { mockReadinessApi } from './__fixtures__/mockReadinessApi';
import readinessPlugin from './alpha';
import { readinessApiRef } from './api';

const readinessApi = mockReadinessApi({
  getClusters: async () => clusterSummaries,
  getRunbook: async id => ({
    id,
    title: 'Every workload namespace has a ResourceQuota',
    markdown:
      '# Every workload namespace has a ResourceQuota\n\n## Why it matters\n\nSee [limit ranges](tenancy-limit-ranges.md).\n',
  }),
});

/** The catalog plugin mounts entity pages in a real app; cluster names link there. */
const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('readiness plugin (new frontend system)', () => {
  it('serves the cluster report at /readiness under a "Readiness" header', async () => {
    renderTestApp({
      features: [readinessPlugin],
      apis: [[readinessApiRef, readinessApi]],
      mountedRoutes,
      initialRouteEntries: ['/readiness'],
    });

    expect(await screen.findByText('prod-eu-1')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: /Readiness/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Clusters')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'prod-eu-1' })).toHaveAttribute(
      'href',
      '/catalog/default/resource/prod-eu-1',
    );
  });

  it("serves a check's runbook below the report, linking on inside the app", async () => {
    renderTestApp({
      features: [readinessPlugin],
      apis: [[readinessApiRef, readinessApi]],
      mountedRoutes,
      initialRouteEntries: ['/readiness/runbooks/tenancy-resource-quotas'],
    });

    expect(
      // Markdown is rendered by core-components' lazily loaded renderer: its first import in
      // a test worker can take seconds on a loaded machine.
      await screen.findByRole(
        'heading',
        { name: 'Why it matters' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        name: 'Every workload namespace has a ResourceQuota',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Multi-tenancy & isolation · level 1'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'limit ranges' })).toHaveAttribute(
      'href',
      '/readiness/runbooks/tenancy-limit-ranges',
    );
    expect(readinessApi.getRunbook).toHaveBeenCalledWith(
      'tenancy-resource-quotas',
    );
    // Above the 15 s the lazy Markdown renderer may take (see above).
  }, 20_000);

  it('installs the client, the cards, the cluster tab and the page', () => {
    expect(readinessPlugin.getExtension('api:readiness')).toBeDefined();
    expect(
      readinessPlugin.getExtension('entity-card:readiness/readiness'),
    ).toBeDefined();
    expect(
      readinessPlugin.getExtension('entity-card:readiness/team'),
    ).toBeDefined();
    expect(
      readinessPlugin.getExtension('entity-content:readiness/cluster'),
    ).toBeDefined();
    expect(readinessPlugin.getExtension('page:readiness')).toBeDefined();
  });
});
