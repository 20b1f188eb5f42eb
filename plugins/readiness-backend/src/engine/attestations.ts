import { CheckResult } from '@readiness/plugin-readiness-common';

/** A declaration that a fact the API cannot show holds, from config or the catalog. */
export interface Attestation {
  check: string;
  /** The cluster it is about, or `*` for every cluster. */
  cluster: string;
  /** When it was declared (ISO date). */
  date: string;
  by: string;
  /** A link to the evidence: the drill report, the SSO config, the postmortem index. */
  evidence: string;
  /** When it lapses (ISO date); defaults to `date` plus the configured maximum age. */
  expires?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Settles attestable checks from attestations: a live attestation makes the check pass with
 * source `attested`; a lapsed one leaves it unknown and says when it expired. Observed verdicts
 * are never overridden.
 */
export function applyAttestations(
  checks: CheckResult[],
  attestations: readonly Attestation[],
  cluster: string,
  now: Date,
  maxAgeDays: number,
  attestable: ReadonlySet<string>,
): CheckResult[] {
  return checks.map(check => {
    // Only what could not be observed is settled by declaration.
    if (!attestable.has(check.id) || check.status !== 'unknown') return check;
    const candidates = attestations
      .filter(
        a =>
          a.check === check.id && (a.cluster === cluster || a.cluster === '*'),
      )
      .map(a => ({
        ...a,
        expires:
          a.expires ??
          new Date(Date.parse(a.date) + maxAgeDays * DAY_MS)
            .toISOString()
            .slice(0, 10),
      }))
      .sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
    const latest = candidates[0];
    if (!latest) return check;
    const record = {
      by: latest.by,
      date: latest.date,
      evidence: latest.evidence,
      expires: latest.expires,
    };
    if (Date.parse(latest.expires) < now.getTime()) {
      return {
        ...check,
        status: 'unknown',
        source: 'attested',
        evidence: `Attestation by ${latest.by} of ${latest.date} expired on ${latest.expires}; attest again with fresh evidence.`,
        attestation: record,
      };
    }
    return {
      ...check,
      status: 'pass',
      source: 'attested',
      evidence: `Attested by ${latest.by} on ${latest.date} (valid until ${latest.expires}): ${latest.evidence}`,
      attestation: record,
    };
  });
}
