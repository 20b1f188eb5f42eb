import { fireEvent, render, screen, within } from '@testing-library/react';
import App from './App';

describe('App', () => {
  beforeEach(() => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'Readiness portal' },
            backend: { baseUrl: 'http://localhost:7007' },
          },
          context: 'test',
        },
      ] as any,
    };
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('starts and offers guest sign-in', async () => {
    render(App.createRoot());

    expect(
      await screen.findByRole('button', { name: 'Enter' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Guest')).toBeInTheDocument();
    expect(screen.queryByText('App startup failed')).not.toBeInTheDocument();
  });

  it('links the Readiness report from the sidebar once signed in, and serves it', async () => {
    // There is no auth backend in tests, so the guest provider asks to fall back to a
    // frontend-only guest identity; accept.
    jest.spyOn(window, 'confirm').mockReturnValue(true);
    jest.spyOn(console, 'warn').mockImplementation(() => {});
    render(App.createRoot());

    fireEvent.click(
      await screen.findByRole('button', { name: 'Enter' }, { timeout: 5000 }),
    );

    const sidebar = await screen.findByRole(
      'navigation',
      {},
      { timeout: 5000 },
    );
    const readinessLink = await within(sidebar).findByRole('link', {
      name: /Readiness/,
    });
    expect(readinessLink).toHaveAttribute('href', '/readiness');
    expect(
      within(sidebar).getByRole('link', { name: /Catalog/ }),
    ).toBeInTheDocument();

    // Without a backend the report can only fail, but it must say so on its own page.
    fireEvent.click(readinessLink);
    expect(
      await screen.findByText(/Could not load the cluster readiness report/),
    ).toBeInTheDocument();
  });
});
