import { CheckResult, CheckStatus } from './report';

const PASSING: ReadonlySet<CheckStatus> = new Set(['pass', 'warn']);

/**
 * A pillar's score: the highest level L such that every check of level ≤ L passes. `warn`
 * counts as a pass, `not-applicable` is skipped, and `unknown` never counts as a pass: missing
 * evidence lowers a score, it never raises it. Null when the pillar has no checks at all.
 * @public
 */
export function scorePillar(checks: readonly CheckResult[]): number | null {
  if (checks.length === 0) return null;
  let score = 0;
  for (const level of [1, 2, 3] as const) {
    const atLevel = checks.filter(
      c =>
        c.level === level &&
        c.status !== 'not-applicable' &&
        c.status !== 'exempted',
    );
    if (atLevel.some(c => !PASSING.has(c.status))) break;
    score = level;
  }
  return score;
}

/**
 * Share of a pillar's checks that could be evaluated, 0–1. A pillar without checks has no
 * coverage.
 * @public
 */
export function pillarCoverage(checks: readonly CheckResult[]): number {
  if (checks.length === 0) return 0;
  const known = checks.filter(c => c.status !== 'unknown').length;
  return known / checks.length;
}

/** Orders failing checks for display: unknown and fail first, lowest level first. @public */
export function isFailing(check: CheckResult): boolean {
  return check.status === 'fail' || check.status === 'unknown';
}
