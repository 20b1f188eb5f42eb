import { render, screen, within } from '@testing-library/react';
import type { CheckStatus } from '@readiness/plugin-readiness-common';
import { AffectedObjects } from './AffectedObjects';
import { CheckStatusChip } from './CheckStatusChip';
import { AttestationNote, ExemptionNote } from './VerdictNotes';

describe('CheckStatusChip', () => {
  it.each<[CheckStatus, string]>([
    ['pass', 'pass'],
    ['warn', 'warn'],
    ['fail', 'fail'],
    ['unknown', 'unknown'],
    ['not-applicable', 'not applicable'],
    ['exempted', 'exempted'],
  ])('names the status %s in words', (status, label) => {
    render(<CheckStatusChip status={status} />);

    expect(screen.getByText(label)).toBeInTheDocument();
  });
});

describe('AttestationNote', () => {
  it('says who attested, when, until when, and links the evidence', () => {
    render(
      <AttestationNote
        attestation={{
          by: 'emil.larsen',
          date: '2025-05-02',
          expires: '2999-11-02',
          evidence: 'https://wiki.example.com/platform/sso',
        }}
      />,
    );

    expect(
      screen.getByText(
        'Attested by emil.larsen on May 2, 2025, expires Nov 2, 2999',
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'https://wiki.example.com/platform/sso',
      }),
    ).toHaveAttribute('target', '_blank');
  });

  it('says when an attestation has lapsed', () => {
    render(
      <AttestationNote
        attestation={{
          by: 'emil.larsen',
          date: '2024-01-02',
          expires: '2024-07-02',
          evidence: 'drill report in the DR folder',
        }}
      />,
    );

    expect(
      screen.getByText(/expired Jul 2, 2024 · evidence: drill report/),
    ).toBeInTheDocument();
  });
});

describe('ExemptionNote', () => {
  it('gives the reason, owner, scope and expiry of an accepted failure', () => {
    render(
      <ExemptionNote
        exemption={{
          reason: 'The HSM driver needs root until the vendor ships v4',
          by: 'ana.silva',
          expires: '2999-03-31',
          scope: 'namespace payments-prod',
        }}
      />,
    );

    expect(
      screen.getByText(
        'Exempted by ana.silva for namespace payments-prod, expires Mar 31, 2999: The HSM driver needs root until the vendor ships v4',
      ),
    ).toBeInTheDocument();
  });
});

describe('AffectedObjects', () => {
  it('lists the first ten objects and counts the rest', () => {
    const objects = Array.from({ length: 13 }, (_, i) => ({
      kind: 'Deployment',
      namespace: 'shop',
      name: `worker-${i + 1}`,
    }));
    render(<AffectedObjects objects={objects} label="Pinned images" />);

    const list = screen.getByRole('list', { name: 'Objects of Pinned images' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(
      within(list).getByText('Deployment shop/worker-1'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Deployment shop/worker-11')).toBeNull();
    expect(screen.getByText('and 3 more')).toBeInTheDocument();
  });

  it('names cluster-scoped objects without a namespace', () => {
    render(
      <AffectedObjects
        objects={[{ kind: 'Node', name: 'ip-10-0-3-17' }]}
        label="Node pressure"
      />,
    );

    expect(screen.getByText('Node ip-10-0-3-17')).toBeInTheDocument();
    expect(screen.queryByText(/more/)).toBeNull();
  });
});
