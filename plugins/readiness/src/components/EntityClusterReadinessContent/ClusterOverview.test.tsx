import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { prodClusterDetail } from '../../__fixtures__/clusterDetail';
import { ClusterOverview } from './ClusterOverview';

describe('ClusterOverview', () => {
  it('shows the verdict, the server and the scan state', async () => {
    await renderInTestApp(
      <ClusterOverview
        name="prod-eu-1"
        report={prodClusterDetail.report}
        scan={prodClusterDetail.scan}
        onRescan={async () => {}}
      />,
    );

    expect(screen.getByText('9 / 27')).toBeInTheDocument();
    expect(
      screen.getByText('Cluster prod-eu-1, scored 0–3 on each of nine pillars'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Kubernetes v1.31.4 · eks · eu-west-1'),
    ).toBeInTheDocument();
  });

  it('shows a cluster that was never scanned successfully, with a way to rescan', async () => {
    await renderInTestApp(
      <ClusterOverview
        name="prod-eu-1"
        report={null}
        scan={{
          lastSuccessAt: null,
          lastAttemptAt: null,
          lastError: 'Unauthorized: the token was rejected (401)',
          stale: true,
        }}
        onRescan={async () => {}}
      />,
    );

    expect(screen.getByText('not scored yet')).toBeInTheDocument();
    expect(screen.getByText('never scanned successfully')).toBeInTheDocument();
    expect(screen.getByText('stale')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Last scan failed: Unauthorized: the token was rejected (401)',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Rescan prod-eu-1 now' }),
    ).toBeInTheDocument();
  });

  it('shows no score for the all-unknown report of a cluster never read', async () => {
    await renderInTestApp(
      <ClusterOverview
        name="prod-eu-1"
        report={prodClusterDetail.report}
        scan={{
          lastSuccessAt: null,
          lastAttemptAt: '2026-11-25T10:00:00.000Z',
          lastError: 'connect ECONNREFUSED 10.0.0.1:6443',
          stale: true,
        }}
        onRescan={async () => {}}
      />,
    );

    expect(screen.getByText('not scored yet')).toBeInTheDocument();
    expect(screen.queryByText('9 / 27')).not.toBeInTheDocument();
    expect(screen.getByText(/^No pillar assessed/)).toBeInTheDocument();
  });
});
