import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import type { CoverageGap } from '@readiness/plugin-readiness-common';

const useStyles = makeStyles((theme: Theme) => ({
  list: {
    margin: 0,
    paddingLeft: theme.spacing(2.5),
  },
  resource: {
    fontFamily: 'monospace',
  },
}));

/** Props of {@link CoverageGaps}. @internal */
export interface CoverageGapsProps {
  gaps: CoverageGap[];
}

/**
 * What the scan could not read, and why. Every `unknown` check traces back to one of these,
 * and most are fixed by a line of RBAC, so they are listed rather than folded into a score.
 *
 * @internal
 */
export function CoverageGaps(props: CoverageGapsProps) {
  const { gaps } = props;
  const classes = useStyles();
  if (gaps.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        Every resource the checks need could be read.
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="body2" paragraph>
        Checks that need these resources are <strong>unknown</strong>, which
        never counts as a pass. A 403 usually means the scanner's ClusterRole
        lacks a <code>list</code> rule.
      </Typography>
      <ul
        className={classes.list}
        aria-label="Resources that could not be read"
      >
        {gaps.map(gap => (
          <li key={gap.resource}>
            <Typography variant="body2">
              <span className={classes.resource}>{gap.resource}</span>
              {gap.statusCode !== null && ` (HTTP ${gap.statusCode})`}:{' '}
              {gap.reason}
            </Typography>
          </li>
        ))}
      </ul>
    </>
  );
}
