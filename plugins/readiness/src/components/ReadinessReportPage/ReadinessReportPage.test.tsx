import { ResponseError } from '@backstage/errors';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type { ReadinessApi } from '@readiness/plugin-readiness-common';
import { fireEvent, screen, within } from '@testing-library/react';
import { clusterSummaries } from '../../__fixtures__/clusterSummaries';
import { readinessApiRef } from '../../api';
import { ReadinessReportPage } from './ReadinessReportPage';

function mockReadinessApi(
  getClusters: ReadinessApi['getClusters'],
): ReadinessApi {
  return {
    getClusters: jest.fn(getClusters),
    getEntityReadiness: jest.fn(),
    getCluster: jest.fn(),
    refreshCluster: jest.fn(),
  };
}

async function renderPage(api: ReadinessApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, api]]}>
      <ReadinessReportPage />
    </TestApiProvider>,
  );
}

/** The body rows of the table, each as the list of its cells' text. */
function bodyRows() {
  const [, ...rows] = screen.getAllByRole('row');
  return rows.map(row =>
    within(row)
      .getAllByRole('cell')
      .map(cell => cell.textContent),
  );
}

describe('ReadinessReportPage', () => {
  it('shows every cluster against the nine pillars with its total and scan state', async () => {
    await renderPage(mockReadinessApi(async () => clusterSummaries));

    expect(await screen.findByText('prod-eu-1')).toBeInTheDocument();
    for (const title of ['Identity', 'Tenancy', 'Incidents', 'Total']) {
      expect(
        screen.getByRole('columnheader', { name: title }),
      ).toBeInTheDocument();
    }
    expect(screen.getByTitle('Multi-tenancy & isolation')).toHaveTextContent(
      'Tenancy',
    );

    const [prod, staging, edge] = bodyRows();
    // Cluster, total, last scan, then the nine pillars in rubric order.
    expect(prod).toEqual([
      'prod-eu-1',
      '12 / 27partly ready6 of 9 pillars assessed',
      '42 minutes ago',
      '2',
      '–not assessed',
      '2',
      '3',
      '1',
      '–not assessed',
      '2',
      '2',
      '–not assessed',
    ]);
    expect(staging[0]).toBe('staging-eu-1');
    expect(staging[2]).toContain('3 days ago');
    expect(staging[2]).toContain('stale');
    expect(staging[2]).toContain('connect ECONNREFUSED');
    expect(edge[0]).toBe('edge-us-2');
    expect(edge[1]).toContain('not scored yet');
    expect(edge[2]).toContain('never');
    expect(edge[2]).toContain('stale');
  });

  it('sorts by total when its header is clicked', async () => {
    await renderPage(mockReadinessApi(async () => clusterSummaries));
    await screen.findByText('prod-eu-1');
    const totalHeader = screen.getByRole('columnheader', { name: 'Total' });

    fireEvent.click(within(totalHeader).getByText('Total'));
    expect(bodyRows().map(row => row[0])).toEqual([
      'edge-us-2',
      'staging-eu-1',
      'prod-eu-1',
    ]);

    fireEvent.click(within(totalHeader).getByText('Total'));
    expect(bodyRows().map(row => row[0])).toEqual([
      'prod-eu-1',
      'staging-eu-1',
      'edge-us-2',
    ]);
  });

  it('shows progress while loading', async () => {
    await renderPage(mockReadinessApi(() => new Promise(() => {})));

    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('says what failed when the backend answers with an error', async () => {
    const error = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'NotAllowedError', message: 'Unauthorized' },
          response: { statusCode: 403 },
        }),
        { status: 403, headers: { 'Content-Type': 'application/json' } },
      ),
    );
    await renderPage(
      mockReadinessApi(async () => {
        throw error;
      }),
    );

    expect(
      await screen.findByText(
        'Could not load the cluster readiness report: Unauthorized',
        { exact: false },
      ),
    ).toBeInTheDocument();
  });

  it('explains where clusters come from when none is scored', async () => {
    await renderPage(mockReadinessApi(async () => []));

    expect(
      await screen.findByText(/No cluster has been scored yet/),
    ).toBeInTheDocument();
  });
});
