import path from 'node:path';
import { collectFacts } from '../collect/collectFacts';
import { DEFAULT_CHECK_SETTINGS } from '../config';
import { SnapshotReader } from '../kube/SnapshotReader';
import { scoreCluster } from './scoreCluster';

describe('a namespace several teams share', () => {
  it('shows up as an isolation gap naming the teams', async () => {
    const reader = new SnapshotReader(
      'test',
      path.join(__dirname, '__fixtures__', 'shared-namespace.yaml'),
    );
    const { facts } = await collectFacts(
      reader,
      new Date('2026-11-25T12:00:00Z'),
    );
    const report = scoreCluster(facts, {
      settings: DEFAULT_CHECK_SETTINGS,
      runbookUrl: id => id,
    });
    const commons = report.namespaces.find(ns => ns.name === 'commons')!;
    expect(commons.gaps).toContain(
      'shared with other teams: search, storefront',
    );
    expect(commons.cost?.shares?.map(s => s.owner).sort()).toEqual([
      'search',
      'storefront',
    ]);
  });
});
