import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { CHECKS } from '@readiness/plugin-readiness-common';
import { FormEvent, useState } from 'react';

const useStyles = makeStyles((theme: Theme) => ({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))',
    gap: theme.spacing(2),
    alignItems: 'start',
    marginTop: theme.spacing(1),
  },
  error: { color: theme.palette.error.main, gridColumn: '1 / -1' },
}));

/** What a submit handler gets; it throws to show the server's reason under the form. */
type Submit<T> = (value: T) => Promise<void>;

function useSubmit<T>(onSubmit: Submit<T>) {
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent, value: T) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(value);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, submit };
}

const ATTESTABLE = CHECKS.filter(c => c.attested);

/** Declares a fact the API cannot show: which check, since when, and the evidence link. */
export function AttestationForm(props: {
  onSubmit: Submit<{ check: string; date: string; evidence: string }>;
}) {
  const classes = useStyles();
  const [check, setCheck] = useState(ATTESTABLE[0]?.id ?? '');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [evidence, setEvidence] = useState('');
  const { error, busy, submit } = useSubmit(props.onSubmit);
  return (
    <form
      aria-label="Add an attestation"
      className={classes.form}
      onSubmit={e => submit(e, { check, date, evidence })}
    >
      <TextField
        select
        id="attestation-check"
        label="Check"
        value={check}
        onChange={e => setCheck(e.target.value)}
        variant="outlined"
        size="small"
      >
        {ATTESTABLE.map(c => (
          <MenuItem key={c.id} value={c.id}>
            {c.title}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        id="attestation-date"
        label="Date"
        type="date"
        value={date}
        onChange={e => setDate(e.target.value)}
        variant="outlined"
        size="small"
        InputLabelProps={{ shrink: true }}
        required
      />
      <TextField
        id="attestation-evidence"
        label="Evidence (https link)"
        value={evidence}
        onChange={e => setEvidence(e.target.value)}
        variant="outlined"
        size="small"
        required
      />
      <Button type="submit" variant="contained" color="primary" disabled={busy}>
        Attest
      </Button>
      {error && (
        <Typography role="alert" variant="body2" className={classes.error}>
          {error}
        </Typography>
      )}
    </form>
  );
}

/** Accepts a failing check, for the whole cluster or one namespace, with a reason and an end. */
export function ExemptionForm(props: {
  checks: string[];
  onSubmit: Submit<{
    check: string;
    namespace?: string;
    reason: string;
    expires: string;
  }>;
}) {
  const classes = useStyles();
  const [check, setCheck] = useState(props.checks[0] ?? '');
  const [namespace, setNamespace] = useState('');
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState('');
  const { error, busy, submit } = useSubmit(props.onSubmit);
  return (
    <form
      aria-label="Add an exemption"
      className={classes.form}
      onSubmit={e =>
        submit(e, {
          check,
          reason,
          expires,
          ...(namespace ? { namespace } : {}),
        })
      }
    >
      <TextField
        select
        id="exemption-check"
        label="Failing check"
        value={check}
        onChange={e => setCheck(e.target.value)}
        variant="outlined"
        size="small"
      >
        {props.checks.map(id => (
          <MenuItem key={id} value={id}>
            {id}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        id="exemption-namespace"
        label="Namespace (optional)"
        value={namespace}
        onChange={e => setNamespace(e.target.value)}
        variant="outlined"
        size="small"
      />
      <TextField
        id="exemption-reason"
        label="Reason"
        value={reason}
        onChange={e => setReason(e.target.value)}
        variant="outlined"
        size="small"
        required
      />
      <TextField
        id="exemption-expires"
        label="Expires"
        type="date"
        value={expires}
        onChange={e => setExpires(e.target.value)}
        variant="outlined"
        size="small"
        InputLabelProps={{ shrink: true }}
        required
      />
      <Button
        type="submit"
        variant="contained"
        color="primary"
        disabled={busy || !check}
      >
        Exempt
      </Button>
      {error && (
        <Typography role="alert" variant="body2" className={classes.error}>
          {error}
        </Typography>
      )}
    </form>
  );
}
