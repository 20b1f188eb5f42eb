import {
  EmptyState,
  Link,
  MarkdownContent,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import type { RunbookDocument } from '@readiness/plugin-readiness-common';
import { useCallback } from 'react';
import { errorReason, errorStatus } from '../../lib/errorReason';
import { rewriteRunbookHref } from '../../lib/runbookLinks';
import { rootRouteRef, runbookRouteRef } from '../../routes';

/** The page heading already shows the title; a leading `# Title` would repeat it. */
function withoutTitle(markdown: string): string {
  return markdown.replace(/^\s*#\s+[^\n]*\n?/, '');
}

/** Props of {@link RunbookDocumentView}. @internal */
export interface RunbookDocumentViewProps {
  id: string;
  state: { loading: boolean; error?: Error; value?: RunbookDocument };
}

/**
 * A runbook's Markdown, or why it cannot be shown. Links between runbooks (`<id>.md`) are
 * turned into portal links so reading on stays inside the app.
 *
 * @internal
 */
export function RunbookDocumentView(props: RunbookDocumentViewProps) {
  const { id, state } = props;
  const runbookLink = useRouteRef(runbookRouteRef);
  const reportLink = useRouteRef(rootRouteRef);
  const transformLinkUri = useCallback(
    (href: string) =>
      rewriteRunbookHref(href, target => runbookLink({ id: target })),
    [runbookLink],
  );

  if (state.loading) {
    return <Progress />;
  }
  if (state.error && errorStatus(state.error) === 404) {
    return (
      <EmptyState
        missing="content"
        title={`No runbook for check ${id}`}
        description={`The readiness backend has no runbook named ${id}: ${errorReason(
          state.error,
        )}. Runbooks are the Markdown files in docs/runbooks, one per check id.`}
        action={<Link to={reportLink()}>Back to the readiness report</Link>}
      />
    );
  }
  if (state.error) {
    return (
      <ResponseErrorPanel
        error={state.error}
        title={`Could not load the runbook ${id}: ${errorReason(state.error)}`}
      />
    );
  }
  return (
    <MarkdownContent
      content={withoutTitle(state.value?.markdown ?? '')}
      transformLinkUri={transformLinkUri}
    />
  );
}
