/** A server on a suite's database (withStores) with the demo seed, and more accounts when given. */
import type { StoreSuite } from '../support/db.ts';
import { addUsers, seedDemoFast, T0, testServer, type TestServer, type TestUser } from '../support/http.ts';

export function demoServer(
  suite: StoreSuite,
  options: Omit<NonNullable<Parameters<typeof testServer>[0]>, 'store' | 'dataDir' | 'setup'> & {
    users?: TestUser[];
  } = {},
): Promise<TestServer> {
  const { users = [], ...serverOptions } = options;
  return testServer({
    ...serverOptions,
    store: suite.store(),
    dataDir: suite.db().dataDir,
    setup: async (store) => {
      await seedDemoFast(store, T0 - 86_400_000);
      await addUsers(store, T0 - 86_400_000, users);
    },
  });
}
