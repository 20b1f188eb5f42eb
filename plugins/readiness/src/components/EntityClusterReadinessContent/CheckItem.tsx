import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import type { CheckResult } from '@readiness/plugin-readiness-common';
import {
  AffectedObjects,
  AttestationNote,
  CheckStatusChip,
  ExemptionNote,
} from '../CheckDetails';
import { RunbookLink } from '../RunbookLink';

const useStyles = makeStyles((theme: Theme) => ({
  root: {
    display: 'grid',
    // The status chip keeps its column so titles line up down the list.
    gridTemplateColumns: '7.5rem minmax(0, 1fr)',
    columnGap: theme.spacing(1.5),
    padding: theme.spacing(1, 0),
    borderTop: `1px solid ${theme.palette.divider}`,
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.25),
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0, 1.5),
  },
}));

/** Props of {@link CheckItem}. @internal */
export interface CheckItemProps {
  check: CheckResult;
}

/**
 * One check of the full scorecard: verdict, rung, whether it was observed or attested (and by
 * whom), the evidence, the objects it names and its runbook.
 *
 * @internal
 */
export function CheckItem(props: CheckItemProps) {
  const { check } = props;
  const classes = useStyles();
  return (
    <li className={classes.root} aria-label={check.title}>
      <div>
        <CheckStatusChip status={check.status} />
      </div>
      <div className={classes.body}>
        <Typography variant="body2">
          <strong>{check.title}</strong>
        </Typography>
        <Typography
          variant="caption"
          color="textSecondary"
          className={classes.meta}
        >
          <span>level {check.level}</span>
          <span>{check.source}</span>
          <span>{check.id}</span>
        </Typography>
        <Typography variant="body2">{check.evidence}</Typography>
        <AffectedObjects objects={check.objects} label={check.title} />
        {check.attestation && (
          <AttestationNote attestation={check.attestation} />
        )}
        {check.exemption && <ExemptionNote exemption={check.exemption} />}
        <Typography variant="body2">
          <RunbookLink href={check.runbook} checkTitle={check.title} />
        </Typography>
      </div>
    </li>
  );
}
