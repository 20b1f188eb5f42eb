import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { PILLARS, PillarResult } from '@readiness/plugin-readiness-common';
import { PillarBar } from '../PillarBar';
import { CheckItem } from './CheckItem';

const useStyles = makeStyles((theme: Theme) => ({
  root: {
    marginBottom: theme.spacing(3),
  },
  bar: {
    maxWidth: '40rem',
  },
  checks: {
    listStyle: 'none',
    margin: theme.spacing(1, 0, 0),
    padding: 0,
  },
}));

/** Props of {@link PillarChecks}. @internal */
export interface PillarChecksProps {
  pillar: PillarResult;
}

/**
 * One pillar of the scorecard: its 0–3 bar and coverage, what production-ready means for it,
 * and every check, lowest level first because a pillar cannot score above its first failing
 * rung.
 *
 * @internal
 */
export function PillarChecks(props: PillarChecksProps) {
  const { pillar } = props;
  const classes = useStyles();
  const summary = PILLARS.find(p => p.id === pillar.id)?.summary;
  const checks = [...pillar.checks].sort((a, b) => a.level - b.level);
  return (
    <section className={classes.root} aria-label={pillar.title}>
      <div className={classes.bar}>
        <PillarBar
          title={pillar.title}
          score={pillar.score}
          coverage={pillar.coverage}
        />
      </div>
      {summary && (
        <Typography variant="caption" color="textSecondary">
          Production-ready: {summary}
        </Typography>
      )}
      {checks.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          Not assessed: this version has no checks for this pillar yet.
        </Typography>
      ) : (
        <ul className={classes.checks} aria-label={`Checks of ${pillar.title}`}>
          {checks.map(check => (
            <CheckItem key={check.id} check={check} />
          ))}
        </ul>
      )}
    </section>
  );
}
