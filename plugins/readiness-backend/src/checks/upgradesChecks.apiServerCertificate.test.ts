import { ClusterFacts } from '../collect/facts';
import { DEFAULT_CHECK_SETTINGS } from '../config';
import { apiServerCertificate } from './upgradesChecks.certificates';

const now = new Date('2026-11-25T12:00:00Z');

function facts(notAfter?: string): ClusterFacts {
  return {
    server: {
      version: 'v1.36.2',
      provider: null,
      region: null,
      groupVersions: null,
      ...(notAfter
        ? {
            servingCertificate: {
              notAfter,
              subject: 'CN=kube-apiserver',
              issuer: 'CN=kubernetes',
            },
          }
        : {}),
    },
  } as ClusterFacts;
}

describe('upgrades-api-server-certificate', () => {
  it.each([
    ['2026-11-20T00:00:00Z', 'fail', /expired 6 day\(s\) ago/],
    [
      '2026-12-09T08:14:00Z',
      'fail',
      /expires in 13 day\(s\), on 2026-12-09: rotate it now/,
    ],
    ['2027-01-10T00:00:00Z', 'warn', /expires in 45 day\(s\)/],
    [
      '2027-08-14T16:40:00Z',
      'pass',
      /valid for 262 more day\(s\), until 2027-08-14/,
    ],
  ])('certificate valid until %s is %s', (notAfter, status, evidence) => {
    const outcome = apiServerCertificate(
      facts(notAfter),
      now,
      DEFAULT_CHECK_SETTINGS,
    );
    expect(outcome.status).toBe(status);
    expect(outcome.evidence).toMatch(evidence);
    expect(outcome.evidence).toContain('CN=kube-apiserver');
  });

  it('is unknown when the certificate was not observed', () => {
    expect(
      apiServerCertificate(facts(), now, DEFAULT_CHECK_SETTINGS),
    ).toMatchObject({
      status: 'unknown',
      evidence: expect.stringContaining('was not observed'),
    });
  });

  it('says why when the whole cluster could not be read', () => {
    const down = {
      ...facts(),
      coverageGaps: [
        {
          resource: 'cluster',
          reason: 'connect ECONNREFUSED',
          statusCode: null,
        },
      ],
    };
    expect(
      apiServerCertificate(down, now, DEFAULT_CHECK_SETTINGS),
    ).toMatchObject({
      status: 'unknown',
      evidence: expect.stringContaining(
        'the cluster could not be read: connect ECONNREFUSED',
      ),
    });
  });
});
