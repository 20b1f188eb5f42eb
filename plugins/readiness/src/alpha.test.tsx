import { renderTestApp } from '@backstage/frontend-test-utils';
import type { ReadinessApi } from '@readiness/plugin-readiness-common';
import { screen } from '@testing-library/react';
import { clusterSummaries } from './__fixtures__/clusterSummaries';
import readinessPlugin from './alpha';
import { readinessApiRef } from './api';

const readinessApi: ReadinessApi = {
  getClusters: jest.fn(async () => clusterSummaries),
  getEntityReadiness: jest.fn(),
  getCluster: jest.fn(),
  refreshCluster: jest.fn(),
};

describe('readiness plugin (new frontend system)', () => {
  it('serves the cluster report at /readiness under a "Readiness" header', async () => {
    renderTestApp({
      features: [readinessPlugin],
      apis: [[readinessApiRef, readinessApi]],
      initialRouteEntries: ['/readiness'],
    });

    expect(await screen.findByText('prod-eu-1')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: /Readiness/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Clusters')).toBeInTheDocument();
  });

  it('installs the backend client as its API', () => {
    expect(readinessPlugin.getExtension('api:readiness')).toBeDefined();
    expect(
      readinessPlugin.getExtension('entity-card:readiness/readiness'),
    ).toBeDefined();
    expect(readinessPlugin.getExtension('page:readiness')).toBeDefined();
  });
});
