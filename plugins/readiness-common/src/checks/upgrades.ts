import { CheckDefinition } from './types';

/** Upgrades & lifecycle: close to current Kubernetes, certificates tracked, nodes patched. @public */
export const UPGRADES_CHECKS: readonly CheckDefinition[] = [
  {
    id: 'upgrades-version-supported',
    pillar: 'upgrades',
    level: 1,
    title:
      'The API server runs a Kubernetes minor version that still gets upstream patches',
  },
  {
    id: 'upgrades-api-server-certificate',
    pillar: 'upgrades',
    level: 1,
    title:
      "The API server's serving certificate is valid for at least 30 more days",
  },
  {
    id: 'upgrades-certificates-tracked',
    pillar: 'upgrades',
    level: 1,
    title: "cert-manager issues and tracks the cluster's certificates",
  },
  {
    id: 'upgrades-version-within-two-minors',
    pillar: 'upgrades',
    level: 2,
    title:
      'The API server is at most two minor versions behind the newest Kubernetes release',
  },
  {
    id: 'upgrades-kubelet-version-skew',
    pillar: 'upgrades',
    level: 2,
    title:
      'Every kubelet is within the supported version skew of the API server',
  },
  {
    id: 'upgrades-certificates-not-expiring',
    pillar: 'upgrades',
    level: 2,
    title: 'No certificate is close to expiry',
  },
  {
    id: 'upgrades-version-within-one-minor',
    pillar: 'upgrades',
    level: 3,
    title:
      'The API server is at most one minor version behind the newest Kubernetes release',
  },
  {
    id: 'upgrades-node-os-consistent',
    pillar: 'upgrades',
    level: 3,
    title: 'All nodes of an operating system run the same OS image',
  },
  {
    id: 'upgrades-no-removed-api-versions',
    pillar: 'upgrades',
    level: 3,
    title:
      'Nothing is still written with an API version the next minor upgrade removes',
  },
  {
    id: 'upgrades-runbook-tested',
    pillar: 'upgrades',
    level: 3,
    title: 'The upgrade runbook from N to N+1 is tested in staging',
    attested: true,
  },
];
