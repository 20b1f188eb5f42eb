import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import type {
  ReadinessApi,
  RunbookDocument,
} from '@readiness/plugin-readiness-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { clusterSummaries } from '../../__fixtures__/clusterSummaries';
import { mockReadinessApi } from '../../__fixtures__/mockReadinessApi';
import { responseError } from '../../__fixtures__/responseError';
import { readinessApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { ReadinessPage } from './ReadinessRouter';

const quotaRunbook: RunbookDocument = {
  id: 'tenancy-resource-quotas',
  title: 'Every workload namespace has a ResourceQuota',
  markdown: `# Every workload namespace has a ResourceQuota

Check id: \`tenancy-resource-quotas\` · Pillar: Multi-tenancy & isolation · Level 1

## Why it matters

Give containers defaults first; see [the LimitRange runbook](tenancy-limit-ranges.md).
Platform namespaces may be [exempted](README.md#exemptions), see
[the Kubernetes docs](https://kubernetes.io/docs/concepts/policy/resource-quotas/).

\`\`\`sh
kubectl get resourcequota -A
\`\`\`
`,
};

const limitRangeRunbook: RunbookDocument = {
  id: 'tenancy-limit-ranges',
  title: 'Every workload namespace has a LimitRange',
  markdown:
    '# Every workload namespace has a LimitRange\n\nApply a LimitRange.\n',
};

function runbooksApi(overrides: Partial<ReadinessApi> = {}) {
  return mockReadinessApi({
    getClusters: async () => clusterSummaries,
    getRunbook: async id =>
      id === 'tenancy-limit-ranges' ? limitRangeRunbook : quotaRunbook,
    ...overrides,
  });
}

/** The page mounted at /readiness as a legacy app's FlatRoutes would. */
async function renderAt(path: string, api: ReadinessApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[readinessApiRef, api]]}>
      <Routes>
        <Route path="/readiness/*" element={<ReadinessPage />} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/readiness': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}

describe('ReadinessPage (legacy routes)', () => {
  it('serves the report at its root', async () => {
    await renderAt('/readiness', runbooksApi());

    expect(await screen.findByText('prod-eu-1')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Production readiness' }),
    ).toBeInTheDocument();
  });

  it("serves a check's runbook with its title, pillar and level", async () => {
    const api = runbooksApi();
    await renderAt('/readiness/runbooks/tenancy-resource-quotas', api);

    expect(
      // Markdown is rendered by core-components' lazily loaded renderer: its first import in
      // a test worker can take seconds on a loaded machine.
      await screen.findByRole(
        'heading',
        { name: 'Why it matters' },
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(api.getRunbook).toHaveBeenCalledWith('tenancy-resource-quotas');
    // The title is the page header's, not repeated from the Markdown.
    expect(
      screen.getAllByRole('heading', {
        name: 'Every workload namespace has a ResourceQuota',
      }),
    ).toHaveLength(1);
    expect(
      screen.getByText('Multi-tenancy & isolation · level 1'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('kubectl get resourcequota -A'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Readiness runbook' }),
    ).toHaveAttribute('href', '/readiness');
    // Above the 15 s the lazy Markdown renderer may take (see above).
  }, 20_000);

  it('keeps links between runbooks inside the portal', async () => {
    const api = runbooksApi();
    await renderAt('/readiness/runbooks/tenancy-resource-quotas', api);

    const limitRanges = await screen.findByRole('link', {
      name: 'the LimitRange runbook',
    });
    expect(limitRanges).toHaveAttribute(
      'href',
      '/readiness/runbooks/tenancy-limit-ranges',
    );
    expect(screen.getByRole('link', { name: 'exempted' })).toHaveAttribute(
      'href',
      '/readiness/runbooks/readme#exemptions',
    );
    expect(
      screen.getByRole('link', { name: /the Kubernetes docs/ }),
    ).toHaveAttribute(
      'href',
      'https://kubernetes.io/docs/concepts/policy/resource-quotas/',
    );

    fireEvent.click(limitRanges);

    expect(await screen.findByText('Apply a LimitRange.')).toBeInTheDocument();
    expect(api.getRunbook).toHaveBeenLastCalledWith('tenancy-limit-ranges');
    expect(
      screen.getByText('Multi-tenancy & isolation · level 2'),
    ).toBeInTheDocument();
  });

  it('says there is no runbook when the backend has none', async () => {
    const error = await responseError(404, 'no runbook for check "made-up"');
    await renderAt(
      '/readiness/runbooks/made-up',
      runbooksApi({
        getRunbook: async () => {
          throw error;
        },
      }),
    );

    expect(
      await screen.findByText('No runbook for check made-up'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to the readiness report' }),
    ).toHaveAttribute('href', '/readiness');
  });

  it('says what failed on any other error', async () => {
    const error = await responseError(500, 'runbook folder unreadable');
    await renderAt(
      '/readiness/runbooks/tenancy-resource-quotas',
      runbooksApi({
        getRunbook: async () => {
          throw error;
        },
      }),
    );

    expect(
      await screen.findByText(
        'Could not load the runbook tenancy-resource-quotas: runbook folder unreadable',
        { exact: false },
      ),
    ).toBeInTheDocument();
  });

  it('shows progress while a runbook loads', async () => {
    await renderAt(
      '/readiness/runbooks/tenancy-resource-quotas',
      runbooksApi({ getRunbook: () => new Promise(() => {}) }),
    );

    await waitFor(() =>
      expect(screen.getByTestId('progress')).toBeInTheDocument(),
    );
  });

  it('answers unknown paths below the page with a 404', async () => {
    await renderAt('/readiness/nope', runbooksApi());

    expect(
      await screen.findByText(/No such readiness page/),
    ).toBeInTheDocument();
  });
});
