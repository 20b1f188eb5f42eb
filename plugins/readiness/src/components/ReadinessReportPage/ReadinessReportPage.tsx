import { Content, Header, Page } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import { ClusterReadinessTable } from '../ClusterReadinessTable';

/**
 * The portal report as a full legacy page, with its own header. The new frontend system
 * draws the header itself and mounts {@link ReadinessReportContent} instead. Exported from
 * the package as a routable extension.
 *
 * @internal
 */
export function ReadinessReportPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Production readiness"
        subtitle="Every scanned cluster on the nine pillars of production readiness"
      />
      <Content>
        <ClusterReadinessTable />
      </Content>
    </Page>
  );
}

/**
 * The report without a page shell, for hosts that provide their own header.
 *
 * @internal
 */
export function ReadinessReportContent() {
  return (
    <Box p={3}>
      <ClusterReadinessTable />
    </Box>
  );
}
