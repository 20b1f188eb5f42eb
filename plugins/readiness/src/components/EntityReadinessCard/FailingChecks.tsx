import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import {
  CheckResult,
  isFailing,
  pillarTitle,
} from '@readiness/plugin-readiness-common';
import {
  AttestationNote,
  CheckStatusChip,
  ExemptionNote,
} from '../CheckDetails';
import { RunbookLink } from '../RunbookLink';

/** A card is glanced at: the most severe few say where to start, a count says how much is left. */
const MAX_SHOWN = 5;

const useStyles = makeStyles((theme: Theme) => ({
  list: {
    margin: 0,
    paddingLeft: theme.spacing(2.5),
  },
  check: {
    padding: theme.spacing(0.5, 0),
  },
  meta: {
    marginLeft: theme.spacing(1),
  },
  exempted: {
    marginTop: theme.spacing(1.5),
  },
}));

/** Props of {@link FailingChecks}. */
export interface FailingChecksProps {
  /** Failing or unknown checks, most severe first, as the API orders them; may hold exempted ones. */
  checks: CheckResult[];
}

function CheckLine(props: { check: CheckResult }) {
  const { check } = props;
  const classes = useStyles();
  return (
    <>
      <Typography variant="body2" component="span">
        <strong>{check.title}</strong>
      </Typography>
      <Typography
        variant="caption"
        color="textSecondary"
        className={classes.meta}
      >
        {pillarTitle(check.pillar)}, level {check.level}
        {check.source === 'attested' && ', attested'}
      </Typography>
    </>
  );
}

/**
 * The top failing checks of a cluster, each with one line of evidence and its runbook. An
 * `unknown` check is labelled as such: missing evidence is not the same finding as a failure.
 * Exempted checks are accepted failures: listed apart, with their exemption, and not counted.
 * Attested verdicts say whose word they rest on.
 */
export function FailingChecks(props: FailingChecksProps) {
  const { checks } = props;
  const classes = useStyles();
  const failing = checks.filter(isFailing);
  const exempted = checks.filter(check => check.status === 'exempted');
  const shown = failing.slice(0, MAX_SHOWN);
  return (
    <>
      {failing.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No failing checks.
        </Typography>
      ) : (
        <section>
          <Typography variant="subtitle2" component="h4" gutterBottom>
            Top failing checks
          </Typography>
          <ol className={classes.list}>
            {shown.map(check => (
              <li key={check.id} className={classes.check}>
                <CheckLine check={check} />
                <Typography variant="body2" color="textSecondary">
                  {check.status === 'unknown'
                    ? `unknown: ${check.evidence}`
                    : check.evidence}{' '}
                  <RunbookLink href={check.runbook} checkTitle={check.title} />
                </Typography>
                {check.attestation && (
                  <AttestationNote attestation={check.attestation} />
                )}
              </li>
            ))}
          </ol>
          {failing.length > MAX_SHOWN && (
            <Typography variant="body2" color="textSecondary">
              and {failing.length - MAX_SHOWN} more failing{' '}
              {failing.length - MAX_SHOWN === 1 ? 'check' : 'checks'}
            </Typography>
          )}
        </section>
      )}
      {exempted.length > 0 && (
        <section className={classes.exempted} aria-label="Exempted checks">
          <Typography variant="subtitle2" component="h4" gutterBottom>
            Exempted: accepted failures, not counted
          </Typography>
          <ul className={classes.list}>
            {exempted.map(check => (
              <li key={check.id} className={classes.check}>
                <CheckStatusChip status="exempted" />{' '}
                <CheckLine check={check} />
                {check.exemption && (
                  <ExemptionNote exemption={check.exemption} />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
