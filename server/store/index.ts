/** Opens the product's database: SQLite at `<dataDir>/motcua.db` by default, PostgreSQL for a `postgres://` URL. */
import { join } from 'node:path';
import { openPg } from './pg.ts';
import { openSqlite } from './sqlite.ts';
import { createStore } from './store-impl.ts';
import type { Store } from './store.ts';

export * from './store.ts';
export { isUniqueViolation } from './driver.ts';
export { canonicalJson, sha256, chainHash, GENESIS } from './canonical.ts';
export { auditRecord, eventRecord, LEGACY_CHAIN, SYSTEM_CHAIN, unitChain } from './chain.ts';
export { anchorRecord } from './anchors.ts';
export { secretToken, timeOrderedId } from './ids.ts';
export { baseOf, referenceView } from './reference.ts';
export { Lru } from './lru.ts';
export { StandbyBehind } from './pg-migrations.ts';
export { confirmed, NotPresumable, presumedView } from './presumed.ts';

export interface OpenStoreOptions {
  /** `postgres://…` or `postgresql://…`; absent: SQLite. */
  url?: string;
  /** Where the SQLite file lives (and, for the server, uploaded files). */
  dataDir: string;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
  /** SQLite durability: NORMAL (default; survives a process crash) or FULL (also a power loss); see sqlite.ts. */
  sqliteSynchronous?: 'NORMAL' | 'FULL';
}

/** Where the SQLite database of a data directory lives. */
export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'motcua.db');
}

/** Opens and migrates the database (the migrations in server/store/migrations/<dialect>). */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { url } = options;
  if (url && /^postgres(ql)?:\/\//.test(url))
    return createStore(await openPg(url, { poolSize: options.poolSize }));
  if (url && !url.startsWith('file:') && url !== ':memory:') {
    throw new Error(`DATABASE_URL must be postgres://… (or empty for SQLite), got "${url.split(':')[0]}:…"`);
  }
  const file =
    url === ':memory:' ? ':memory:' : url ? url.slice('file:'.length) : sqliteFile(options.dataDir);
  return createStore(openSqlite(file, { synchronous: options.sqliteSynchronous }));
}
