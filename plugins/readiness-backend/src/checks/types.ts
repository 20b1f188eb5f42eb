import { CheckStatus, ObjectRef } from '@readiness/plugin-readiness-common';
import { ClusterFacts } from '../collect/facts';
import type { NamespaceAssessment } from './namespaceIsolation';

/** What a check decides; the engine adds the definition, the source and the runbook link. */
export interface CheckOutcome {
  id: string;
  status: CheckStatus;
  evidence: string;
  objects: ObjectRef[];
}

/** Thresholds the checks use; each has a documented default in config.ts. */
export interface CheckSettings {
  /** Namespaces that belong to the platform, not to tenants. */
  systemNamespaces: ReadonlySet<string>;
  /** Recovery point objective: the newest successful backup must be younger. */
  backupRpoHours: number;
  /** A restore drill counts when it completed within this many days. */
  restoreDrillDays: number;
  /** Certificates expiring sooner fail; sooner than `certificateWarnDays` warn. */
  certificateFailDays: number;
  certificateWarnDays: number;
  /** A chaos experiment counts as practice when it ran within this many days. */
  chaosWithinDays: number;
}

/** Everything a pillar's checks may look at. Pure data: checks never do I/O. */
export interface CheckContext {
  facts: ClusterFacts;
  /** Per-namespace isolation, computed once for all pillars. */
  namespaces: NamespaceAssessment[];
  now: Date;
  settings: CheckSettings;
}

/** A pillar's checks: one outcome for each of the pillar's check definitions. */
export type PillarEvaluator = (context: CheckContext) => CheckOutcome[];

/** How many names an evidence sentence lists before "and N more". */
export const MAX_NAMED = 5;

/** "a, b, c and 4 more": evidence names what falls short without becoming a wall of text. */
export function nameList(names: string[]): string {
  const shown = names.slice(0, MAX_NAMED).join(', ');
  return names.length > MAX_NAMED
    ? `${shown} and ${names.length - MAX_NAMED} more`
    : shown;
}

/** {@link nameList} of what `name` calls each item, naming only the ones shown. */
export function nameListOf<T>(
  items: readonly T[],
  name: (item: T) => string,
): string {
  const shown = items.slice(0, MAX_NAMED).map(name).join(', ');
  return items.length > MAX_NAMED
    ? `${shown} and ${items.length - MAX_NAMED} more`
    : shown;
}

/** The unknown outcome for a check whose facts could not be read. */
export function unreadable(
  id: string,
  what: string,
  known: { ok: boolean; reason?: string },
): CheckOutcome {
  const reason =
    'reason' in known && known.reason ? known.reason : 'not readable';
  return {
    id,
    status: 'unknown',
    evidence: `${what} could not be read: ${reason}`,
    objects: [],
  };
}

/**
 * Why the whole cluster could not be read, when it could not: the facts outside resource lists
 * (the API server's version and certificate) then say why they are missing.
 */
export function clusterUnreadableReason(facts: {
  coverageGaps?: Array<{ resource: string; reason: string }>;
}): string | undefined {
  return facts.coverageGaps?.find(gap => gap.resource === 'cluster')?.reason;
}

/** The unknown outcome of a check only an attestation can settle. */
export function needsAttestation(id: string, what: string): CheckOutcome {
  return {
    id,
    status: 'unknown',
    evidence: `${what} cannot be seen through the Kubernetes API; attest it (readiness.attestations in app-config or a readiness.dev/attest.${id} annotation on the cluster's Resource entity).`,
    objects: [],
  };
}
