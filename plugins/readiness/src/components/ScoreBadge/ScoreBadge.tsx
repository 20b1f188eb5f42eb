import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import {
  ReadinessBand,
  readinessBand,
  readinessBandLabels,
} from '../../lib/readinessBand';

const bandColour = (theme: Theme, band: ReadinessBand) => {
  const colour = {
    'not-ready': theme.palette.error.main,
    'partly-ready': theme.palette.warning.main,
    ready: theme.palette.success.main,
  }[band];
  // Contrast text is computed from the theme's colour, so it stays legible in dark mode.
  return {
    backgroundColor: colour,
    color: theme.palette.getContrastText(colour),
  };
};

const useStyles = makeStyles((theme: Theme) => ({
  // In narrow places (table cells) the chip wraps below the total rather than squeezing it.
  root: {
    display: 'inline-flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(0.5, 1),
  },
  total: {
    whiteSpace: 'nowrap',
  },
  compactTotal: {
    ...theme.typography.body1,
    whiteSpace: 'nowrap',
  },
  // The look of a small MUI Chip without its component: the report draws one per row, and a
  // Chip and a Typography per row were a good part of its render time.
  label: {
    ...theme.typography.body2,
    fontSize: theme.typography.pxToRem(13),
    display: 'inline-flex',
    alignItems: 'center',
    height: 24,
    padding: theme.spacing(0, 1),
    borderRadius: 12,
    whiteSpace: 'nowrap',
  },
  'not-ready': bandColour(theme, 'not-ready'),
  'partly-ready': bandColour(theme, 'partly-ready'),
  ready: bandColour(theme, 'ready'),
}));

/** Props of {@link ScoreBadge}. @internal */
export interface ScoreBadgeProps {
  /** Sum of the assessed pillars; null when the cluster was never scanned. */
  total: number | null;
  /** 27: three points for each of the nine pillars. */
  max: number;
  /** `compact` drops the size of the total, for table cells. */
  size?: 'compact' | 'large';
}

/**
 * A cluster total as "N / 27" with its band (red, amber, green) as a coloured chip that also
 * names the band in words.
 *
 * @internal
 */
export function ScoreBadge(props: ScoreBadgeProps) {
  const { total, max, size = 'large' } = props;
  const classes = useStyles();
  if (total === null) {
    return (
      <Typography variant="body2" color="textSecondary">
        not scored yet
      </Typography>
    );
  }
  const band = readinessBand(total, max);
  if (size === 'compact') {
    return (
      <span className={classes.root}>
        <span className={classes.compactTotal}>
          {total} / {max}
        </span>
        <span className={`${classes.label} ${classes[band]}`}>
          {readinessBandLabels[band]}
        </span>
      </span>
    );
  }
  return (
    <span className={classes.root}>
      <Typography component="span" variant="h5" className={classes.total}>
        {total} / {max}
      </Typography>
      <Chip
        size="small"
        label={readinessBandLabels[band]}
        className={classes[band]}
      />
    </span>
  );
}
