/**
 * The versioned report contract shared by the backend, the HTTP API, the CLI and the frontend.
 * Changing a field here is an API change: bump {@link REPORT_API_VERSION} when it breaks readers.
 */

/** @public */
export const REPORT_API_VERSION = 'readiness/v1';

/**
 * The nine pillars of production readiness, in the order of the rubric.
 * @public
 */
export type PillarId =
  | 'identity'
  | 'backup'
  | 'monitoring'
  | 'upgrades'
  | 'tenancy'
  | 'cost'
  | 'scaling'
  | 'security'
  | 'incidents';

/**
 * Outcome of one check. `unknown` means the evidence could not be read; it never counts as a
 * pass. `warn` counts as a pass but is shown. `not-applicable` and `exempted` (a failure someone
 * accepted, with a reason and an expiry) are skipped when scoring, and always shown.
 * @public
 */
export type CheckStatus =
  | 'pass'
  | 'fail'
  | 'warn'
  | 'unknown'
  | 'not-applicable'
  | 'exempted';

/** Who vouched for a fact the API cannot show, and until when. @public */
export interface AttestationRecord {
  by: string;
  date: string;
  evidence: string;
  expires: string;
}

/** An accepted failure. @public */
export interface ExemptionRecord {
  reason: string;
  by: string | null;
  expires: string;
  /** What the exemption covers: the whole check, or a namespace or object. */
  scope: string;
}

/** A Kubernetes object a finding points at. @public */
export interface ObjectRef {
  kind: string;
  namespace?: string;
  name: string;
}

/** One evaluated check. @public */
export interface CheckResult {
  id: string;
  pillar: PillarId;
  title: string;
  /** The rung of the 0–3 scale this check guards. */
  level: 1 | 2 | 3;
  status: CheckStatus;
  source: 'observed' | 'attested';
  /** One sentence a person understands, naming what falls short. */
  evidence: string;
  objects: ObjectRef[];
  runbook: string;
  /** Set when the verdict rests on an attestation (source `attested`). */
  attestation?: AttestationRecord;
  /** Set when a failure was exempted (status `exempted`). */
  exemption?: ExemptionRecord;
}

/** One pillar's verdict. @public */
export interface PillarResult {
  id: PillarId;
  title: string;
  /**
   * 0–3, or null when this version has no checks for the pillar yet: an unassessed pillar is
   * shown as such, never as a silent 0.
   */
  score: number | null;
  /** Share of this pillar's checks that could be evaluated (not `unknown`), 0–1. */
  coverage: number;
  checks: CheckResult[];
}

/** Pod Security Admission levels. @public */
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/**
 * Isolation facts for one namespace. `null` means unknown (the resource could not be read).
 * @public
 */
export interface NamespaceIsolation {
  resourceQuota: boolean | null;
  limitRange: boolean | null;
  defaultDenyNetworkPolicy: boolean | null;
  /** The `pod-security.kubernetes.io/enforce` level; null when the label is absent. */
  podSecurity: PodSecurityLevel | null;
  dedicatedServiceAccounts: boolean | null;
}

/** One namespace of a cluster. @public */
export interface NamespaceReport {
  name: string;
  owner: string | null;
  ownerSource: string | null;
  /** Whether this namespace runs tenant workloads (system namespaces are excluded). */
  workload: boolean;
  /** Values of the `backstage.io/kubernetes-id` label found on this namespace's workloads. */
  kubernetesIds: string[];
  /**
   * Catalog Components whose workloads run here (by kubernetes-id or label selector), when the
   * catalog was available at scan time.
   */
  components?: string[];
  isolation: NamespaceIsolation;
  /** Human-readable isolation gaps, e.g. "no ResourceQuota". Empty when isolated. */
  gaps: string[];
  /** Owners other sources name for this namespace, when they disagree with `owner`. */
  conflicts?: Array<{ owner: string; source: string }>;
  /** Monthly cost of this namespace; absent when cost was not computed. */
  cost?: NamespaceCost;
  /** Current usage against requests (metrics.k8s.io); absent without metrics-server. */
  usage?: {
    cpuCores: number;
    memoryBytes: number;
    requestedCpuCores: number;
    requestedMemoryBytes: number;
  };
}

