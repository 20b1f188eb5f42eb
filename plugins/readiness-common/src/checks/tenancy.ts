import { CheckDefinition } from './types';

/** Multi-tenancy & isolation. @public */
export const TENANCY_CHECKS: readonly CheckDefinition[] = [
  {
    id: 'tenancy-workloads-outside-default',
    pillar: 'tenancy',
    level: 1,
    title: 'Workloads run in their own namespaces, not in default',
  },
  {
    id: 'tenancy-resource-quotas',
    pillar: 'tenancy',
    level: 1,
    title: 'Every workload namespace has a ResourceQuota',
  },
  {
    id: 'tenancy-limit-ranges',
    pillar: 'tenancy',
    level: 2,
    title: 'Every workload namespace has a LimitRange',
  },
  {
    id: 'tenancy-default-deny-network-policy',
    pillar: 'tenancy',
    level: 2,
    title: 'Every workload namespace denies ingress and egress by default',
  },
  {
    id: 'tenancy-pod-security-enforced',
    pillar: 'tenancy',
    level: 2,
    title:
      'Every workload namespace enforces Pod Security baseline or restricted',
  },
  {
    id: 'tenancy-dedicated-service-accounts',
    pillar: 'tenancy',
    level: 2,
    title: 'Pods run on dedicated ServiceAccounts, not default',
  },
  {
    id: 'tenancy-quota-covers-compute',
    pillar: 'tenancy',
    level: 3,
    title: 'Quotas bound CPU, memory and pod count in every workload namespace',
  },
  {
    id: 'tenancy-pod-security-restricted',
    pillar: 'tenancy',
    level: 3,
    title: 'Every workload namespace enforces Pod Security restricted',
  },
  {
    id: 'tenancy-admission-policy-enforced',
    pillar: 'tenancy',
    level: 3,
    title:
      'An admission controller enforces tenant policy (Kyverno or ValidatingAdmissionPolicy in deny mode)',
  },
];
