import { CHECKS, ClusterReport } from '@readiness/plugin-readiness-common';

const LEVELS: Record<string, 'error' | 'warning' | 'note' | 'none'> = {
  fail: 'error',
  unknown: 'warning',
  warn: 'note',
};

/**
 * SARIF 2.1.0, so code-scanning UIs (GitHub, GitLab, Azure DevOps) list findings: one rule per
 * check, one result per failing, unknown or warning check, located at the objects it names.
 */
export function formatSarif(report: ClusterReport): string {
  const checks = report.pillars.flatMap(p => p.checks);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'readiness',
            informationUri: 'https://backstage.io',
            rules: CHECKS.map(c => ({
              id: c.id,
              name: c.id,
              shortDescription: { text: c.title },
              helpUri: checks.find(r => r.id === c.id)?.runbook,
              properties: { pillar: c.pillar, level: c.level },
            })),
          },
        },
        results: checks
          .filter(c => LEVELS[c.status])
          .map(c => ({
            ruleId: c.id,
            level: LEVELS[c.status],
            message: { text: `${c.status}: ${c.evidence}` },
            locations: (c.objects.length > 0
              ? c.objects
              : [{ kind: 'Cluster', name: report.cluster }]
            ).map(o => ({
              logicalLocations: [
                {
                  name: o.name,
                  fullyQualifiedName: `${report.cluster}/${
                    o.namespace ? `${o.namespace}/` : ''
                  }${o.kind}/${o.name}`,
                  kind: o.kind,
                },
              ],
            })),
          })),
        properties: {
          cluster: report.cluster,
          total: report.total,
          max: report.max,
        },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
