import Typography from '@material-ui/core/Typography';
import type {
  AttestationRecord,
  ExemptionRecord,
} from '@readiness/plugin-readiness-common';
import { formatDate, isPast } from '../../lib/formatDate';
import { isExternalUrl } from '../../lib/runbookLinks';
import MuiLink from '@material-ui/core/Link';

function expiry(iso: string) {
  return isPast(iso)
    ? `expired ${formatDate(iso)}`
    : `expires ${formatDate(iso)}`;
}

/** Props of {@link AttestationNote}. @internal */
export interface AttestationNoteProps {
  attestation: AttestationRecord;
}

/**
 * Who vouched for a verdict the API cannot show, when, and until when. An attested verdict
 * rests on a person's word, so the reader must be able to see whose and whether it lapsed.
 *
 * @internal
 */
export function AttestationNote(props: AttestationNoteProps) {
  const { by, date, evidence, expires } = props.attestation;
  return (
    <Typography
      variant="caption"
      color={isPast(expires) ? 'error' : 'textSecondary'}
      component="p"
    >
      Attested by {by} on {formatDate(date)}, {expiry(expires)}
      {evidence && (
        <>
          {' · evidence: '}
          {isExternalUrl(evidence) ? (
            <MuiLink href={evidence} target="_blank" rel="noopener noreferrer">
              {evidence}
            </MuiLink>
          ) : (
            evidence
          )}
        </>
      )}
    </Typography>
  );
}

/** Props of {@link ExemptionNote}. @internal */
export interface ExemptionNoteProps {
  exemption: ExemptionRecord;
}

/**
 * Why a failure was accepted, by whom, for what scope and until when: an exemption is a
 * decision with an owner and an end, not a pass.
 *
 * @internal
 */
export function ExemptionNote(props: ExemptionNoteProps) {
  const { reason, by, expires, scope } = props.exemption;
  return (
    <Typography variant="caption" color="textSecondary" component="p">
      Exempted{by ? ` by ${by}` : ''} for {scope}, {expiry(expires)}: {reason}
    </Typography>
  );
}
