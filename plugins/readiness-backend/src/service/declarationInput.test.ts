import {
  DeclarationLimits,
  parseAttestationRequest,
  parseExemptionRequest,
} from './declarationInput';

const limits: DeclarationLimits = {
  now: new Date('2026-11-25T12:00:00Z'),
  clusters: ['prod', 'staging'],
  attestationMaxAgeDays: 90,
};

const attestation = {
  cluster: 'prod',
  check: 'incidents-on-call-rotation',
  date: '2026-11-20',
  evidence: 'https://wiki.example.com/on-call',
};

const exemption = {
  check: 'backup-velero-schedule',
  reason: 'backups by the storage array, PLAT-9',
  expires: '2027-01-31',
};

describe('parseAttestationRequest', () => {
  it('defaults the expiry to the maximum age after the date', () => {
    expect(parseAttestationRequest(attestation, limits)).toEqual({
      ...attestation,
      expires: '2027-02-18',
    });
    expect(
      parseAttestationRequest(
        { ...attestation, cluster: '*', expires: '2026-12-31' },
        limits,
      ),
    ).toMatchObject({ cluster: '*', expires: '2026-12-31' });
  });

  it.each([
    [{ check: 'no-such-check' }, 'unknown check "no-such-check"'],
    [
      { check: 'tenancy-resource-quotas' },
      'check "tenancy-resource-quotas" cannot be attested',
    ],
    [{ cluster: 'prdo' }, 'unknown cluster "prdo"'],
    [{ date: '2026-11-26' }, 'date "2026-11-26" is in the future'],
    [{ date: '2026-02-30' }, 'invalid date "2026-02-30"'],
    [{ date: '20.11.2026' }, 'invalid date "20.11.2026"'],
    [{ evidence: 'wiki page' }, 'invalid evidence "wiki page"'],
    [
      { evidence: 'http://wiki.example.com/x' },
      'invalid evidence "http://wiki.example.com/x"',
    ],
    [{ expires: '2026-11-20' }, 'expires "2026-11-20" must be after date'],
    [
      { expires: '2027-02-19' },
      'expires "2027-02-19" is more than 90 days after date "2026-11-20"',
    ],
    [{ expires: '2026-11-25' }, 'expires "2026-11-25" is not in the future'],
    [
      { date: '2026-08-01' },
      'date "2026-08-01" is more than 90 days ago: the attestation would already have lapsed',
    ],
    [{ by: 'user:default/mallory' }, 'unexpected field "by"'],
    [{ check: 42 }, 'invalid check 42: expected a string'],
    [{ evidence: undefined }, 'missing field "evidence"'],
  ])('rejects %p with %p', (change, message) => {
    expect(() =>
      parseAttestationRequest({ ...attestation, ...change }, limits),
    ).toThrow(message);
  });

  it('rejects a body that is not an object', () => {
    expect(() => parseAttestationRequest([], limits)).toThrow(
      'invalid body []',
    );
  });
});

describe('parseExemptionRequest', () => {
  it('scopes to every cluster, a namespace or an object', () => {
    expect(parseExemptionRequest(exemption, limits)).toEqual({
      ...exemption,
      cluster: null,
      namespace: null,
      object: null,
    });
    expect(
      parseExemptionRequest(
        {
          ...exemption,
          cluster: 'staging',
          namespace: 'logging',
          object: { kind: 'ClusterRole', name: 'system:aggregate-to-view' },
          reason: '  padded  ',
        },
        limits,
      ),
    ).toEqual({
      ...exemption,
      cluster: 'staging',
      namespace: 'logging',
      object: { kind: 'ClusterRole', name: 'system:aggregate-to-view' },
      reason: 'padded',
    });
  });

  it.each([
    [{ check: 'no-such-check' }, 'unknown check "no-such-check"'],
    [{ cluster: '*' }, 'unknown cluster "*"'],
    [{ namespace: 'Logging' }, 'invalid namespace "Logging"'],
    [{ object: 'fluent-bit' }, 'invalid object "fluent-bit"'],
    [
      { object: { kind: 'daemonset', name: 'fluent-bit' } },
      'invalid object kind "daemonset"',
    ],
    [
      { object: { kind: 'DaemonSet', name: '../x' } },
      'invalid object name "../x"',
    ],
    [{ reason: '   ' }, 'invalid reason "   "'],
    [{ expires: undefined }, 'missing field "expires"'],
    [{ expires: '2026-11-25' }, 'expires "2026-11-25" is not in the future'],
    [
      { expires: '2027-11-26' },
      'expires "2027-11-26" is more than 365 days away',
    ],
    [{ expires: 'soon' }, 'invalid expires "soon"'],
    [{ by: 'platform-team' }, 'unexpected field "by"'],
  ])('rejects %p with %p', (change, message) => {
    expect(() =>
      parseExemptionRequest({ ...exemption, ...change }, limits),
    ).toThrow(message);
  });
});
