import { Entity } from '@backstage/catalog-model';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { screen } from '@testing-library/react';
import { paymentsReadiness } from '../__fixtures__/entityReadiness';
import { paymentsTeamReadiness } from '../__fixtures__/teamReadiness';
import { mockReadinessApi } from '../__fixtures__/mockReadinessApi';
import { readinessApiRef } from '../api';
import { readinessEntityCard, readinessTeamCard } from './entityCards';

const readinessApi = mockReadinessApi({
  getEntityReadiness: async () => paymentsReadiness,
  getTeamReadiness: async () => paymentsTeamReadiness,
});

function entityOfKind(kind: string, name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default' },
    spec: {},
  };
}

/**
 * A card that always renders, proving the page drew its cards when ours is absent. It loads
 * our cards' modules first, so a card of ours that the page wrongly drew is not still loading
 * when the sentinel shows.
 */
const sentinelCard = EntityCardBlueprint.make({
  name: 'sentinel',
  params: {
    loader: async () => {
      await Promise.all([
        import('../components/EntityReadinessCard'),
        import('../components/EntityTeamReadinessCard'),
      ]);
      return <div>Sentinel card</div>;
    },
  },
});

/** Fails if `text` shows within a second: what a drawn card would take once its module loaded. */
async function expectNeverShown(text: string) {
  await expect(
    screen.findByText(text, undefined, { timeout: 1_000 }),
  ).rejects.toThrow();
}

/**
 * Cards are extensions whose components load lazily: the first import in a test worker can take
 * seconds on a loaded machine, longer than findBy's default second.
 */
const LAZY = { timeout: 10_000 };
jest.setTimeout(20_000);

describe('readinessEntityCard', () => {
  it.each(['Component', 'System'])('renders on a %s page', async kind => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: entityOfKind(kind, 'payments') }),
        readinessEntityCard,
      ],
      apis: [[readinessApiRef, readinessApi]],
    });

    expect(
      await screen.findByText('Production readiness', undefined, LAZY),
    ).toBeInTheDocument();
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

    expect(
      await screen.findByText('Sentinel card', undefined, LAZY),
    ).toBeInTheDocument();
    await expectNeverShown('Production readiness');
  });
});

describe('readinessTeamCard', () => {
  it('renders on a Group page', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: entityOfKind('Group', 'payments') }),
        readinessTeamCard,
      ],
      apis: [[readinessApiRef, readinessApi]],
    });

    expect(
      await screen.findByText('Kubernetes readiness and cost', undefined, LAZY),
    ).toBeInTheDocument();
    expect(await screen.findByText('Unattributed spend')).toBeInTheDocument();
  });

  it.each(['Component', 'System', 'User', 'Resource'])(
    'does not render on a %s page',
    async kind => {
      renderTestApp({
        extensions: [
          createTestEntityPage({ entity: entityOfKind(kind, 'payments') }),
          readinessTeamCard,
          sentinelCard,
        ],
        apis: [[readinessApiRef, readinessApi]],
      });

      expect(
        await screen.findByText('Sentinel card', undefined, LAZY),
      ).toBeInTheDocument();
      await expectNeverShown('Kubernetes readiness and cost');
    },
  );
});
