import { CoverageGap } from '@readiness/plugin-readiness-common';

/**
 * A fact that could be read, or the reason it could not. Checks that need a missing fact say
 * `unknown` with this reason instead of guessing.
 */
export type Known<T> =
  | { ok: true; value: T }
  | { ok: false; reason: string; statusCode: number | null };

/** The label the Kubernetes plugin uses to tie workloads to catalog entities. */
export const KUBERNETES_ID_LABEL = 'backstage.io/kubernetes-id';

export interface NamespaceFact {
  name: string;
  labels: Record<string, string>;
}

export interface PodFact {
  namespace: string;
  name: string;
  serviceAccount: string;
  phase: string | null;
  kubernetesId: string | null;
}

export interface WorkloadFact {
  kind: string;
  namespace: string;
  name: string;
  kubernetesId: string | null;
}

export interface QuotaFact {
  namespace: string;
  name: string;
  /** Keys of `spec.hard`, e.g. `requests.cpu`, `pods`. */
  hard: string[];
}

export interface LimitRangeFact {
  namespace: string;
  name: string;
}

export interface NetworkPolicyFact {
  namespace: string;
  name: string;
  /** Selects every pod of the namespace (empty podSelector). */
  selectsAllPods: boolean;
  /** Applies to ingress and allows none. */
  deniesAllIngress: boolean;
  /** Applies to egress and allows none. */
  deniesAllEgress: boolean;
}

/**
 * Everything the checks need to know about one cluster: small, plain, and free of the objects
 * it came from, so thousands of pods cost a few fields each.
 */
export interface ClusterFacts {
  cluster: string;
  scannedAt: string;
  server: { version: string | null; provider: string | null; region: string | null };
  namespaces: Known<NamespaceFact[]>;
  pods: Known<PodFact[]>;
  workloads: Known<WorkloadFact[]>;
  resourceQuotas: Known<QuotaFact[]>;
  limitRanges: Known<LimitRangeFact[]>;
  networkPolicies: Known<NetworkPolicyFact[]>;
  coverageGaps: CoverageGap[];
}
