import { render, screen } from '@testing-library/react';
import { minutesAgo } from '../../__fixtures__/time';
import { ScanStatus } from './ScanStatus';

describe('ScanStatus', () => {
  it('says when a fresh report was produced, without a stale chip', () => {
    render(
      <ScanStatus
        scan={{
          lastSuccessAt: minutesAgo(42),
          lastAttemptAt: minutesAgo(42),
          lastError: null,
          stale: false,
        }}
      />,
    );

    expect(screen.getByText('scanned 42 minutes ago')).toBeInTheDocument();
    expect(screen.queryByText('stale')).not.toBeInTheDocument();
  });

  it('flags a stale report and shows why the last scan failed', () => {
    render(
      <ScanStatus
        scan={{
          lastSuccessAt: minutesAgo(3 * 24 * 60),
          lastAttemptAt: minutesAgo(10),
          lastError: 'connect ECONNREFUSED 10.20.0.12:443',
          stale: true,
        }}
      />,
    );

    expect(screen.getByText('scanned 3 days ago')).toBeInTheDocument();
    expect(screen.getByText('stale')).toBeInTheDocument();
    expect(
      screen.getByText('Last scan failed: connect ECONNREFUSED 10.20.0.12:443'),
    ).toBeInTheDocument();
  });

  it('says so when no scan ever succeeded', () => {
    render(
      <ScanStatus
        scan={{
          lastSuccessAt: null,
          lastAttemptAt: minutesAgo(5),
          lastError: 'Unauthorized',
          stale: true,
        }}
        hideError
      />,
    );

    expect(screen.getByText('never scanned successfully')).toBeInTheDocument();
    expect(screen.queryByText(/Unauthorized/)).not.toBeInTheDocument();
  });
});
