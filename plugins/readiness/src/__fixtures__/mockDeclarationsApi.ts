import type {
  AttestationItem,
  AttestationRequest,
  ExemptionItem,
  ReadinessDeclarationsApi,
} from '@readiness/plugin-readiness-common';

/** A declarations API with the given lists, recording creations as `jest.fn`s. */
export function mockDeclarationsApi(
  lists: { attestations?: AttestationItem[]; exemptions?: ExemptionItem[] } = {},
): jest.Mocked<ReadinessDeclarationsApi> {
  return {
    getAttestations: jest.fn(async () => lists.attestations ?? []),
    getExemptions: jest.fn(async () => lists.exemptions ?? []),
    createAttestation: jest.fn(async (request: AttestationRequest) => ({
      id: 'a-new',
      cluster: request.cluster,
      check: request.check,
      date: request.date,
      evidence: request.evidence,
      by: 'user:default/guest',
      expires: '2027-02-23',
      createdAt: '2026-11-25T12:00:00.000Z',
      revokedAt: null,
      revokedBy: null,
      status: 'live',
    })),
    createExemption: jest.fn(async () => {
      throw new Error('unexpected createExemption');
    }),
    revokeAttestation: jest.fn(),
    revokeExemption: jest.fn(),
    getAudit: jest.fn(async () => []),
  } as unknown as jest.Mocked<ReadinessDeclarationsApi>;
}
