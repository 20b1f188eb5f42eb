import { CodeSnippet, EmptyState } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { Entity } from '@backstage/catalog-model';

const KUBERNETES_ID_ANNOTATION = 'backstage.io/kubernetes-id';

/** Props of {@link NoWorkloadsFound}. */
export interface NoWorkloadsFoundProps {
  entity: Entity;
  /** How the backend looked for the workloads, e.g. `backstage.io/kubernetes-id=payments`. */
  matchedBy: string | null;
}

function setupSnippet(kubernetesId: string) {
  return `# 1. On each workload (Deployment, StatefulSet, CronJob...) and its pod template
metadata:
  labels:
    ${KUBERNETES_ID_ANNOTATION}: ${kubernetesId}

# 2. Optional, in the entity's catalog-info.yaml, to narrow the search
metadata:
  annotations:
    ${KUBERNETES_ID_ANNOTATION}: ${kubernetesId}
    backstage.io/kubernetes-namespace: <namespace>
    backstage.io/kubernetes-label-selector: 'app=${kubernetesId}'`;
}

/**
 * Shown when no scanned cluster runs anything of this entity. Readiness is measured where the
 * workloads run, so the fix is to connect the entity to them, and this says how.
 */
export function NoWorkloadsFound(props: NoWorkloadsFoundProps) {
  const { entity, matchedBy } = props;
  const entityName = entity.metadata.title ?? entity.metadata.name;
  const kubernetesId =
    entity.metadata.annotations?.[KUBERNETES_ID_ANNOTATION] ??
    entity.metadata.name;
  return (
    <EmptyState
      missing="info"
      title={`No workloads of ${entityName} were found on any scanned cluster`}
      description={
        <>
          <Typography variant="body1" paragraph>
            Readiness scores the clusters this entity's workloads run on. It
            finds them by the <code>{KUBERNETES_ID_ANNOTATION}</code> label.
          </Typography>
          {matchedBy && (
            <Typography variant="body2" color="textSecondary">
              Searched for workloads labelled <code>{matchedBy}</code>.
            </Typography>
          )}
        </>
      }
      action={
        <Box maxWidth="40rem">
          <CodeSnippet
            language="yaml"
            text={setupSnippet(kubernetesId)}
            showCopyCodeButton
          />
        </Box>
      }
    />
  );
}
