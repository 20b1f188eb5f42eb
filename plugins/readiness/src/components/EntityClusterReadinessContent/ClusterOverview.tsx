import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import {
  ClusterReport,
  MAX_TOTAL,
  PILLARS,
  ScanState,
} from '@readiness/plugin-readiness-common';
import { ScanStatus } from '../ScanStatus';
import { ScoreBadge } from '../ScoreBadge';
import { RescanButton } from './RescanButton';

/** Props of {@link ClusterOverview}. @internal */
export interface ClusterOverviewProps {
  name: string;
  /**
   * Null for a cluster no scan has reached; until a scan succeeds, the all-unknown report
   * written with the failure, whose zeros are not shown as scores.
   */
  report: ClusterReport | null;
  scan: ScanState;
  onRescan: () => Promise<void>;
}

function serverLine(server: ClusterReport['server']): string | null {
  const parts = [
    server.version && `Kubernetes ${server.version}`,
    server.provider,
    server.region,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/**
 * The verdict at a glance: total and band, how much was assessed, what the cluster runs, how
 * fresh the report is and a way to refresh it.
 *
 * @internal
 */
export function ClusterOverview(props: ClusterOverviewProps) {
  const { name, report, scan, onRescan } = props;
  const server = report && serverLine(report.server);
  const read = Boolean(scan.lastSuccessAt);
  return (
    <InfoCard
      // The entity page header already names the Resource; this names the scanned cluster.
      title="Verdict"
      subheader={`Cluster ${name}, scored 0–3 on each of nine pillars`}
    >
      <Box display="flex" flexDirection="column" gridGap={8}>
        <ScoreBadge
          total={read ? report?.total ?? null : null}
          max={report?.max ?? MAX_TOTAL}
        />
        {report && read && (
          <Typography variant="body2" color="textSecondary">
            {report.assessedPillars} of {PILLARS.length} pillars assessed
          </Typography>
        )}
        {report && !read && (
          <Typography variant="body2" color="textSecondary">
            No pillar assessed: no scan has read this cluster yet. Each check
            below says why it is unknown.
          </Typography>
        )}
        {server && <Typography variant="body2">{server}</Typography>}
        <ScanStatus scan={scan} />
        <RescanButton cluster={name} onRescan={onRescan} />
      </Box>
    </InfoCard>
  );
}
