import { render, screen } from '@testing-library/react';
import { ScoreBadge } from './ScoreBadge';

describe('ScoreBadge', () => {
  it.each([
    [7, 'not production-ready'],
    [12, 'partly ready'],
    [21, 'production-ready'],
  ])('shows %i / 27 and names its band "%s"', (total, band) => {
    render(<ScoreBadge total={total} max={27} />);

    expect(screen.getByText(`${total} / 27`)).toBeInTheDocument();
    expect(screen.getByText(band)).toBeInTheDocument();
  });

  it.each(['large', 'compact'] as const)(
    'names the band in words in the %s size too',
    size => {
      render(<ScoreBadge total={12} max={27} size={size} />);

      expect(screen.getByText('12 / 27')).toBeInTheDocument();
      expect(screen.getByText('partly ready')).toBeInTheDocument();
    },
  );

  it('says a cluster without a total is not scored yet', () => {
    render(<ScoreBadge total={null} max={27} />);

    expect(screen.getByText('not scored yet')).toBeInTheDocument();
  });
});
