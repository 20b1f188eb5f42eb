import { renderInTestApp } from '@backstage/test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { responseError } from '../../__fixtures__/responseError';
import { RescanButton } from './RescanButton';

async function clickRescan(onRescan: () => Promise<void>) {
  await renderInTestApp(
    <RescanButton cluster="prod-eu-1" onRescan={onRescan} />,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Rescan prod-eu-1 now' }));
}

describe('RescanButton', () => {
  it('stays busy while the scan runs, then says it finished', async () => {
    let finish: () => void = () => {};
    await clickRescan(
      () =>
        new Promise<void>(resolve => {
          finish = resolve;
        }),
    );

    const button = screen.getByRole('button', { name: 'Rescan prod-eu-1 now' });
    expect(button).toBeDisabled();
    expect(button).toHaveTextContent('Scanning…');

    finish();

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Rescan finished.',
    );
    expect(button).toBeEnabled();
  });

  it('says which permission a refused rescan needs', async () => {
    const error = await responseError(
      403,
      'not allowed: readiness.cluster.refresh',
    );
    await clickRescan(async () => {
      throw error;
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You may not rescan this cluster: it needs the readiness.cluster.refresh permission (not allowed: readiness.cluster.refresh).',
    );
  });

  it('says why a scan failed', async () => {
    const error = await responseError(502, 'connect ETIMEDOUT 10.0.0.1:443');
    await clickRescan(async () => {
      throw error;
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Rescan failed: connect ETIMEDOUT 10.0.0.1:443',
    );
  });
});
