import { InfoCard } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import type { ClusterDetail } from '@readiness/plugin-readiness-common';
import { orderedPillars } from '../../lib/orderedPillars';
import { ClusterRisks } from '../ClusterRisks';
import { ClusterHistorySection } from './ClusterHistorySection';
import { ClusterOverview } from './ClusterOverview';
import { CoverageGaps } from './CoverageGaps';
import { IgnoredDeclarations } from './IgnoredDeclarations';
import { PillarChecks } from './PillarChecks';

/** Props of {@link ClusterScorecard}. @internal */
export interface ClusterScorecardProps {
  detail: ClusterDetail;
  onRescan: () => Promise<void>;
}

/**
 * The full scorecard of one cluster. What will fail first sits beside the verdict, above the
 * detail, because it is the part that has a deadline.
 *
 * @internal
 */
export function ClusterScorecard(props: ClusterScorecardProps) {
  const { detail, onRescan } = props;
  const { report } = detail;
  const overview = (
    <ClusterOverview
      name={detail.name}
      report={report}
      scan={detail.scan}
      onRescan={onRescan}
    />
  );
  if (!report) {
    return (
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          {overview}
        </Grid>
      </Grid>
    );
  }
  const checksById = new Map(report.pillars.map(p => [p.id, p.checks]));
  // Until a scan succeeds the report is all unknown: its pillars' zeros measured nothing.
  const read = Boolean(detail.scan.lastSuccessAt);
  return (
    <Grid container spacing={3} alignItems="stretch">
      <Grid item xs={12} md={5}>
        {overview}
      </Grid>
      <Grid item xs={12} md={7}>
        <InfoCard
          title="What will fail first"
          subheader="The usual order of first incidents, for this cluster, most urgent first"
        >
          {/* Older backends send no risks; an absent list is not a clean bill. */}
          <ClusterRisks risks={report.risks ?? []} showObjects />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard
          title="Coverage gaps"
          subheader="Resources the scan could not read, and why"
        >
          <CoverageGaps gaps={report.coverageGaps} />
        </InfoCard>
      </Grid>
      {/* Listed only when there are some: the absence of a problem needs no card. */}
      {report.ignoredDeclarations && report.ignoredDeclarations.length > 0 && (
        <Grid item xs={12}>
          <InfoCard
            title="Annotations not applied"
            subheader="Exemptions and attestations declared as annotations that the scan could not use, and why"
          >
            <IgnoredDeclarations declarations={report.ignoredDeclarations} />
          </InfoCard>
        </Grid>
      )}
      <Grid item xs={12}>
        <InfoCard
          title="Scorecard"
          subheader="Each pillar scores the highest level at which every check passes"
        >
          {orderedPillars(report.pillars).map(pillar => (
            <PillarChecks
              key={pillar.id}
              pillar={{
                ...pillar,
                score: read ? pillar.score : null,
                checks: checksById.get(pillar.id) ?? [],
              }}
            />
          ))}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        {/* Keyed by scan time, so a rescan also reloads the history. */}
        <ClusterHistorySection key={report.scannedAt} cluster={detail.name} />
      </Grid>
    </Grid>
  );
}
