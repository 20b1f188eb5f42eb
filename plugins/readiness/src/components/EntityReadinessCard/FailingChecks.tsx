import Link from '@material-ui/core/Link';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { CheckResult, pillarTitle } from '@readiness/plugin-readiness-common';

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
}));

/** Runbooks elsewhere open beside the portal; the portal's own runbooks open in place. */
const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' } as const;

function isExternal(url: string) {
  return /^https?:\/\//i.test(url);
}

/** Props of {@link FailingChecks}. */
export interface FailingChecksProps {
  /** Failing or unknown checks, most severe first, as the API orders them. */
  checks: CheckResult[];
}

/**
 * The top failing checks of a cluster, each with one line of evidence and its runbook. An
 * `unknown` check is labelled as such: missing evidence is not the same finding as a failure.
 */
export function FailingChecks(props: FailingChecksProps) {
  const { checks } = props;
  const classes = useStyles();
  if (checks.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No failing checks.
      </Typography>
    );
  }
  const shown = checks.slice(0, MAX_SHOWN);
  return (
    <section>
      <Typography variant="subtitle2" component="h4" gutterBottom>
        Top failing checks
      </Typography>
      <ol className={classes.list}>
        {shown.map(check => (
          <li key={check.id} className={classes.check}>
            <Typography variant="body2" component="span">
              <strong>{check.title}</strong>
            </Typography>
            <Typography
              variant="caption"
              color="textSecondary"
              className={classes.meta}
            >
              {pillarTitle(check.pillar)}, level {check.level}
            </Typography>
            <Typography variant="body2" color="textSecondary">
              {check.status === 'unknown'
                ? `unknown: ${check.evidence}`
                : check.evidence}{' '}
              <Link
                href={check.runbook}
                aria-label={`Runbook: ${check.title}`}
                {...(isExternal(check.runbook) ? NEW_TAB : {})}
              >
                Runbook
              </Link>
            </Typography>
          </li>
        ))}
      </ol>
      {checks.length > MAX_SHOWN && (
        <Typography variant="body2" color="textSecondary">
          and {checks.length - MAX_SHOWN} more failing{' '}
          {checks.length - MAX_SHOWN === 1 ? 'check' : 'checks'}
        </Typography>
      )}
    </section>
  );
}
