import { PillarId } from './report';

/** Static description of a pillar. @public */
export interface PillarDefinition {
  id: PillarId;
  title: string;
  /** What "production-ready" means for this pillar, from the rubric. */
  summary: string;
}

/**
 * The nine pillars in rubric order.
 * @public
 */
export const PILLARS: readonly PillarDefinition[] = [
  {
    id: 'identity',
    title: 'Identity & access',
    summary:
      'Humans through SSO, workloads with scoped cloud identity, RBAC reviewed.',
  },
  {
    id: 'backup',
    title: 'Backup & DR',
    summary:
      'Scheduled, off-region, restore-tested backups with a known RTO and RPO.',
  },
  {
    id: 'monitoring',
    title: 'Monitoring & alerting',
    summary:
      'Cluster and workload metrics, central logs, alerts on user-visible pain.',
  },
  {
    id: 'upgrades',
    title: 'Upgrades & lifecycle',
    summary:
      'Close to current Kubernetes, certificates tracked, nodes patched.',
  },
  {
    id: 'tenancy',
    title: 'Multi-tenancy & isolation',
    summary:
      'Quotas, limit ranges, default-deny networking, Pod Security and own identities per namespace.',
  },
  {
    id: 'cost',
    title: 'Cost tracking',
    summary:
      'Spend attributed per namespace and team, requests sized, growth alerted.',
  },
  {
    id: 'scaling',
    title: 'Scaling under load',
    summary: 'Autoscaled workloads and nodes, disruption budgets, headroom.',
  },
  {
    id: 'security',
    title: 'Security hardening',
    summary:
      'No root or privileged pods, pinned and trusted images, secrets from a manager.',
  },
  {
    id: 'incidents',
    title: 'Incident response',
    summary: 'Runbooks on alerts, on-call ownership, practised failure.',
  },
];

/** Maximum total score: three per pillar. @public */
export const MAX_TOTAL = PILLARS.length * 3;

/** Looks up a pillar's title. @public */
export function pillarTitle(id: PillarId): string {
  return PILLARS.find(p => p.id === id)?.title ?? id;
}
