import { ClusterSummary } from '@readiness/plugin-readiness-common';
import { clusterColumns, toClusterRow } from './columns';

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

const classes = {
  link: 'l',
  stale: 'st',
  muted: 'm',
  visuallyHidden: 'v',
  scan: 's',
  error: 'e',
};

describe('toClusterRow', () => {
  it('keys the scores by pillar', () => {
    expect(toClusterRow(summary)).toEqual({
      ...summary,
      scores: { tenancy: 2, backup: null },
    });
  });
});

describe('clusterColumns', () => {
  const columns = clusterColumns(
    classes,
    name => `/catalog/default/resource/${name}`,
  );
  const value = (id: string) =>
    columns.find(c => c.id === id)!.sortValue(toClusterRow(summary));

  it('has the cluster, total, last scan and the nine pillars in rubric order', () => {
    expect(columns.map(c => c.id)).toEqual([
      'name',
      'total',
      'lastScan',
      'identity',
      'backup',
      'monitoring',
      'upgrades',
      'tenancy',
      'cost',
      'scaling',
      'security',
      'incidents',
    ]);
    expect(columns.find(c => c.id === 'tenancy')!.description).toBe(
      'Multi-tenancy & isolation',
    );
  });

  it('sorts by each column’s own value, unassessed pillars as null', () => {
    expect(value('name')).toBe('prod-eu-west-1');
    expect(value('total')).toBe(5);
    expect(value('lastScan')).toBe('2026-11-25T10:00:00.000Z');
    expect(value('tenancy')).toBe(2);
    expect(value('backup')).toBeNull();
    // Not in the summary at all (an older report): also not assessed.
    expect(value('security')).toBeNull();
  });
});
