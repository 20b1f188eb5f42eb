import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import CircularProgress from '@material-ui/core/CircularProgress';
import Typography from '@material-ui/core/Typography';
import RefreshIcon from '@material-ui/icons/Refresh';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { errorReason, errorStatus } from '../../lib/errorReason';

/** Props of {@link RescanButton}. @internal */
export interface RescanButtonProps {
  cluster: string;
  /** Asks the backend to scan now; resolves when the scan is done. */
  onRescan: () => Promise<void>;
}

function failureMessage(error: Error): string {
  if (errorStatus(error) === 403) {
    return `You may not rescan this cluster: it needs the readiness.cluster.refresh permission (${errorReason(
      error,
    )}).`;
  }
  return `Rescan failed: ${errorReason(error)}`;
}

/**
 * "Rescan now": scans the cluster on demand, for the moment right after a fix when waiting for
 * the next scheduled scan is the slow part. The backend scans while the request is open, so
 * the button stays busy until the new report exists.
 *
 * @internal
 */
export function RescanButton(props: RescanButtonProps) {
  const { cluster, onRescan } = props;
  const [state, rescan] = useAsyncFn(async () => {
    await onRescan();
    return true;
  }, [onRescan]);
  return (
    <Box display="flex" flexWrap="wrap" alignItems="center" gridGap={8}>
      <Button
        variant="outlined"
        color="primary"
        size="small"
        startIcon={
          state.loading ? (
            <CircularProgress size={16} color="inherit" />
          ) : (
            <RefreshIcon />
          )
        }
        disabled={state.loading}
        onClick={() => rescan()}
        aria-label={`Rescan ${cluster} now`}
      >
        {state.loading ? 'Scanning…' : 'Rescan now'}
      </Button>
      {state.error && (
        <Typography variant="body2" color="error" role="alert">
          {failureMessage(state.error)}
        </Typography>
      )}
      {!state.loading && state.value && (
        <Typography variant="body2" color="textSecondary" role="status">
          Rescan finished.
        </Typography>
      )}
    </Box>
  );
}
