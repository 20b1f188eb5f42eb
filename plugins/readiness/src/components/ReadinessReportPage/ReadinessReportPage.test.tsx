import { ResponseError } from '@backstage/errors';
import { analyticsApiRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import type { ReadinessApi } from '@readiness/plugin-readiness-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { clusterSummaries } from '../../__fixtures__/clusterSummaries';
import { mockReadinessApi } from '../../__fixtures__/mockReadinessApi';
import { readinessApiRef } from '../../api';
import { ReadinessReportPage } from './ReadinessReportPage';

function apiReturning(getClusters: ReadinessApi['getClusters']): ReadinessApi {
  return mockReadinessApi({ getClusters });
}

async function renderPage(api: ReadinessApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, api]]}>
      <ReadinessReportPage />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
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

/**
 * The cluster names of the body rows, read from the DOM directly: role queries over a page
 * of 100 rows take seconds in jsdom.
 */
function clusterColumn() {
  return Array.from(
    document.querySelectorAll('tbody tr td:first-child'),
    cell => cell.textContent,
  );
}

describe('ReadinessReportPage', () => {
  it('shows every cluster against the nine pillars with its total and scan state', async () => {
    await renderPage(apiReturning(async () => clusterSummaries));

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
    await renderPage(apiReturning(async () => clusterSummaries));
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

  it('sorts by a pillar, unassessed clusters first, and flips on a second click', async () => {
    await renderPage(apiReturning(async () => clusterSummaries));
    await screen.findByText('prod-eu-1');
    const header = screen.getByRole('columnheader', { name: 'Identity' });

    fireEvent.click(within(header).getByText('Identity'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const ascending = bodyRows().map(row => [row[0], row[3]]);
    expect(ascending[0]).toEqual(['edge-us-2', '–not assessed']);

    fireEvent.click(within(header).getByText('Identity'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(bodyRows().map(row => [row[0], row[3]])).toEqual(
      [...ascending].reverse(),
    );
  });

  describe('with more clusters than a page', () => {
    // 150 clusters named c-000 … c-149, scored 0 … 26 in turn.
    const many = Array.from({ length: 150 }, (_, i) => ({
      ...clusterSummaries[0],
      name: `c-${String(i).padStart(3, '0')}`,
      total: i % 27,
    }));

    it('pages by 100 and counts every cluster in the footer', async () => {
      await renderPage(apiReturning(async () => many));
      await screen.findByText('c-000');

      expect(screen.getByText('1-100 of 150')).toBeInTheDocument();
      expect(clusterColumn()).toHaveLength(100);

      fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
      expect(screen.getByText('101-150 of 150')).toBeInTheDocument();
      expect(clusterColumn()[0]).toBe('c-100');
      expect(clusterColumn()).toHaveLength(50);
    });

    it('sorts every cluster, not only the page, and goes back to the first page', async () => {
      await renderPage(apiReturning(async () => many));
      await screen.findByText('c-000');
      fireEvent.click(screen.getByRole('button', { name: 'Next page' }));

      // The second header, found without a role query (slow over 100 rows).
      const header = document.querySelectorAll<HTMLElement>('thead th')[1];
      expect(header).toHaveTextContent('Total');
      fireEvent.click(within(header).getByText('Total'));

      // Back on the first page, which now starts with the lowest totals of all 150,
      // two of them from what was the second page; ties keep the server's order.
      expect(screen.getByText('1-100 of 150')).toBeInTheDocument();
      expect(clusterColumn().slice(0, 7)).toEqual([
        'c-000',
        'c-027',
        'c-054',
        'c-081',
        'c-108',
        'c-135',
        'c-001',
      ]);
    });

    it('drops paging when the filters leave one page', async () => {
      await renderPage(apiReturning(async () => many));
      await screen.findByText('c-000');
      fireEvent.click(screen.getByRole('button', { name: 'Next page' }));

      fireEvent.change(screen.getByLabelText('Search clusters'), {
        target: { value: 'c-01' },
      });

      expect(clusterColumn()).toHaveLength(10);
      expect(screen.queryByText(/ of 150$/)).not.toBeInTheDocument();
      expect(
        screen.getByText(/^Showing 10 of 150 clusters/),
      ).toBeInTheDocument();
    });
  });

  it('shows the filters and the table header with progress in place of the rows while loading', async () => {
    const getClusters = jest.fn(() => new Promise<never>(() => {}));
    await renderPage(apiReturning(getClusters));

    expect(
      await screen.findByRole('columnheader', { name: 'Total' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Loading the clusters…')).toBeInTheDocument();
    expect(screen.getByLabelText('Search clusters')).toBeInTheDocument();
    expect(screen.getByTestId('progress')).toBeInTheDocument();
    // No empty-report message and no pager before the answer.
    expect(screen.queryByText(/No cluster/)).not.toBeInTheDocument();
    expect(screen.queryByText(/ of \d+$/)).not.toBeInTheDocument();
    // One request, sent by the first render and kept across the re-renders.
    expect(getClusters).toHaveBeenCalledTimes(1);
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
      apiReturning(async () => {
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
    await renderPage(apiReturning(async () => []));

    expect(
      await screen.findByText(/No cluster has been scored yet/),
    ).toBeInTheDocument();
  });

  it("links each cluster name to the cluster's catalog page, navigating in the app", async () => {
    const analytics = mockApis.analytics.mock();
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [readinessApiRef, apiReturning(async () => clusterSummaries)],
          [analyticsApiRef, analytics],
        ]}
      >
        <Routes>
          <Route path="/" element={<ReadinessReportPage />} />
          <Route
            path="/catalog/:namespace/:kind/:name"
            element={<p>catalog page</p>}
          />
        </Routes>
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );

    const link = await screen.findByRole('link', { name: 'prod-eu-1' });
    expect(link).toHaveAttribute('href', '/catalog/default/resource/prod-eu-1');
    // A click with a modifier is the browser's (a new tab): the app stays.
    fireEvent.click(link, { ctrlKey: true });
    expect(screen.queryByText('catalog page')).not.toBeInTheDocument();

    fireEvent.click(link);
    expect(await screen.findByText('catalog page')).toBeInTheDocument();
    // Reported as core-components' Link reports a click.
    expect(analytics.captureEvent).toHaveBeenCalledTimes(1);
    expect(analytics.captureEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        action: 'click',
        subject: 'prod-eu-1',
        attributes: { to: '/catalog/default/resource/prod-eu-1' },
      }),
    );
  });

  it('filters by a text search over names and scan errors', async () => {
    await renderPage(apiReturning(async () => clusterSummaries));
    await screen.findByText('prod-eu-1');

    fireEvent.change(screen.getByLabelText('Search clusters'), {
      target: { value: 'ECONNREFUSED' },
    });

    expect(bodyRows().map(row => row[0])).toEqual(['staging-eu-1']);
    expect(screen.getByText(/^Showing 1 of 3 clusters/)).toBeInTheDocument();
  });

  it('filters by score band and by staleness', async () => {
    await renderPage(apiReturning(async () => clusterSummaries));
    await screen.findByText('prod-eu-1');

    const band = screen.getByRole('combobox', { name: 'Score band' });
    expect(
      within(band).getByRole('option', {
        name: 'Red: not production-ready (under 10)',
      }),
    ).toBeInTheDocument();
    fireEvent.change(band, { target: { value: 'not-ready' } });
    expect(bodyRows().map(row => row[0])).toEqual(['staging-eu-1']);

    fireEvent.change(band, { target: { value: 'all' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Stale only' }));
    expect(bodyRows().map(row => row[0])).toEqual([
      'staging-eu-1',
      'edge-us-2',
    ]);
  });

  it('says so when no cluster matches the filters', async () => {
    await renderPage(apiReturning(async () => clusterSummaries));
    await screen.findByText('prod-eu-1');

    fireEvent.change(screen.getByLabelText('Search clusters'), {
      target: { value: 'no-such-cluster' },
    });

    expect(
      screen.getByText('No cluster matches these filters.'),
    ).toBeInTheDocument();
  });

  describe('Export CSV', () => {
    const createObjectURL = jest.fn(() => 'blob:report');
    beforeEach(() => {
      Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    });
    afterEach(() => jest.restoreAllMocks());

    it('downloads the CSV from the backend as readiness-report.csv', async () => {
      const click = jest
        .spyOn(HTMLAnchorElement.prototype, 'click')
        .mockImplementation(() => {});
      const api = mockReadinessApi({
        getClusters: async () => clusterSummaries,
        getReportCsv: async () => 'cluster,total\nprod-eu-1,12\n',
      });
      await renderPage(api);

      fireEvent.click(
        await screen.findByRole('button', { name: 'Export CSV' }),
      );

      await waitFor(() => expect(click).toHaveBeenCalled());
      const anchor = click.mock.contexts[0] as HTMLAnchorElement;
      expect(anchor.download).toBe('readiness-report.csv');
      expect(api.getReportCsv).toHaveBeenCalledTimes(1);
      const [blob] = createObjectURL.mock.calls[0] as unknown as [Blob];
      expect(await blob.text()).toBe('cluster,total\nprod-eu-1,12\n');
    });

    it('says why an export failed', async () => {
      const error = await ResponseError.fromResponse(
        new Response(
          JSON.stringify({
            error: { name: 'Error', message: 'report is being rebuilt' },
            response: { statusCode: 503 },
          }),
          { status: 503, headers: { 'Content-Type': 'application/json' } },
        ),
      );
      await renderPage(
        mockReadinessApi({
          getClusters: async () => clusterSummaries,
          getReportCsv: async () => {
            throw error;
          },
        }),
      );

      fireEvent.click(
        await screen.findByRole('button', { name: 'Export CSV' }),
      );

      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Could not export the report: report is being rebuilt',
      );
    });
  });
});
