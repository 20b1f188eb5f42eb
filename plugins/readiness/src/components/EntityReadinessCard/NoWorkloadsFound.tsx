import { CodeSnippet } from '@backstage/core-components';
import type { Entity } from '@backstage/catalog-model';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

const KUBERNETES_ID = 'backstage.io/kubernetes-id';

/** Props of {@link NoWorkloadsFound}. */
export interface NoWorkloadsFoundProps {
  entity: Entity;
  /** How the backend looked for the workloads, e.g. `backstage.io/kubernetes-id=payments`. */
  matchedBy: string | null;
}

function setupSnippet(kubernetesId: string) {
  return `# On each workload and its pod template:
metadata:
  labels:
    ${KUBERNETES_ID}: ${kubernetesId}
---
# Optional, in the entity's catalog-info.yaml:
metadata:
  annotations:
    ${KUBERNETES_ID}: ${kubernetesId}
    backstage.io/kubernetes-namespace: <namespace>
    backstage.io/kubernetes-label-selector: app=${kubernetesId}`;
}

/**
 * Shown when no scanned cluster runs anything of this entity. Readiness is measured where the
 * workloads run, so the fix is to connect the entity to them, and this says how. A compact
 * layout rather than `EmptyState`, whose illustration leaves a card too little room for the
 * snippet.
 */
export function NoWorkloadsFound(props: NoWorkloadsFoundProps) {
  const { entity, matchedBy } = props;
  const entityName = entity.metadata.title ?? entity.metadata.name;
  const kubernetesId =
    entity.metadata.annotations?.[KUBERNETES_ID] ?? entity.metadata.name;
  return (
    <section>
      <Typography variant="h6" component="h3" gutterBottom>
        No workloads of {entityName} were found on any scanned cluster
      </Typography>
      <Typography variant="body2" paragraph>
        Readiness scores the clusters this entity's workloads run on, and finds
        them by the <code>{KUBERNETES_ID}</code> label. Label the workloads as
        below; annotate the entity too if its workloads use another id, live in
        specific namespaces or are selected by other labels.
      </Typography>
      {matchedBy && (
        <Typography variant="body2" color="textSecondary" paragraph>
          Searched for workloads labelled <code>{matchedBy}</code>.
        </Typography>
      )}
      <Box maxWidth="44rem">
        <CodeSnippet
          language="yaml"
          text={setupSnippet(kubernetesId)}
          showCopyCodeButton
        />
      </Box>
    </section>
  );
}
