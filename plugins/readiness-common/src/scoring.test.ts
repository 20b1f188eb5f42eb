import { CheckResult, CheckStatus } from './report';
import { pillarCoverage, scorePillar } from './scoring';

function check(level: 1 | 2 | 3, status: CheckStatus): CheckResult {
  return {
    id: `c-${level}-${status}`,
    pillar: 'tenancy',
    title: 't',
    level,
    status,
    source: 'observed',
    evidence: '',
    objects: [],
    runbook: '',
  };
}

describe('scorePillar', () => {
  it.each<[string, CheckResult[], number | null]>([
    ['no checks: not assessed', [], null],
    [
      'level 1 fails',
      [check(1, 'fail'), check(2, 'pass'), check(3, 'pass')],
      0,
    ],
    [
      'level 1 passes, level 2 fails',
      [check(1, 'pass'), check(2, 'fail'), check(3, 'pass')],
      1,
    ],
    [
      'warn counts as a pass',
      [check(1, 'warn'), check(2, 'pass'), check(3, 'fail')],
      2,
    ],
    ['all pass', [check(1, 'pass'), check(2, 'pass'), check(3, 'pass')], 3],
    [
      'unknown never counts as a pass',
      [check(1, 'pass'), check(2, 'unknown'), check(3, 'pass')],
      1,
    ],
    [
      'not-applicable is skipped',
      [check(1, 'pass'), check(2, 'not-applicable'), check(3, 'pass')],
      3,
    ],
    [
      'a level above a failure cannot rescue it',
      [check(1, 'fail'), check(3, 'pass')],
      0,
    ],
  ])('%s', (_name, checks, expected) => {
    expect(scorePillar(checks)).toBe(expected);
  });
});

describe('pillarCoverage', () => {
  it('is the share of checks that are not unknown', () => {
    expect(
      pillarCoverage([
        check(1, 'pass'),
        check(2, 'unknown'),
        check(3, 'fail'),
        check(3, 'unknown'),
      ]),
    ).toBe(0.5);
    expect(pillarCoverage([])).toBe(0);
  });
});
