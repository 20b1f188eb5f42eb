import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import WarningIcon from '@material-ui/icons/Warning';
import type { ScanState } from '@readiness/plugin-readiness-common';
import { formatRelativeTime } from '../../lib/relativeTime';

const useStyles = makeStyles((theme: Theme) => ({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  stale: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.getContrastText(theme.palette.warning.main),
  },
  staleIcon: {
    color: 'inherit',
  },
}));

/**
 * Marks a report as out of date, in words and the theme's warning colour.
 *
 * @internal
 */
export function StaleChip() {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      label="stale"
      icon={<WarningIcon className={classes.staleIcon} />}
      className={classes.stale}
    />
  );
}

/** Props of {@link ScanStatus}. @internal */
export interface ScanStatusProps {
  scan: ScanState;
  /** Hides the last error text, for dense places such as table cells. */
  hideError?: boolean;
}

/**
 * When the shown report was produced ("scanned 42 minutes ago"), a visible "stale" chip when
 * it is out of date, and why the latest attempt failed, since the card keeps showing the last
 * good report when a scan fails.
 *
 * @internal
 */
export function ScanStatus(props: ScanStatusProps) {
  const { scan, hideError } = props;
  const classes = useStyles();
  return (
    <div className={classes.root}>
      <Typography
        variant="body2"
        color="textSecondary"
        title={scan.lastSuccessAt ?? undefined}
      >
        {scan.lastSuccessAt
          ? `scanned ${formatRelativeTime(scan.lastSuccessAt)}`
          : 'never scanned successfully'}
      </Typography>
      {scan.stale && <StaleChip />}
      {scan.lastError && !hideError && (
        <Typography variant="body2" color="error">
          Last scan failed: {scan.lastError}
        </Typography>
      )}
    </div>
  );
}
