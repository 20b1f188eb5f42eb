import { CheckResult } from '@readiness/plugin-readiness-common';
import { applyExemptions, exemptionsFromAnnotations } from './exemptions';
import { applyAttestations } from './attestations';

const now = new Date('2026-11-25T12:00:00Z');

function failing(objects: CheckResult['objects']): CheckResult {
  return {
    id: 'tenancy-resource-quotas',
    pillar: 'tenancy',
    title: 'Every workload namespace has a ResourceQuota',
    level: 1,
    status: 'fail',
    source: 'observed',
    evidence: '2 of 2 workload namespaces have no ResourceQuota: a, b.',
    objects,
    runbook: '/readiness/runbooks/tenancy-resource-quotas',
  };
}

const both = [
  { kind: 'Namespace', name: 'a' },
  { kind: 'Namespace', name: 'b' },
];

describe('applyExemptions', () => {
  it.each([
    [
      'a whole-check exemption',
      [
        {
          check: 'tenancy-resource-quotas',
          reason: 'migration',
          expires: '2027-01-01',
        },
      ],
      'exempted',
      2,
    ],
    [
      'one of two namespaces',
      [
        {
          check: 'tenancy-resource-quotas',
          namespace: 'a',
          reason: 'batch',
          expires: '2027-01-01',
        },
      ],
      'fail',
      1,
    ],
    [
      'both namespaces one by one',
      [
        {
          check: 'tenancy-resource-quotas',
          namespace: 'a',
          reason: 'batch',
          expires: '2027-01-01',
        },
        {
          check: 'tenancy-resource-quotas',
          namespace: 'b',
          reason: 'batch',
          expires: '2027-01-01',
        },
      ],
      'exempted',
      2,
    ],
    [
      'an expired exemption',
      [
        {
          check: 'tenancy-resource-quotas',
          reason: 'old',
          expires: '2026-11-01',
        },
      ],
      'fail',
      2,
    ],
    [
      'another cluster',
      [
        {
          check: 'tenancy-resource-quotas',
          cluster: 'other',
          reason: 'x',
          expires: '2027-01-01',
        },
      ],
      'fail',
      2,
    ],
    [
      'another check',
      [{ check: 'tenancy-limit-ranges', reason: 'x', expires: '2027-01-01' }],
      'fail',
      2,
    ],
  ])('%s', (_name, exemptions, status, objects) => {
    const [result] = applyExemptions([failing(both)], exemptions, 'prod', now);
    expect(result.status).toBe(status);
    expect(result.objects).toHaveLength(objects);
    expect(Boolean(result.exemption?.reason)).toBe(status === 'exempted');
  });

  it('never exempts an unknown verdict: missing evidence is not an accepted failure', () => {
    const unknown = { ...failing(both), status: 'unknown' as const };
    const [result] = applyExemptions(
      [unknown],
      [{ check: unknown.id, reason: 'x', expires: '2027-01-01' }],
      'prod',
      now,
    );
    expect(result.status).toBe('unknown');
  });
});

