import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { ReadinessApi } from '@readiness/plugin-readiness-common';
import { screen } from '@testing-library/react';
import { prodClusterHistory } from '../../__fixtures__/clusterDetail';
import { mockReadinessApi } from '../../__fixtures__/mockReadinessApi';
import { responseError } from '../../__fixtures__/responseError';
import { readinessApiRef } from '../../api';
import { ClusterHistorySection } from './ClusterHistorySection';

async function renderSection(api: ReadinessApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, api]]}>
      <ClusterHistorySection cluster="prod-eu-1" />
    </TestApiProvider>,
  );
}

describe('ClusterHistorySection', () => {
  it("charts the cluster's history", async () => {
    const api = mockReadinessApi({
      getClusterHistory: async () => prodClusterHistory,
    });
    await renderSection(api);

    expect(
      await screen.findByRole('img', { name: /^Total score over 5 days/ }),
    ).toBeInTheDocument();
    expect(api.getClusterHistory).toHaveBeenCalledWith('prod-eu-1');
  });

  it('says why the history could not be loaded', async () => {
    const error = await responseError(500, 'history table is missing');
    await renderSection(
      mockReadinessApi({
        getClusterHistory: async () => {
          throw error;
        },
      }),
    );

    expect(
      await screen.findByText(
        'Could not load the score history of prod-eu-1: history table is missing',
        { exact: false },
      ),
    ).toBeInTheDocument();
  });
});
