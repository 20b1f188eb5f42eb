import {
  ClusterReport,
  CheckResult,
  NamespaceReport,
  PillarResult,
  Risk,
} from './report';

/** Freshness of the result shown for a cluster. @public */
export interface ScanState {
  /** When the report shown was produced; null if no scan has succeeded yet. */
  lastSuccessAt: string | null;
  lastAttemptAt: string | null;
  /** Why the latest attempt failed, when it did; the previous good report stays shown. */
  lastError: string | null;
  /** True when the shown report is older than the staleness threshold or the last attempt failed. */
  stale: boolean;
}

/** One row of `GET /clusters`. @public */
export interface ClusterSummary {
  name: string;
  total: number | null;
  max: number;
  assessedPillars: number;
  pillars: Pick<PillarResult, 'id' | 'title' | 'score' | 'coverage'>[];
  scan: ScanState;
}

/** `GET /clusters/{name}`. @public */
export interface ClusterDetail {
  name: string;
  report: ClusterReport | null;
  scan: ScanState;
}

/** One cluster as seen from one catalog entity. @public */
export interface EntityClusterReadiness {
  cluster: string;
  total: number;
  max: number;
  assessedPillars: number;
  scannedAt: string;
  pillars: Pick<PillarResult, 'id' | 'title' | 'score' | 'coverage'>[];
  /** The entity's own namespaces on this cluster, with their isolation gaps. */
  namespaces: NamespaceReport[];
  /** Failing, unknown and exempted checks, most severe (lowest level) first. */
  failingChecks: CheckResult[];
  /** The cluster's top risks, most urgent first. */
  risks: Risk[];
  scan: ScanState;
}

/** `GET /entity/{kind}/{namespace}/{name}`. @public */
export interface EntityReadiness {
  entityRef: string;
  /** How the entity's workloads were matched, e.g. `backstage.io/kubernetes-id=payments`. */
  matchedBy: string | null;
  clusters: EntityClusterReadiness[];
}

/** `GET /clusters/{name}/history`: one row per day. @public */
export interface ClusterHistory {
  name: string;
  items: Array<{
    day: string;
    total: number;
    pillars: Record<string, number | null>;
  }>;
}

/** One namespace a team owns on one cluster, as the team card shows it. @public */
export interface TeamNamespace {
  cluster: string;
  namespace: string;
  ownerSource: string | null;
  monthlyCost: number | null;
  currency: string | null;
  /** Month-over-month change as a fraction (0.25 = +25%); null without last month's data. */
  growth: number | null;
  /** Growth at or above the configured alert threshold. */
  growthFlag: boolean;
  unpricedContainers: number;
  gaps: string[];
}

/** `GET /team/{namespace}/{name}`: what the team card needs. @public */
export interface TeamReadiness {
  teamRef: string;
  namespaces: TeamNamespace[];
  /** Namespaces where sources disagree and one of them names this team. */
  conflicts: Array<{
    cluster: string;
    namespace: string;
    owners: Array<{ owner: string; source: string }>;
  }>;
  /** Namespaces on the team's clusters that nobody owns. */
  orphans: Array<{
    cluster: string;
    namespace: string;
    monthlyCost: number | null;
  }>;
  clusters: Array<{
    cluster: string;
    total: number;
    max: number;
    assessedPillars: number;
    scan: ScanState;
  }>;
  monthlyCost: number;
  currency: string | null;
  /** The team's spend on clusters scoring below `threshold` (of 27). */
  spendBelowBar: { threshold: number; monthlyCost: number };
  /** Month-over-month growth of the team's whole spend (0.25 = +25%); null without history. */
  growth?: number | null;
  /** Team growth at or above the configured alert threshold. */
  growthFlag?: boolean;
}

/** `GET /runbooks/{id}`: a check's runbook as Markdown. @public */
export interface RunbookDocument {
  id: string;
  title: string;
  markdown: string;
}

/**
 * Whether a stored attestation or exemption applies: revoked and expired ones stay on record
 * (the audit trail) but no longer change any verdict.
 * @public
 */
export type DeclarationStatus = 'live' | 'expired' | 'revoked';

/** `POST /attestations`. The author is taken from the caller's credentials. @public */
export interface AttestationRequest {
  /** A configured cluster, or `*` for every cluster. */
  cluster: string;
  /** The id of a check that can be attested (`attested: true` in CHECKS). */
  check: string;
  /** When the fact was established, YYYY-MM-DD; not in the future. */
  date: string;
  /** An https link to the evidence. */
  evidence: string;
  /** YYYY-MM-DD; defaults to `date` plus the configured maximum age, and cannot exceed it. */
  expires?: string;
}

/** An attestation made through the API. @public */
export interface AttestationItem {
  id: string;
  cluster: string;
  check: string;
  date: string;
  evidence: string;
  /** The user entity ref of whoever declared it. */
  by: string;
  expires: string;
  createdAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  status: DeclarationStatus;
}

/** `POST /exemptions`. The author is taken from the caller's credentials. @public */
export interface ExemptionRequest {
  /** A configured cluster; every cluster when absent. */
  cluster?: string;
  /** Any check id. */
  check: string;
  /** Limits the exemption to objects in (or being) this namespace. */
  namespace?: string;
  /** Limits it to one object. */
  object?: { kind: string; name: string };
  reason: string;
  /** YYYY-MM-DD, in the future and at most 365 days away. */
  expires: string;
}

/** An exemption made through the API. @public */
export interface ExemptionItem {
  id: string;
  cluster: string | null;
  check: string;
  namespace: string | null;
  object: { kind: string; name: string } | null;
  reason: string;
  /** The user entity ref of whoever declared it. */
  by: string;
  expires: string;
  createdAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  status: DeclarationStatus;
}

/** One row of `GET /audit`: who created or revoked which declaration, and when. @public */
export interface AuditEntry {
  id: number;
  at: string;
  /** The user entity ref of the caller. */
  actor: string;
  action: 'create' | 'revoke';
  kind: 'attestation' | 'exemption';
  itemId: string;
  /** What was declared or revoked, as it stood then. */
  details: Record<string, unknown>;
}

/** What `POST /clusters/{name}/refresh` did: 200 when scanned, 502 when the cluster could not be read. @public */
export interface RefreshOutcome {
  cluster: string;
  ok: boolean;
  /** Why the cluster could not be read; the last good report is kept. */
  error: string | null;
  total: number;
  durationMs: number;
}

/** One cluster's row of the portal report. @public */
export interface ReportRow {
  cluster: string;
  total: number | null;
  max: number;
  assessedPillars: number;
  /** Score per pillar id; null when unassessed. */
  pillars: Record<string, number | null>;
  owners: string[];
  stale: boolean;
  lastSuccessAt: string | null;
  lastError: string | null;
}

/** `GET /report`: every cluster × nine pillars, with owners and freshness. @public */
export interface PortalReport {
  generatedAt: string;
  items: ReportRow[];
}

/** `GET /health`. @public */
export interface Health {
  status: 'ok';
}
