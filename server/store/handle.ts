/**
 * The adapter's own drizzle database, for store modules that need a query `Tx` cannot express (a projection that
 * leaves out a large column, say). Reads only: writes go through `Store.run` so that they carry their audit entry.
 */
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type * as pgSchema from './schema.pg.ts';
import type * as sqliteSchema from './schema.sqlite.ts';

export type DrizzleHandle =
  | { dialect: 'sqlite'; db: BetterSQLite3Database<typeof sqliteSchema> }
  | { dialect: 'pg'; db: NodePgDatabase<typeof pgSchema> };
