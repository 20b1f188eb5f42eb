import { Content, Header, Link, Page } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { readinessApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import { runbookHeading } from './runbookHeading';
import { RunbookDocumentView } from './RunbookDocumentView';

/** The runbook id from the route, and the request for its document. */
function useRunbook() {
  const { id = '' } = useParams();
  const readinessApi = useApi(readinessApiRef);
  const state = useAsync(() => readinessApi.getRunbook(id), [readinessApi, id]);
  const heading = runbookHeading(id, state.value?.title);
  return { id, state, heading };
}

/**
 * A check's runbook as a full legacy page, with its title, pillar and level in the header.
 * Mounted below the report at `/readiness/runbooks/:id`.
 *
 * @internal
 */
export function RunbookPage() {
  const { id, state, heading } = useRunbook();
  const reportLink = useRouteRef(rootRouteRef);
  return (
    <Page themeId="tool">
      <Header
        title={heading.title}
        subtitle={heading.subtitle ?? undefined}
        type="Readiness runbook"
        typeLink={reportLink()}
      />
      <Content>
        <RunbookDocumentView id={id} state={state} />
      </Content>
    </Page>
  );
}

/**
 * The runbook without a page shell, for the new frontend system, whose plugin page draws the
 * header: the check's title and pillar head the content instead.
 *
 * @internal
 */
export function RunbookContent() {
  const { id, state, heading } = useRunbook();
  const reportLink = useRouteRef(rootRouteRef);
  return (
    <Box p={3} maxWidth="60rem">
      <Typography variant="body2" gutterBottom>
        <Link to={reportLink()}>Readiness report</Link> › Runbook
      </Typography>
      <Typography variant="h4" component="h1">
        {heading.title}
      </Typography>
      {heading.subtitle && (
        <Typography variant="subtitle1" color="textSecondary" gutterBottom>
          {heading.subtitle}
        </Typography>
      )}
      <RunbookDocumentView id={id} state={state} />
    </Box>
  );
}
