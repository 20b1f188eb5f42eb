import { CheckDefinition } from './types';

/** Scaling under load: autoscaled workloads and nodes, disruption budgets, headroom. @public */
export const SCALING_CHECKS: readonly CheckDefinition[] = [
  {
    id: 'scaling-user-facing-replicas',
    pillar: 'scaling',
    level: 1,
    title: 'User-facing Deployments run at least two replicas',
  },
  {
    id: 'scaling-capacity-headroom',
    pillar: 'scaling',
    level: 1,
    title: 'Pod requests leave at least 15% of node capacity free',
  },
  {
    id: 'scaling-user-facing-autoscaled',
    pillar: 'scaling',
    level: 2,
    title:
      'User-facing Deployments are scaled by an HPA or a KEDA ScaledObject',
  },
  {
    id: 'scaling-node-autoscaling',
    pillar: 'scaling',
    level: 2,
    title: 'Nodes are provisioned by the Cluster Autoscaler or Karpenter',
  },
  {
    id: 'scaling-pdb-serving-workloads',
    pillar: 'scaling',
    level: 2,
    title:
      'Multi-replica workloads behind a Service have a PodDisruptionBudget',
  },
  {
    id: 'scaling-pdb-all-workloads',
    pillar: 'scaling',
    level: 3,
    title: 'Every multi-replica workload has a PodDisruptionBudget',
  },
  {
    id: 'scaling-load-tested',
    pillar: 'scaling',
    level: 3,
    title: 'Load tests that reflect production traffic have been run',
    attested: true,
  },
];
