import { renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { RunbookLink } from './RunbookLink';

describe('RunbookLink', () => {
  it('navigates to a portal runbook inside the app', async () => {
    await renderInTestApp(
      <Routes>
        <Route
          path="/"
          element={
            <RunbookLink
              href="/readiness/runbooks/tenancy-resource-quotas"
              checkTitle="Every workload namespace has a ResourceQuota"
            />
          }
        />
        <Route
          path="/readiness/runbooks/:id"
          element={<div>the runbook page</div>}
        />
      </Routes>,
    );

    const link = screen.getByRole('link', {
      name: 'Runbook: Every workload namespace has a ResourceQuota',
    });
    expect(link).toHaveAttribute(
      'href',
      '/readiness/runbooks/tenancy-resource-quotas',
    );
    expect(link).not.toHaveAttribute('target');

    fireEvent.click(link);
    expect(await screen.findByText('the runbook page')).toBeInTheDocument();
  });

  it('opens a runbook elsewhere in a new tab', async () => {
    await renderInTestApp(
      <RunbookLink
        href="https://wiki.example.com/quotas"
        checkTitle="Every workload namespace has a ResourceQuota"
      />,
    );

    const link = screen.getByRole('link', {
      name: 'Runbook: Every workload namespace has a ResourceQuota',
    });
    expect(link).toHaveAttribute('href', 'https://wiki.example.com/quotas');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
