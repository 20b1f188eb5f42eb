import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import type { ReadinessApi } from '@readiness/plugin-readiness-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  prodClusterDetail,
  prodClusterHistory,
} from '../../__fixtures__/clusterDetail';
import { mockReadinessApi } from '../../__fixtures__/mockReadinessApi';
import { responseError } from '../../__fixtures__/responseError';
import { readinessApiRef, readinessDeclarationsApiRef } from '../../api';
import { mockDeclarationsApi } from '../../__fixtures__/mockDeclarationsApi';
import { EntityClusterReadinessContent } from './EntityClusterReadinessContent';

const clusterResource: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'prod-eu-1-cluster',
    namespace: 'default',
    annotations: { 'readiness.dev/cluster-name': 'prod-eu-1' },
  },
  spec: { type: 'kubernetes-cluster', owner: 'group:platform' },
};

function healthyApi(overrides: Partial<ReadinessApi> = {}) {
  return mockReadinessApi({
    getCluster: async () => prodClusterDetail,
    getClusterHistory: async () => prodClusterHistory,
    ...overrides,
  });
}

async function renderContent(
  api: ReadinessApi,
  entity = clusterResource,
  declarations = mockDeclarationsApi(),
  permission = mockApis.permission(),
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [readinessApiRef, api],
        [readinessDeclarationsApiRef, declarations],
        [permissionApiRef, permission],
      ]}
    >
      <EntityProvider entity={entity}>
        <EntityClusterReadinessContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

/** The list item of one check, named by its title. */
function checkItem(title: string) {
  return screen.getByRole('listitem', { name: title });
}

