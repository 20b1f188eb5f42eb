import Chip from '@material-ui/core/Chip';
import { makeStyles, Theme } from '@material-ui/core/styles';
import CancelIcon from '@material-ui/icons/Cancel';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import HelpOutlineIcon from '@material-ui/icons/HelpOutline';
import RemoveCircleOutlineIcon from '@material-ui/icons/RemoveCircleOutline';
import SnoozeIcon from '@material-ui/icons/Snooze';
import WarningIcon from '@material-ui/icons/Warning';
import type { CheckStatus } from '@readiness/plugin-readiness-common';
import type { ReactElement } from 'react';

/** Words for each status: the chip is read, never decoded from its colour. */
export const CHECK_STATUS_LABELS: Record<CheckStatus, string> = {
  pass: 'pass',
  warn: 'warn',
  fail: 'fail',
  unknown: 'unknown',
  'not-applicable': 'not applicable',
  exempted: 'exempted',
};

const ICONS: Record<CheckStatus, ReactElement> = {
  pass: <CheckCircleIcon />,
  warn: <WarningIcon />,
  fail: <CancelIcon />,
  unknown: <HelpOutlineIcon />,
  'not-applicable': <RemoveCircleOutlineIcon />,
  // An exemption is a failure put off until its expiry, not a pass.
  exempted: <SnoozeIcon />,
};

const filled = (theme: Theme, colour: string) => ({
  backgroundColor: colour,
  color: theme.palette.getContrastText(colour),
  // The icon takes the label's contrast colour, not the chip's default grey.
  '& svg': { color: 'inherit' },
});

const useStyles = makeStyles((theme: Theme) => ({
  // Verdicts that count are filled with the theme's status colours; contrast text is computed
  // from them, so the label stays legible on the dark theme too.
  pass: filled(theme, theme.palette.success.main),
  warn: filled(theme, theme.palette.warning.main),
  fail: filled(theme, theme.palette.error.main),
  // Verdicts that do not count toward the score are outlined, in the body text colour.
  unknown: { borderStyle: 'dashed' },
  'not-applicable': {},
  exempted: {},
}));

/** Props of {@link CheckStatusChip}. @internal */
export interface CheckStatusChipProps {
  status: CheckStatus;
}

/**
 * A check's verdict as a small chip with an icon and the status in words.
 *
 * @internal
 */
export function CheckStatusChip(props: CheckStatusChipProps) {
  const { status } = props;
  const classes = useStyles();
  const outlined =
    status === 'unknown' ||
    status === 'not-applicable' ||
    status === 'exempted';
  return (
    <Chip
      size="small"
      variant={outlined ? 'outlined' : 'default'}
      label={CHECK_STATUS_LABELS[status]}
      icon={ICONS[status]}
      className={classes[status]}
    />
  );
}
