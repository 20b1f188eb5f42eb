import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { mockDeclarationsApi } from '../../__fixtures__/mockDeclarationsApi';
import { readinessDeclarationsApiRef } from '../../api';
import { ClusterDeclarations } from './ClusterDeclarations';

// Its own file: usePermission caches decisions per permission for the whole module.
describe('ClusterDeclarations without the create permissions', () => {
  it('shows the lists but not the forms', async () => {
    const declarations = mockDeclarationsApi({
      exemptions: [
        {
          id: 'e1',
          cluster: 'prod-eu-1',
          check: 'security-non-root-containers',
          namespace: 'logging',
          object: null,
          reason: 'fluent-bit reads /var/log as root',
          by: 'user:default/jane',
          expires: '2027-03-31',
          createdAt: '2026-11-01T10:00:00.000Z',
          revokedAt: null,
          revokedBy: null,
          status: 'live',
        },
      ],
    });
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [readinessDeclarationsApiRef, declarations],
          [
            permissionApiRef,
            mockApis.permission({ authorize: AuthorizeResult.DENY }),
          ],
        ]}
      >
        <ClusterDeclarations
          cluster="prod-eu-1"
          failingChecks={['security-non-root-containers']}
          onChange={() => {}}
        />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText('fluent-bit reads /var/log as root'),
    ).toBeInTheDocument();
    expect(screen.getByText('logging')).toBeInTheDocument();
    expect(declarations.getExemptions).toHaveBeenCalledWith('prod-eu-1');
    expect(
      screen.queryByRole('form', { name: 'Add an attestation' }),
    ).toBeNull();
    expect(screen.queryByRole('form', { name: 'Add an exemption' })).toBeNull();
  });
});
