import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * The readiness card on the overview of Components and Systems, the entities whose workloads
 * run on clusters. Groups get the team card instead.
 */
export const readinessEntityCard = EntityCardBlueprint.make({
  name: 'readiness',
  params: {
    type: 'content',
    filter: { kind: { $in: ['component', 'system'] } },
    loader: () =>
      import('../components/EntityReadinessCard').then(m => (
        <m.EntityReadinessCard />
      )),
  },
});

/**
 * The team card on Group pages: the namespaces the team owns, their cost, unowned and disputed
 * namespaces, and the readiness of the team's clusters.
 */
export const readinessTeamCard = EntityCardBlueprint.make({
  name: 'team',
  params: {
    type: 'content',
    filter: { kind: 'group' },
    loader: () =>
      import('../components/EntityTeamReadinessCard').then(m => (
        <m.EntityTeamReadinessCard />
      )),
  },
});
