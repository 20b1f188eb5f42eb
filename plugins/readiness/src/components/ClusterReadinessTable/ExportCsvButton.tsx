import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import GetAppIcon from '@material-ui/icons/GetApp';
import { memo } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { readinessApiRef } from '../../api';
import { downloadText } from '../../lib/downloadText';
import { errorReason } from '../../lib/errorReason';

/** The file name the backend also suggests in its Content-Disposition. */
const FILE_NAME = 'readiness-report.csv';

/**
 * Downloads the whole report as CSV, for spreadsheets and quarterly reviews. The backend writes
 * the CSV (every cluster, unfiltered, with formula escaping); this only saves it. Memoised: it
 * has no props, and the rows arriving would re-render it for nothing.
 *
 * @internal
 */
export const ExportCsvButton = memo(function ExportCsvButtonView() {
  const readinessApi = useApi(readinessApiRef);
  const [state, exportCsv] = useAsyncFn(async () => {
    const csv = await readinessApi.getReportCsv();
    downloadText(FILE_NAME, csv, 'text/csv;charset=utf-8');
  }, [readinessApi]);
  return (
    <Box display="flex" alignItems="center" gridGap={8}>
      <Button
        variant="outlined"
        color="primary"
        startIcon={<GetAppIcon />}
        onClick={() => exportCsv()}
        disabled={state.loading}
      >
        Export CSV
      </Button>
      {state.error && (
        <Typography variant="body2" color="error" role="alert">
          Could not export the report: {errorReason(state.error)}
        </Typography>
      )}
    </Box>
  );
});