describe('exemptionsFromAnnotations', () => {
  const read = (annotations: Record<string, string>) =>
    exemptionsFromAnnotations(
      [{ kind: 'Namespace', name: 'batch', annotations }],
      now,
    );

  it('reads annotations with a reason and an expiry', () => {
    expect(
      read({
        'readiness.dev/exempt.tenancy-resource-quotas':
          'nightly jobs size themselves; expires=2027-02-01; by=jane',
        'readiness.dev/exempt.tenancy-limit-ranges':
          'no defaults wanted; expires=2026-11-26',
        team: 'data',
      }),
    ).toEqual({
      exemptions: [
        {
          check: 'tenancy-resource-quotas',
          namespace: 'batch',
          reason: 'nightly jobs size themselves',
          expires: '2027-02-01',
          by: 'jane',
        },
        {
          check: 'tenancy-limit-ranges',
          namespace: 'batch',
          reason: 'no defaults wanted',
          expires: '2026-11-26',
        },
      ],
      ignored: [],
    });
  });

  it('scopes an annotation on a workload to that workload', () => {
    expect(
      exemptionsFromAnnotations(
        [
          {
            kind: 'Deployment',
            namespace: 'logging',
            name: 'fluent-bit',
            annotations: {
              'readiness.dev/exempt.tenancy-resource-quotas':
                'reads every node; expires=2027-02-01',
              'readiness.dev/exempt.tenancy-limit-ranges': 'always',
            },
          },
        ],
        now,
      ),
    ).toEqual({
      exemptions: [
        {
          check: 'tenancy-resource-quotas',
          namespace: 'logging',
          object: { kind: 'Deployment', name: 'fluent-bit' },
          reason: 'reads every node',
          expires: '2027-02-01',
        },
      ],
      ignored: [
        {
          object: 'Deployment logging/fluent-bit',
          annotation: 'readiness.dev/exempt.tenancy-limit-ranges',
          reason: expect.stringMatching(/^no expiry: /),
        },
      ],
    });
  });

  it.each([
    [
      'without an expiry',
      'readiness.dev/exempt.tenancy-limit-ranges',
      'forever please',
      'no expiry: an exemption without an end is a permanent blind spot; write "<reason>; expires=YYYY-MM-DD[; by=<who>]"',
    ],
    [
      'without a reason',
      'readiness.dev/exempt.tenancy-limit-ranges',
      '; expires=2027-01-01',
      'no reason: write "<reason>; expires=YYYY-MM-DD[; by=<who>]"',
    ],
    [
      'with an expiry that is not a day',
      'readiness.dev/exempt.tenancy-limit-ranges',
      'migrating; expires=2027-02-30',
      'expires=2027-02-30 is not a date like 2027-03-31',
    ],
    [
      'that has expired',
      'readiness.dev/exempt.tenancy-limit-ranges',
      'migrating; expires=2026-11-24',
      'expired on 2026-11-24: renew it with a new date, or remove it',
    ],
    [
      'for a check that does not exist',
      'readiness.dev/exempt.tenancy-resource-quota',
      'migrating; expires=2027-01-01',
      'no check has the id "tenancy-resource-quota"',
    ],
  ])(
    'lists an annotation %s with why, and applies nothing',
    (_case, key, value, reason) => {
      expect(read({ [key]: value })).toEqual({
        exemptions: [],
        ignored: [{ object: 'Namespace batch', annotation: key, reason }],
      });
    },
  );
});

describe('applyAttestations', () => {
  const attestable = new Set(['backup-dr-drill']);
  const drill: CheckResult = {
    ...failing([]),
    id: 'backup-dr-drill',
    pillar: 'backup',
    level: 3,
    status: 'unknown',
    evidence: 'cannot be seen through the Kubernetes API',
  };

  it('passes a live attestation with who, when and until when', () => {
    const [result] = applyAttestations(
      [drill],
      [
        {
          check: 'backup-dr-drill',
          cluster: 'prod',
          date: '2026-10-28',
          by: 'jane',
          evidence: 'https://wiki/dr',
        },
      ],
      'prod',
      now,
      90,
      attestable,
    );
    expect(result).toMatchObject({
      status: 'pass',
      source: 'attested',
      attestation: { by: 'jane', date: '2026-10-28', expires: '2027-01-26' },
    });
  });

  it('leaves a lapsed attestation unknown and says when it expired', () => {
    const [result] = applyAttestations(
      [drill],
      [
        {
          check: 'backup-dr-drill',
          cluster: '*',
          date: '2026-01-10',
          by: 'jane',
          evidence: 'https://wiki/dr',
        },
      ],
      'prod',
      now,
      90,
      attestable,
    );
    expect(result.status).toBe('unknown');
    expect(result.evidence).toContain('expired on 2026-04-10');
  });

  it('never overrides an observed check', () => {
    const observed = {
      ...drill,
      id: 'backup-recent-success',
      status: 'fail' as const,
    };
    const [result] = applyAttestations(
      [observed],
      [
        {
          check: 'backup-recent-success',
          cluster: '*',
          date: '2026-11-20',
          by: 'x',
          evidence: 'y',
        },
      ],
      'prod',
      now,
      90,
      attestable,
    );
    expect(result.status).toBe('fail');
  });
});
