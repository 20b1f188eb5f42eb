import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';

/** The rubric's scale: each pillar scores 0 to 3. */
const PILLAR_MAX = 3;

const useStyles = makeStyles((theme: Theme) => ({
  root: {
    display: 'grid',
    // The title takes what is left and wraps; bar and score keep their width, never clipped.
    gridTemplateColumns: 'minmax(0, 1fr) auto 6.5rem',
    alignItems: 'center',
    columnGap: theme.spacing(1.5),
  },
  segments: {
    display: 'flex',
    gap: 3,
  },
  segment: {
    width: theme.spacing(4),
    height: theme.spacing(1.25),
    borderRadius: 2,
    backgroundColor: theme.palette.action.disabledBackground,
  },
  unassessed: {
    backgroundColor: 'transparent',
    border: `1px dashed ${theme.palette.text.disabled}`,
  },
  // Filled segments take the colour of the pillar's level, so a 1 reads differently from a 3.
  level1: { backgroundColor: theme.palette.error.main },
  level2: { backgroundColor: theme.palette.warning.main },
  level3: { backgroundColor: theme.palette.success.main },
  value: {
    whiteSpace: 'nowrap',
  },
  coverage: {
    gridColumn: '1 / -1',
  },
}));

/** Props of {@link PillarBar}. @internal */
export interface PillarBarProps {
  /** The pillar's title, e.g. "Multi-tenancy & isolation". */
  title: string;
  /** 0–3, or null when this version does not assess the pillar yet. */
  score: number | null;
  /** Share of the pillar's checks that could be evaluated, 0–1; mentioned when below 1. */
  coverage?: number;
}

/**
 * One pillar as a 0–3 segmented bar, with its title and score as text so the bar is never
 * read by colour alone. An unassessed pillar is shown as "not assessed", never as 0.
 *
 * @internal
 */
export function PillarBar(props: PillarBarProps) {
  const { title, score, coverage } = props;
  const classes = useStyles();
  const assessed = score !== null;
  const label = assessed
    ? `${title}: ${score} of ${PILLAR_MAX}`
    : `${title}: not assessed`;
  const levelClass = assessed && score > 0 ? classes[levelKey(score)] : '';

  return (
    <div className={classes.root}>
      <Typography variant="body2">{title}</Typography>
      <div role="img" aria-label={label} className={classes.segments}>
        {[1, 2, 3].map(level => (
          <span
            key={level}
            className={[
              classes.segment,
              assessed ? '' : classes.unassessed,
              assessed && level <= score ? levelClass : '',
            ].join(' ')}
          />
        ))}
      </div>
      {/* Hidden from assistive technology: the bar's label already says it. */}
      <Typography
        variant="body2"
        color={assessed ? 'textPrimary' : 'textSecondary'}
        className={classes.value}
        aria-hidden
      >
        {assessed ? `${score} / ${PILLAR_MAX}` : 'not assessed'}
      </Typography>
      {assessed && coverage !== undefined && coverage < 1 && (
        <Typography
          variant="caption"
          color="textSecondary"
          className={classes.coverage}
        >
          coverage {Math.round(coverage * 100)}%: some checks could not be
          evaluated
        </Typography>
      )}
    </div>
  );
}

function levelKey(score: number): 'level1' | 'level2' | 'level3' {
  if (score >= 3) return 'level3';
  return score >= 2 ? 'level2' : 'level1';
}
