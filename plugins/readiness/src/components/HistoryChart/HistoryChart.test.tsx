import { fireEvent, render, screen, within } from '@testing-library/react';
import { prodClusterHistory } from '../../__fixtures__/clusterDetail';
import { HistoryChart } from './HistoryChart';
import { describeSeries } from './describeSeries';

describe('HistoryChart', () => {
  it('draws the total and each pillar with a summary a screen reader can read', () => {
    render(<HistoryChart history={prodClusterHistory} />);

    expect(
      screen.getByRole('img', {
        name: 'Total score over 5 days: from 6 of 27 on May 27, 2025 to 9 of 27 on May 31, 2025',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Security hardening over 5 days: from 0 of 3 on May 27, 2025 to 2 of 3 on May 31, 2025',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Cost tracking: not assessed on any day',
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('img')).toHaveLength(10);
    // First and last day under the total.
    expect(screen.getByText('May 27, 2025')).toBeInTheDocument();
    expect(screen.getByText('May 31, 2025')).toBeInTheDocument();
  });

  it('shows the same numbers as a table on request, latest day first', () => {
    render(<HistoryChart history={prodClusterHistory} />);
    expect(screen.queryByRole('table')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));

    const table = screen.getByRole('table', { name: 'Scores by day' });
    const [, latest] = within(table).getAllByRole('row');
    expect(
      within(latest)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual([
      'May 31, 2025',
      '9',
      '1',
      '0',
      '2',
      '1',
      '1',
      '–',
      '2',
      '2',
      '–',
    ]);
    expect(screen.getByRole('button', { name: 'Hide table' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  it('says when there is no history yet', () => {
    render(<HistoryChart history={{ name: 'new', items: [] }} />);

    expect(screen.getByText(/No history yet/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('describeSeries', () => {
  it('describes a single day', () => {
    expect(describeSeries('Total score', ['2025-05-31'], [12], 27)).toBe(
      'Total score: 12 of 27 on May 31, 2025',
    );
  });

  it('skips days without a value', () => {
    expect(
      describeSeries('Backup & DR', ['2025-05-30', '2025-05-31'], [null, 2], 3),
    ).toBe('Backup & DR: 2 of 3 on May 31, 2025');
  });
});
