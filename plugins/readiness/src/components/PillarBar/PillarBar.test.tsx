import { render, screen } from '@testing-library/react';
import { PillarBar } from './PillarBar';

describe('PillarBar', () => {
  it('shows the pillar title and its score as text and as an accessible label', () => {
    render(<PillarBar title="Multi-tenancy & isolation" score={1} />);

    expect(screen.getByText('Multi-tenancy & isolation')).toBeInTheDocument();
    expect(screen.getByText('1 / 3')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Multi-tenancy & isolation: 1 of 3' }),
    ).toBeInTheDocument();
  });

  it('says "not assessed" for a pillar without a score, never 0', () => {
    render(<PillarBar title="Cost tracking" score={null} coverage={0} />);

    expect(screen.getByText('not assessed')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Cost tracking: not assessed' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('0 / 3')).not.toBeInTheDocument();
    expect(screen.queryByText(/coverage/)).not.toBeInTheDocument();
  });

  it('explains partial coverage', () => {
    render(<PillarBar title="Security hardening" score={2} coverage={0.8} />);

    expect(
      screen.getByText('coverage 80%: some checks could not be evaluated'),
    ).toBeInTheDocument();
  });

  it('says nothing about coverage when every check was evaluated', () => {
    render(<PillarBar title="Security hardening" score={2} coverage={1} />);

    expect(screen.queryByText(/coverage/)).not.toBeInTheDocument();
  });
});
