import { clusterSummaries } from '../__fixtures__/clusterSummaries';
import { ClusterFilters, filterClusters, NO_FILTERS } from './filterClusters';

function names(filters: Partial<ClusterFilters>) {
  return filterClusters(clusterSummaries, { ...NO_FILTERS, ...filters }).map(
    c => c.name,
  );
}

describe('filterClusters', () => {
  it('keeps every cluster without filters', () => {
    expect(names({})).toEqual(['prod-eu-1', 'staging-eu-1', 'edge-us-2']);
  });

  it.each([
    ['partly-ready', ['prod-eu-1']],
    ['not-ready', ['staging-eu-1']],
    ['ready', []],
    ['unscored', ['edge-us-2']],
  ] as const)('filters the %s band', (band, expected) => {
    expect(names({ band })).toEqual(expected);
  });

  it('keeps only stale clusters', () => {
    expect(names({ staleOnly: true })).toEqual(['staging-eu-1', 'edge-us-2']);
  });

  it('searches names and last errors, ignoring case and spaces', () => {
    expect(names({ search: '  EU-1 ' })).toEqual(['prod-eu-1', 'staging-eu-1']);
    expect(names({ search: 'econnrefused' })).toEqual(['staging-eu-1']);
  });

  it('combines filters', () => {
    expect(names({ staleOnly: true, search: 'edge' })).toEqual(['edge-us-2']);
    expect(names({ band: 'partly-ready', staleOnly: true })).toEqual([]);
  });
});
