import { Entity } from '@backstage/catalog-model';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import {
  prodClusterDetail,
  prodClusterHistory,
} from '../__fixtures__/clusterDetail';
import { mockReadinessApi } from '../__fixtures__/mockReadinessApi';
import { readinessApiRef, readinessDeclarationsApiRef } from '../api';
import { mockDeclarationsApi } from '../__fixtures__/mockDeclarationsApi';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { readinessClusterContent } from './entityContents';

const readinessApi = mockReadinessApi({
  getCluster: async () => prodClusterDetail,
  getClusterHistory: async () => prodClusterHistory,
});

function entity(kind: string, type?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name: 'prod-eu-1',
      namespace: 'default',
      annotations: { 'readiness.dev/cluster-name': 'prod-eu-1' },
    },
    spec: type ? { type } : {},
  };
}

describe('readinessClusterContent', () => {
  it('shows the scorecard on a kubernetes-cluster Resource', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({
          entity: entity('Resource', 'kubernetes-cluster'),
        }),
        readinessClusterContent,
      ],
      apis: [
        [readinessApiRef, readinessApi],
        [readinessDeclarationsApiRef, mockDeclarationsApi()],
        [permissionApiRef, mockApis.permission()],
      ],
    });

    expect(await screen.findByText('9 / 27')).toBeInTheDocument();
    expect(screen.getByText('What will fail first')).toBeInTheDocument();
  });

  it.each([
    ['a Resource of another type', entity('Resource', 'database')],
    ['a Resource without a type', entity('Resource')],
    ['a Component', entity('Component', 'kubernetes-cluster')],
    ['a Group', entity('Group')],
  ])('is not offered on %s', async (_, other) => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: other }),
        readinessClusterContent,
      ],
      apis: [
        [readinessApiRef, readinessApi],
        [readinessDeclarationsApiRef, mockDeclarationsApi()],
        [permissionApiRef, mockApis.permission()],
      ],
    });

    expect(await screen.findByTestId('empty-entity-page')).toBeInTheDocument();
    expect(screen.queryByText('9 / 27')).not.toBeInTheDocument();
  });
});