/** One namespace's monthly cost. @public */
export interface NamespaceCost {
  monthly: number;
  currency: string;
  /** `requests` (requests × list prices) or `opencost` (its allocation API). */
  source: 'requests' | 'opencost';
  breakdown: {
    cpu: number;
    memory: number;
    gpu: number;
    storage: number;
    loadBalancers: number;
  };
  /** Containers without CPU or memory requests: they cannot be priced. */
  unpricedContainers: number;
  /** Cost split by the pods' own team labels, for namespaces several teams share. */
  shares?: Array<{ owner: string; monthly: number }>;
  /** Why the preferred source was not used, e.g. "OpenCost unreachable: ...". */
  note?: string;
}

/**
 * A workload using far less than it requests, from metrics-server's current usage. A snapshot in
 * time: confirm with a week of usage before cutting requests.
 * @public
 */
export interface RightSizingHint {
  namespace: string;
  workload: { kind: string; name: string };
  pods: number;
  cpu: { requestedCores: number; usedCores: number };
  memory: { requestedBytes: number; usedBytes: number };
  suggestion: string;
}

/** A team's roll-up across the namespaces (and shares) it owns on one cluster. @public */
export interface TeamCost {
  name: string;
  namespaces: string[];
  monthlyCost: number;
  currency: string;
}

/** Cluster-level cost facts. @public */
export interface ClusterCost {
  currency: string;
  /** Priced capacity of nodes that no pod requests. */
  idleMonthly: number;
  /** Whether configured list prices (not a bill) were used. */
  listPrices: boolean;
  pricing: Pricing;
}

/** Prices used for the request model, per unit. @public */
export interface Pricing {
  cpuCoreHour: number;
  memoryGiBHour: number;
  gpuHour: number;
  storageGiBMonth: number;
  loadBalancerMonth: number;
  currency: string;
}

/** A resource the scan could not read, and why. @public */
export interface CoverageGap {
  resource: string;
  reason: string;
  statusCode: number | null;
}

/**
 * A readiness annotation that declares an exemption or an attestation but is not applied, and
 * why. Listed rather than skipped in silence: its author would otherwise believe the check was
 * settled. @public
 */
export interface IgnoredDeclaration {
  /** The object carrying it: `Namespace batch`, `Resource default/payments-prod-us`. */
  object: string;
  /** The annotation's key, e.g. `readiness.dev/exempt.tenancy-resource-quotas`. */
  annotation: string;
  reason: string;
}

/** The full verdict for one cluster at one point in time. @public */
export interface ClusterReport {
  apiVersion: typeof REPORT_API_VERSION;
  cluster: string;
  scannedAt: string;
  /**
   * The moment the facts describe: the scan itself, or when a snapshot was captured. Ages (of
   * backups, certificates, drills) are judged as of this time.
   */
  observedAt?: string;
  server: {
    version: string | null;
    provider: string | null;
    region: string | null;
  };
  /** Sum of the assessed pillars' scores. */
  total: number;
  /** 27: three points for each of the nine pillars. */
  max: number;
  /** How many pillars this version assessed (score not null). */
  assessedPillars: number;
  pillars: PillarResult[];
  namespaces: NamespaceReport[];
  coverageGaps: CoverageGap[];
  /** The seed's "order things fail", most urgent first. */
  risks: Risk[];
  /** Team roll-ups of namespace cost; empty when cost was not computed. */
  teams: TeamCost[];
  cost?: ClusterCost;
  /** Workloads using under 30% of their requests; absent without metrics-server. */
  rightSizing?: RightSizingHint[];
  /** Exemption and attestation annotations that are not applied; absent when there are none. */
  ignoredDeclarations?: IgnoredDeclaration[];
}

/** A failure the cluster is heading for. @public */
export interface Risk {
  kind:
    | 'certificate-expiry'
    | 'node-pressure'
    | 'runaway-workload'
    | 'upgrade-debt'
    | 'data-loss';
  title: string;
  /** Days until it bites, where known: certificate expiry, end of support. */
  daysToImpact: number | null;
  objects: ObjectRef[];
}
