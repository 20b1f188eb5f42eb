import { ClusterSummary } from '@readiness/plugin-readiness-common';
import { toClusterRow } from './columns';

describe('toClusterRow', () => {
  const summary: ClusterSummary = {
    name: 'prod-eu-west-1',
    total: 5,
    max: 27,
    assessedPillars: 2,
    pillars: [
      {
        id: 'tenancy',
        title: 'Multi-tenancy & isolation',
        score: 2,
        coverage: 1,
      },
      { id: 'backup', title: 'Backup & DR', score: null, coverage: 0 },
    ],
    scan: {
      lastSuccessAt: '2026-11-25T10:00:00.000Z',
      lastAttemptAt: '2026-11-25T10:00:00.000Z',
      lastError: null,
      stale: false,
    },
  };

  it('keys the row by cluster name and the scores by pillar', () => {
    expect(toClusterRow(summary)).toEqual({
      ...summary,
      // material-table keeps row state by `id` and warns about rows without one.
      id: 'prod-eu-west-1',
      scores: { tenancy: 2, backup: null },
    });
  });
});
