import { Entity } from '@backstage/catalog-model';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import type { ReadinessApi } from '@readiness/plugin-readiness-common';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { paymentsReadiness } from '../__fixtures__/entityReadiness';
import { readinessApiRef } from '../api';
import { readinessEntityCard } from './entityCards';

const readinessApi: ReadinessApi = {
  getEntityReadiness: jest.fn(async () => paymentsReadiness),
  getClusters: jest.fn(),
  getCluster: jest.fn(),
  refreshCluster: jest.fn(),
};

function entityOfKind(kind: string, name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec: {},
  };
}

/** A card that always renders, proving the page drew its cards when ours is absent. */
const sentinelCard = EntityCardBlueprint.make({
  name: 'sentinel',
  params: { loader: async () => <div>Sentinel card</div> },
});

describe('readinessEntityCard', () => {
  it.each(['Component', 'System'])('renders on a %s page', async kind => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: entityOfKind(kind, 'payments') }),
        readinessEntityCard,
      ],
      apis: [[readinessApiRef, readinessApi]],
    });

    expect(await screen.findByText('Production readiness')).toBeInTheDocument();
    expect(await screen.findByText('12 / 27')).toBeInTheDocument();
  });

  it.each(['Group', 'User'])('does not render on a %s page', async kind => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: entityOfKind(kind, 'payments-team') }),
        readinessEntityCard,
        sentinelCard,
      ],
      apis: [[readinessApiRef, readinessApi]],
    });

    expect(await screen.findByText('Sentinel card')).toBeInTheDocument();
    expect(screen.queryByText('Production readiness')).not.toBeInTheDocument();
  });
});
