import Button from '@material-ui/core/Button';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles, Theme } from '@material-ui/core/styles';
import { CHECKS } from '@readiness/plugin-readiness-common';
import { FormEvent, ReactNode, useState } from 'react';

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

/** One outlined form field; a date field keeps its label above the browser's date mask. */
function Field(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'date';
  required?: boolean;
  /** Options make it a select. */
  children?: ReactNode;
}) {
  const { id, label, value, onChange, type, required, children } = props;
  return (
    <TextField
      id={id}
      label={label}
      value={value}
      onChange={e => onChange(e.target.value)}
      variant="outlined"
      size="small"
      select={children !== undefined}
      type={type}
      InputLabelProps={type === 'date' ? { shrink: true } : undefined}
      required={required}
    >
      {children}
    </TextField>
  );
}

/** The server's reason a submission failed, under the form. */
function FormError(props: { error?: string }) {
  const classes = useStyles();
  if (!props.error) return null;
  return (
    <Typography role="alert" variant="body2" className={classes.error}>
      {props.error}
    </Typography>
  );
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
      <Field
        id="attestation-check"
        label="Check"
        value={check}
        onChange={setCheck}
      >
        {ATTESTABLE.map(c => (
          <MenuItem key={c.id} value={c.id}>
            {c.title}
          </MenuItem>
        ))}
      </Field>
      <Field
        id="attestation-date"
        label="Date"
        type="date"
        value={date}
        onChange={setDate}
        required
      />
      <Field
        id="attestation-evidence"
        label="Evidence (https link)"
        value={evidence}
        onChange={setEvidence}
        required
      />
      <Button type="submit" variant="contained" color="primary" disabled={busy}>
        Attest
      </Button>
      <FormError error={error} />
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
      <Field
        id="exemption-check"
        label="Failing check"
        value={check}
        onChange={setCheck}
      >
        {props.checks.map(id => (
          <MenuItem key={id} value={id}>
            {id}
          </MenuItem>
        ))}
      </Field>
      <Field
        id="exemption-namespace"
        label="Namespace (optional)"
        value={namespace}
        onChange={setNamespace}
      />
      <Field
        id="exemption-reason"
        label="Reason"
        value={reason}
        onChange={setReason}
        required
      />
      <Field
        id="exemption-expires"
        label="Expires"
        type="date"
        value={expires}
        onChange={setExpires}
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
      <FormError error={error} />
    </form>
  );
}
