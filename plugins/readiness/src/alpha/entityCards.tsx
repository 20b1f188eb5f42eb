import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * The readiness card on the overview of Components and Systems, the entities whose workloads
 * run on clusters. Groups and Users get the team view instead.
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
