import { ConfigReader } from '@backstage/config';
import { readReadinessConfig } from './config';

const read = (readiness: object) =>
  readReadinessConfig(new ConfigReader({ readiness }));

const attestation = {
  check: 'backup-dr-drill',
  date: '2026-10-28',
  by: 'jane.doe',
  evidence: 'https://wiki.example.com/dr/2026-q4',
};
const exemption = {
  check: 'tenancy-resource-quotas',
  reason: 'batch jobs size themselves',
  expires: '2027-03-31',
};

describe('readReadinessConfig declarations', () => {
  it('reads attestations and exemptions of checks this version has', () => {
    const config = read({
      attestations: [attestation],
      exemptions: [exemption],
    });
    expect(config.attestations).toEqual([
      { ...attestation, cluster: '*', expires: undefined },
    ]);
    expect(config.exemptions).toEqual([
      expect.objectContaining({ check: 'tenancy-resource-quotas' }),
    ]);
  });

  it.each([
    [
      'an attestation of an unknown check',
      {
        attestations: [attestation, { ...attestation, check: 'backup-drill' }],
      },
      'readiness.attestations[1].check: no check has the id "backup-drill"',
    ],
    [
      'an attestation of an observed check',
      {
        attestations: [{ ...attestation, check: 'tenancy-resource-quotas' }],
      },
      /^readiness\.attestations\[0\]\.check: "tenancy-resource-quotas" is observed through the Kubernetes API and cannot be attested; these can: .*backup-dr-drill/,
    ],
    [
      'an exemption of an unknown check',
      { exemptions: [{ ...exemption, check: 'tenancy-quotas' }] },
      'readiness.exemptions[0].check: no check has the id "tenancy-quotas"',
    ],
  ])('refuses %s, naming where it is', (_case, readiness, message) => {
    expect(() => read(readiness)).toThrow(message);
  });
});
