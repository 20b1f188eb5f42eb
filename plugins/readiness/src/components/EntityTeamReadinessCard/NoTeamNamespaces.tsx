import { CodeSnippet } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';

/** Props of {@link NoTeamNamespaces}. @internal */
export interface NoTeamNamespacesProps {
  /** The group's name, the value its namespaces are labelled with. */
  teamName: string;
}

function snippet(teamName: string) {
  return `# On each namespace the team owns:
metadata:
  labels:
    team: ${teamName}
---
# In the catalog-info.yaml of each of the team's Components, naming its workloads:
metadata:
  annotations:
    backstage.io/kubernetes-id: <component>`;
}

/**
 * Shown when no scanned cluster has a namespace owned by this team. Ownership comes from
 * namespace labels and from the team's Components, so this says how to set either.
 *
 * @internal
 */
export function NoTeamNamespaces(props: NoTeamNamespacesProps) {
  const { teamName } = props;
  return (
    <section>
      <Typography variant="h6" component="h3" gutterBottom>
        {teamName} owns no namespace on any scanned cluster
      </Typography>
      <Typography variant="body2" paragraph>
        A namespace belongs to a team when it carries the label{' '}
        <code>team: {teamName}</code>, or when it runs the workloads of a
        Component the team owns, found by the Component's{' '}
        <code>backstage.io/kubernetes-id</code> annotation. Until then its cost
        and readiness are nobody's.
      </Typography>
      <Box maxWidth="44rem">
        <CodeSnippet
          language="yaml"
          text={snippet(teamName)}
          showCopyCodeButton
        />
      </Box>
    </section>
  );
}
