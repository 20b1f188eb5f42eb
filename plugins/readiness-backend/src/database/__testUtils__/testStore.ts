import { TestDatabases, mockServices } from '@backstage/backend-test-utils';
import { ReadinessStore } from '../ReadinessStore';

/** A migrated store on one of the test databases, with its knex for direct checks. */
export async function createTestStore(
  databases: TestDatabases,
  databaseId: Parameters<TestDatabases['init']>[0],
) {
  const knex = await databases.init(databaseId);
  const store = await ReadinessStore.create(
    mockServices.database({ knex, migrations: { skip: false } }),
  );
  return { knex, store };
}
