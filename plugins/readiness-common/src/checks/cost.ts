import { CheckDefinition } from './types';

/** Cost tracking: spend attributable per namespace and team, requests set, growth alerted. @public */
export const COST_CHECKS: readonly CheckDefinition[] = [
  {
    id: 'cost-requests-set',
    pillar: 'cost',
    level: 1,
    title: 'At least 80% of workload containers request CPU and memory',
  },
  {
    id: 'cost-namespaces-mostly-attributed',
    pillar: 'cost',
    level: 1,
    title: 'At least half of the workload namespaces name an owning team',
  },
  {
    id: 'cost-namespaces-attributed',
    pillar: 'cost',
    level: 2,
    title: 'Every workload namespace names an owning team',
  },
  {
    id: 'cost-allocation-tool',
    pillar: 'cost',
    level: 2,
    title: 'A cost allocation tool (OpenCost or Kubecost) runs in the cluster',
  },
  {
    id: 'cost-growth-alerts',
    pillar: 'cost',
    level: 3,
    title: 'An alert fires on unusual spend growth',
    attested: true,
  },
  {
    id: 'cost-requests-sized-from-usage',
    pillar: 'cost',
    level: 3,
    title: 'Resource requests are sized from observed usage',
    attested: true,
  },
];
