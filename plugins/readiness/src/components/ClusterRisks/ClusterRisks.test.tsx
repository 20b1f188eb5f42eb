import type { Risk } from '@readiness/plugin-readiness-common';
import { render, screen, within } from '@testing-library/react';
import { ClusterRisks, timeToImpact } from './ClusterRisks';

const risks: Risk[] = [
  {
    kind: 'certificate-expiry',
    title: 'Certificate ingress/shop-tls expires in 9 day(s)',
    daysToImpact: 9,
    objects: [{ kind: 'Certificate', namespace: 'ingress', name: 'shop-tls' }],
  },
  {
    kind: 'node-pressure',
    title: 'Node worker-2 reports DiskPressure',
    daysToImpact: 0,
    objects: [{ kind: 'Node', name: 'worker-2' }],
  },
  {
    kind: 'runaway-workload',
    title: '3 workload namespace(s) without a ResourceQuota',
    daysToImpact: null,
    objects: [],
  },
  {
    kind: 'data-loss',
    title: 'No backup succeeded in 40 days',
    daysToImpact: null,
    objects: [],
  },
];

describe('ClusterRisks', () => {
  it('lists the risks in order with the days left', () => {
    render(<ClusterRisks risks={risks} showObjects />);

    // Direct items only: each risk nests the list of its objects.
    const [certificate, node, quota] = Array.from(
      screen.getByRole('list', { name: 'What will fail first' }).children,
    ) as HTMLElement[];
    expect(
      within(certificate).getByText(
        'Certificate ingress/shop-tls expires in 9 day(s)',
      ),
    ).toBeInTheDocument();
    expect(within(certificate).getByText('in 9 days')).toBeInTheDocument();
    expect(
      within(certificate).getByText('Certificate ingress/shop-tls'),
    ).toBeInTheDocument();
    expect(within(node).getByText('failing now')).toBeInTheDocument();
    expect(within(node).getByText('Node worker-2')).toBeInTheDocument();
    // No date is known for a missing quota: no chip rather than a made-up one.
    expect(within(quota).queryByText(/^in |now/)).toBeNull();
  });

  it('shows only the first few when limited, and counts the rest', () => {
    render(<ClusterRisks risks={risks} limit={3} />);

    expect(screen.queryByText('No backup succeeded in 40 days')).toBeNull();
    expect(screen.getByText('and 1 more risk')).toBeInTheDocument();
  });

  it('says so when nothing is close to failing', () => {
    render(<ClusterRisks risks={[]} />);

    expect(screen.getByText(/No known risks/)).toBeInTheDocument();
  });
});

describe('timeToImpact', () => {
  it.each([
    [null, null],
    [0, 'now'],
    [-3, 'now'],
    [1, 'in 1 day'],
    [30, 'in 30 days'],
  ])('%p → %p', (days, expected) => {
    expect(timeToImpact(days)).toBe(expected);
  });
});
