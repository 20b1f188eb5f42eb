import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import Typography from '@material-ui/core/Typography';
import {
  AttestationItem,
  ExemptionItem,
  readinessAttestationCreatePermission,
  readinessExemptionCreatePermission,
} from '@readiness/plugin-readiness-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { readinessDeclarationsApiRef } from '../../api';
import { AttestationForm, ExemptionForm } from './DeclarationForms';

const attestationColumns: TableColumn<AttestationItem>[] = [
  { title: 'Check', field: 'check' },
  { title: 'Date', field: 'date' },
  { title: 'By', field: 'by' },
  { title: 'Expires', field: 'expires' },
  { title: 'Status', field: 'status' },
  { title: 'Evidence', field: 'evidence' },
];

const exemptionColumns: TableColumn<ExemptionItem>[] = [
  { title: 'Check', field: 'check' },
  {
    title: 'Scope',
    render: e =>
      e.namespace ??
      (e.object ? `${e.object.kind} ${e.object.name}` : 'whole check'),
  },
  { title: 'Reason', field: 'reason' },
  { title: 'By', field: 'by' },
  { title: 'Expires', field: 'expires' },
  { title: 'Status', field: 'status' },
];

/** Props of {@link ClusterDeclarations}. @internal */
export interface ClusterDeclarationsProps {
  cluster: string;
  /** Failing check ids, the ones worth offering for an exemption. */
  failingChecks: string[];
  /** Called after a declaration was made, so the page can rescan and reload. */
  onChange(): Promise<void> | void;
}

/**
 * Who vouched for what on this cluster and which failures were accepted, with who, when and until
 * when; users allowed to create them get the forms.
 *
 * @internal
 */
export function ClusterDeclarations(props: ClusterDeclarationsProps) {
  const { cluster, failingChecks, onChange } = props;
  const api = useApi(readinessDeclarationsApiRef);
  const canAttest = usePermission({
    permission: readinessAttestationCreatePermission,
  });
  const canExempt = usePermission({
    permission: readinessExemptionCreatePermission,
  });
  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const [attestations, exemptions] = await Promise.all([
      api.getAttestations(cluster),
      api.getExemptions(cluster),
    ]);
    return { attestations, exemptions };
  }, [api, cluster]);

  if (loading && !value) return <Progress />;
  if (error) {
    return (
      <ResponseErrorPanel
        error={error}
        title={`Could not load the attestations and exemptions of ${cluster}`}
      />
    );
  }
  const after = async () => {
    retry();
    await onChange();
  };
  return (
    <InfoCard
      title="Attestations and exemptions"
      subheader="Facts the API cannot show, vouched for by people; failures accepted with a reason and an end date"
    >
      <Table
        title="Attestations"
        options={{ paging: false, search: false, padding: 'dense' }}
        columns={attestationColumns}
        data={value?.attestations ?? []}
        emptyContent={
          <Typography variant="body2">
            No attestations made through the portal.
          </Typography>
        }
      />
      {canAttest.allowed && (
        <AttestationForm
          onSubmit={async request => {
            await api.createAttestation({ cluster, ...request });
            await after();
          }}
        />
      )}
      <Table
        title="Exemptions"
        options={{ paging: false, search: false, padding: 'dense' }}
        columns={exemptionColumns}
        data={value?.exemptions ?? []}
        emptyContent={
          <Typography variant="body2">
            No exemptions made through the portal.
          </Typography>
        }
      />
      {canExempt.allowed && failingChecks.length > 0 && (
        <ExemptionForm
          checks={failingChecks}
          onSubmit={async request => {
            await api.createExemption({ cluster, ...request });
            await after();
          }}
        />
      )}
    </InfoCard>
  );
}
