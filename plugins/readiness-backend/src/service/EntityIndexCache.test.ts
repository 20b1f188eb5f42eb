import { TestDatabases } from '@backstage/backend-test-utils';
import { createTestStore } from '../database/__testUtils__/testStore';
import { namespace, testReport } from '../database/__testUtils__/reports';
import { EntityIndexCache } from './EntityIndexCache';

jest.setTimeout(60_000);

describe('EntityIndexCache', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  const createStore = async () =>
    (await createTestStore(databases, 'SQLITE_3')).store;

  const withPayments = (scannedAt: string) =>
    testReport('prod', scannedAt, {
      namespaces: [
        {
          ...namespace('payments', 'group:default/payments'),
          kubernetesIds: ['payments-api'],
        },
      ],
    });

  it('reads a report once per scan, and the scan state on every call', async () => {
    const store = await createStore();
    const reads = jest.spyOn(store, 'getCluster');
    const cache = new EntityIndexCache(store);
    expect(await cache.clusters()).toEqual([]);

    await store.saveReport(
      withPayments('2026-11-25T10:00:00Z'),
      new Date('2026-11-25T10:00:00Z'),
    );
    // Concurrent first requests share one read.
    const [first] = await Promise.all([cache.clusters(), cache.clusters()]);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(
      first.map(c => c.index.byKubernetesId.get('payments-api')?.[0].name),
    ).toEqual(['payments']);

    await cache.clusters();
    expect(reads).toHaveBeenCalledTimes(1);

    // A failed scan keeps the report: no new read, but the error shows.
    await store.saveFailure(
      'prod',
      'connection refused',
      new Date('2026-11-25T10:30:00Z'),
      testReport('prod', '2026-11-25T10:30:00Z'),
    );
    const afterFailure = await cache.clusters();
    expect(reads).toHaveBeenCalledTimes(1);
    expect(afterFailure[0].state.lastError).toBe('connection refused');

    // A newer report (from this replica or another) is read again.
    await store.saveReport(
      withPayments('2026-11-25T11:00:00Z'),
      new Date('2026-11-25T11:00:00Z'),
    );
    const [latest] = await cache.clusters();
    expect(reads).toHaveBeenCalledTimes(2);
    expect(latest.index.scannedAt).toBe('2026-11-25T11:00:00Z');
    expect(latest.state.lastError).toBeNull();
  });
});