describe('EntityClusterReadinessContent', () => {
  it('asks for the cluster named by the annotation, else by the entity name', async () => {
    const api = healthyApi();
    await renderContent(api);
    expect(api.getCluster).toHaveBeenCalledWith('prod-eu-1');

    const unannotated = healthyApi();
    await renderContent(unannotated, {
      ...clusterResource,
      metadata: { name: 'staging-eu-1', namespace: 'default' },
    });
    expect(unannotated.getCluster).toHaveBeenCalledWith('staging-eu-1');
  });

  it('shows the verdict, what the cluster runs and how fresh the report is', async () => {
    await renderContent(healthyApi());

    expect(await screen.findByText('9 / 27')).toBeInTheDocument();
    expect(screen.getByText('not production-ready')).toBeInTheDocument();
    expect(screen.getByText('7 of 9 pillars assessed')).toBeInTheDocument();
    expect(
      screen.getByText('Kubernetes v1.31.4 · eks · eu-west-1'),
    ).toBeInTheDocument();
    expect(screen.getByText('scanned 42 minutes ago')).toBeInTheDocument();
  });

  it('puts what will fail first at the top, with the days left', async () => {
    await renderContent(healthyApi());

    const risks = await screen.findByRole('list', {
      name: 'What will fail first',
    });
    const [certificate, node] = Array.from(risks.children) as HTMLElement[];
    expect(certificate).toHaveTextContent(
      'Certificate ingress/payments-tls expires in 9 day(s)',
    );
    expect(within(certificate).getByText('in 9 days')).toBeInTheDocument();
    expect(within(node).getByText('failing now')).toBeInTheDocument();
    // Above the scorecard in reading order.
    expect(
      risks.compareDocumentPosition(
        screen.getByRole('region', { name: 'Identity & access' }),
      ) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('shows every pillar with its score, unassessed ones as such', async () => {
    await renderContent(healthyApi());
    await screen.findByText('9 / 27');

    expect(
      screen.getByRole('img', { name: 'Identity & access: 1 of 3' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Backup & DR: 0 of 3' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Cost tracking: not assessed' }),
    ).toBeInTheDocument();
    const tenancy = screen.getByRole('region', {
      name: 'Multi-tenancy & isolation',
    });
    expect(
      within(tenancy).getByText(
        'coverage 67%: some checks could not be evaluated',
      ),
    ).toBeInTheDocument();
    expect(
      within(
        screen.getByRole('region', { name: 'Incident response' }),
      ).getByText(/Not assessed: this version has no checks/),
    ).toBeInTheDocument();
  });

  it('shows the pillars of a cluster never read as not assessed, with every check', async () => {
    await renderContent(
      healthyApi({
        getCluster: async () => ({
          ...prodClusterDetail,
          scan: {
            ...prodClusterDetail.scan,
            lastSuccessAt: null,
            lastError: 'connect ECONNREFUSED 10.0.0.1:6443',
            stale: true,
          },
        }),
      }),
    );
    await screen.findByText('not scored yet');

    expect(
      screen.getByRole('img', { name: 'Backup & DR: not assessed' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('img', { name: /: \d of 3$/ }),
    ).not.toBeInTheDocument();
    // The checks and their reasons are still there.
    expect(
      within(
        screen.getByRole('region', { name: 'Multi-tenancy & isolation' }),
      ).getAllByRole('listitem').length,
    ).toBeGreaterThan(0);
  });

  it('shows each check with its status in words, level, source, evidence and runbook', async () => {
    await renderContent(healthyApi());
    await screen.findByText('9 / 27');

    const groups = checkItem(
      'People get access through groups, not individually bound Users',
    );
    expect(within(groups).getByText('fail')).toBeInTheDocument();
    expect(within(groups).getByText('level 2')).toBeInTheDocument();
    expect(within(groups).getByText('observed')).toBeInTheDocument();
    expect(
      within(groups).getByText('12 ClusterRoleBindings bind individual Users.'),
    ).toBeInTheDocument();
    expect(
      within(groups).getByText('ClusterRoleBinding user-binding-10'),
    ).toBeInTheDocument();
    expect(
      within(groups).queryByText('ClusterRoleBinding user-binding-11'),
    ).toBeNull();
    expect(within(groups).getByText('and 2 more')).toBeInTheDocument();
    const runbook = within(groups).getByRole('link', {
      name: 'Runbook: People get access through groups, not individually bound Users',
    });
    expect(runbook).toHaveAttribute(
      'href',
      '/readiness/runbooks/identity-humans-bound-as-groups',
    );
    expect(runbook).not.toHaveAttribute('target');

    expect(
      within(
        checkItem(
          'Every workload namespace denies ingress and egress by default',
        ),
      ).getByText('unknown'),
    ).toBeInTheDocument();
    expect(
      within(
        checkItem('Load tests that reflect production traffic have been run'),
      ).getByText('not applicable'),
    ).toBeInTheDocument();
    expect(
      within(
        checkItem('Images carry a fixed tag or digest, never :latest or none'),
      ).getByText('warn'),
    ).toBeInTheDocument();
    expect(
      within(
        checkItem(
          'Alerts fire on user-visible pain (error rate, latency, SLO burn), not only infrastructure',
        ),
      ).getByRole('link', { name: /^Runbook/ }),
    ).toHaveAttribute('target', '_blank');
  });

  it('marks attested verdicts with who attested and until when, and exempted ones as exempted', async () => {
    await renderContent(healthyApi());
    await screen.findByText('9 / 27');

    const sso = checkItem(
      'People sign in to the API server through OIDC / SSO',
    );
    expect(within(sso).getByText('pass')).toBeInTheDocument();
    expect(within(sso).getByText('attested')).toBeInTheDocument();
    expect(
      within(sso).getByText(
        'Attested by emil.larsen on May 2, 2025, expires Nov 2, 2999',
        { exact: false },
      ),
    ).toBeInTheDocument();

    const podSecurity = checkItem(
      'Every workload namespace enforces Pod Security baseline or restricted',
    );
    expect(within(podSecurity).getByText('exempted')).toBeInTheDocument();
    expect(within(podSecurity).queryByText('fail')).toBeNull();
    expect(
      within(podSecurity).getByText(
        'Exempted by ana.silva for namespace payments-hsm, expires Mar 31, 2999: The HSM driver needs privileged pods until the vendor ships v4',
      ),
    ).toBeInTheDocument();
  });

  it('lists the resources the scan could not read, and why', async () => {
    await renderContent(healthyApi());

    const gaps = await screen.findByRole('list', {
      name: 'Resources that could not be read',
    });
    expect(gaps).toHaveTextContent(
      'networkpolicies.networking.k8s.io (HTTP 403): the service account may not list networkpolicies at cluster scope',
    );
    expect(gaps).toHaveTextContent(
      'certificates.cert-manager.io: the CRD is not installed',
    );
  });

  it('lists the annotations the scan did not apply, and why, only when there are some', async () => {
    await renderContent(
      healthyApi({
        getCluster: async () => ({
          ...prodClusterDetail,
          report: {
            ...prodClusterDetail.report!,
            ignoredDeclarations: [
              {
                object: 'Namespace batch',
                annotation: 'readiness.dev/exempt.tenancy-resource-quotas',
                reason:
                  'expired on 2026-11-01: renew it with a new date, or remove it',
              },
            ],
          },
        }),
      }),
    );
    const ignored = await screen.findByRole('list', {
      name: 'Annotations not applied',
    });
    expect(ignored).toHaveTextContent(
      'readiness.dev/exempt.tenancy-resource-quotas on Namespace batch: expired on 2026-11-01: renew it with a new date, or remove it',
    );

    // A second card, for a report without any: it draws no such list.
    await renderContent(healthyApi());
    await waitFor(() =>
      expect(
        screen.getAllByRole('list', {
          name: 'Resources that could not be read',
        }),
      ).toHaveLength(2),
    );
    expect(
      screen.getAllByRole('list', { name: 'Annotations not applied' }),
    ).toHaveLength(1);
  });

  it('charts the score history', async () => {
    const api = healthyApi();
    await renderContent(api);

    expect(
      await screen.findByRole('img', {
        name: 'Total score over 5 days: from 6 of 27 on May 27, 2025 to 9 of 27 on May 31, 2025',
      }),
    ).toBeInTheDocument();
    expect(api.getClusterHistory).toHaveBeenCalledWith('prod-eu-1');
  });

  it('rescans on request and reloads the report', async () => {
    const api = healthyApi({
      refreshCluster: async () => ({
        cluster: 'prod-eu-1',
        ok: true,
        error: null,
        total: 20,
        durationMs: 5,
      }),
    });
    await renderContent(api);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Rescan prod-eu-1 now' }),
    );

    expect(await screen.findByText('Rescan finished.')).toBeInTheDocument();
    expect(api.refreshCluster).toHaveBeenCalledWith('prod-eu-1');
    await waitFor(() => expect(api.getCluster).toHaveBeenCalledTimes(2));
  });

  it('does not reload after a refused rescan, which changed nothing', async () => {
    const error = await responseError(403, 'not allowed');
    const api = healthyApi({
      refreshCluster: async () => {
        throw error;
      },
    });
    await renderContent(api);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Rescan prod-eu-1 now' }),
    );

    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(api.getCluster).toHaveBeenCalledTimes(1);
  });

  it('shows progress while loading', async () => {
    await renderContent(
      healthyApi({ getCluster: () => new Promise(() => {}) }),
    );

    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('explains how to connect the Resource when the backend has no such cluster', async () => {
    const error = await responseError(
      404,
      'no readiness report for cluster "prod-eu-1"',
    );
    await renderContent(
      healthyApi({
        getCluster: async () => {
          throw error;
        },
      }),
    );

    expect(
      await screen.findByText('No readiness report for cluster prod-eu-1'),
    ).toBeInTheDocument();
    expect(document.body.textContent).toContain(
      'readiness.dev/cluster-name: <name in readiness.clusters>',
    );
  });

  it('says what failed on any other error', async () => {
    const error = await responseError(500, 'database is locked');
    await renderContent(
      healthyApi({
        getCluster: async () => {
          throw error;
        },
      }),
    );

    expect(
      await screen.findByText(
        'Could not load the readiness of cluster prod-eu-1: database is locked',
        { exact: false },
      ),
    ).toBeInTheDocument();
  });

  it('lists attestations and lets a permitted user attest a check, then rescans', async () => {
    const api = healthyApi({
      refreshCluster: jest.fn(async () => ({
        cluster: 'prod-eu-1',
        ok: true,
        error: null,
        total: 20,
        durationMs: 5,
      })),
    });
    const declarations = mockDeclarationsApi({
      attestations: [
        {
          id: 'a1',
          cluster: 'prod-eu-1',
          check: 'backup-dr-drill',
          date: '2026-10-28',
          evidence: 'https://wiki.example.com/dr',
          by: 'user:default/jane',
          expires: '2027-01-26',
          createdAt: '2026-10-28T10:00:00.000Z',
          revokedAt: null,
          revokedBy: null,
          status: 'live',
        },
      ],
    });
    await renderContent(api, clusterResource, declarations);
    const attestations = await screen.findByRole('form', {
      name: 'Add an attestation',
    });
    expect(screen.getByText('user:default/jane')).toBeInTheDocument();
    expect(screen.getByText('https://wiki.example.com/dr')).toBeInTheDocument();

    fireEvent.change(within(attestations).getByLabelText(/Evidence/), {
      target: { value: 'https://wiki.example.com/sso' },
    });
    fireEvent.click(
      within(attestations).getByRole('button', { name: 'Attest' }),
    );
    await waitFor(() =>
      expect(declarations.createAttestation).toHaveBeenCalledWith(
        expect.objectContaining({
          cluster: 'prod-eu-1',
          evidence: 'https://wiki.example.com/sso',
        }),
      ),
    );
    await waitFor(() =>
      expect(api.refreshCluster).toHaveBeenCalledWith('prod-eu-1'),
    );
  });
});
