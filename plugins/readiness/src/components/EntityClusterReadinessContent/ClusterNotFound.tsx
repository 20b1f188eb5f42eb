import { CodeSnippet } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { READINESS_CLUSTER_NAME_ANNOTATION } from '../../lib/clusterEntity';

/** Props of {@link ClusterNotFound}. @internal */
export interface ClusterNotFoundProps {
  /** The name the page asked the backend for. */
  cluster: string;
  /** The backend's reason, e.g. `no readiness report for cluster "x"`. */
  reason: string;
}

/**
 * Shown when the backend has no report under this Resource's cluster name: either the cluster
 * is not configured for scanning, or the Resource names it differently. Says how to fix both.
 *
 * @internal
 */
export function ClusterNotFound(props: ClusterNotFoundProps) {
  const { cluster, reason } = props;
  return (
    <section>
      <Typography variant="h6" component="h2" gutterBottom>
        No readiness report for cluster {cluster}
      </Typography>
      <Typography variant="body2" paragraph>
        The backend answered: {reason}. It scores the clusters listed under{' '}
        <code>readiness.clusters</code> (or the Kubernetes plugin's clusters)
        and knows this Resource by its{' '}
        <code>{READINESS_CLUSTER_NAME_ANNOTATION}</code> annotation, or by its
        name when there is none. If the names differ, annotate the Resource:
      </Typography>
      <Box maxWidth="40rem">
        <CodeSnippet
          language="yaml"
          text={`metadata:\n  annotations:\n    ${READINESS_CLUSTER_NAME_ANNOTATION}: <name in readiness.clusters>`}
          showCopyCodeButton
        />
      </Box>
    </section>
  );
}
