/**
 * Databases for the server's integration tests: a temporary SQLite file, and a fresh PostgreSQL database created
 * (and dropped) on 127.0.0.1:5432 as user postgres. If PostgreSQL cannot be reached its cases are skipped with a
 * notice, unless MOTCUA_STRICT_TESTS is set (CI), where that is a failure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openStore, sqliteFile, type Store } from '../../server/store/index.ts';
import { partitionTables } from '../../server/store/partition.ts';

export type Dialect = 'sqlite' | 'pg';

/** The PostgreSQL server's maintenance database, as a superuser: where test databases are created and dropped. */
export const PG_ADMIN = process.env.MOTCUA_TEST_PG_ADMIN ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** MOTCUA_TEST_PG_PARTITIONS=n: every PostgreSQL test database has the growing tables in n hash partitions. */
const PG_PARTITIONS = Number(process.env.MOTCUA_TEST_PG_PARTITIONS ?? 0);

export interface TestDb {
  dialect: Dialect;
  /** What openStore takes. */
  url: string | undefined;
  dataDir: string;
  /** Another Store (its own connection or pool) on the same database. */
  open(options?: { poolSize?: number }): Promise<Store>;
  /** Raw SQL outside the Store (to tamper with rows, or to look at them). `?` placeholders in both dialects. */
  exec(sql: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  drop(): Promise<void>;
}

let reachable: Promise<boolean> | undefined;

/** Whether PostgreSQL answers at PG_ADMIN (within 2 s). */
export async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The dialects to run: SQLite always, PostgreSQL when it answers (required under MOTCUA_STRICT_TESTS). */
export async function testDialects(): Promise<Dialect[]> {
  reachable ??= pgReachable();
  if (await reachable) return ['sqlite', 'pg'];
  const notice = `PostgreSQL is not reachable at ${PG_ADMIN.replace(/\/\/[^@]*@/, '//…@')}: the PostgreSQL cases did not run`;
  if (process.env.MOTCUA_STRICT_TESTS) throw new Error(notice);
  console.warn(`NOTICE: ${notice}`);
  return ['sqlite'];
}

/** A fresh database and data directory; `purpose` names them (motcua_<purpose>_…, motcua-<purpose>-…). */
export async function createTestDb(
  dialect: Dialect,
  purpose = 'test',
  /** PostgreSQL: hash partitions of the growing tables, made at the first open (0: none). */
  partitions = PG_PARTITIONS,
): Promise<TestDb> {
  const dataDir = mkdtempSync(join(tmpdir(), `motcua-${purpose}-`));
  const stores: Store[] = [];
  const track = (s: Store) => (stores.push(s), s);
  if (dialect === 'sqlite') {
    const file = sqliteFile(dataDir);
    return {
      dialect,
      url: undefined,
      dataDir,
      open: async () => track(await openStore({ dataDir })),
      // Another connection, as another process would have. Its answer comes in a later turn of the event loop,
      // as any answer from another process does: the store's reads of the current turn keep their snapshot.
      async exec(sql, params = []) {
        const db = new Database(file);
        try {
          const stmt = db.prepare(sql);
          return stmt.reader ? (stmt.all(...params) as Record<string, unknown>[]) : (stmt.run(...params), []);
        } finally {
          db.close();
          await new Promise((resolve) => setImmediate(resolve));
        }
      },
      async drop() {
        await Promise.all(stores.map((s) => s.close()));
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `motcua_${purpose}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = PG_ADMIN.replace(/\/[^/]*$/, `/${name}`);
  let partitioned: Promise<unknown> | undefined;
  return {
    dialect,
    url,
    dataDir,
    async open(options) {
      // The suite on a partitioned schema (.ci/run): migrated by a first Store, then partitioned, then opened.
      if (partitions)
        await (partitioned ??= openStore({ url, dataDir }).then(async (first) => {
          await first.close();
          return partitionTables(url, partitions);
        }));
      return track(await openStore({ url, dataDir, poolSize: options?.poolSize }));
    },
    async exec(sql, params = []) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        let i = 0;
        const result = await client.query(
          sql.replace(/\?/g, () => `$${++i}`),
          params,
        );
        return result.rows;
      } finally {
        await client.end();
      }
    },
    async drop() {
      try {
        await Promise.all(stores.map((s) => s.close()));
        const c = new pg.Client({ connectionString: PG_ADMIN });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}

export interface StoreSuite {
  dialect: Dialect;
  /** The database of this suite (created in beforeAll). */
  db(): TestDb;
  /** The suite's main Store. */
  store(): Store;
}

/**
 * Runs `body` once per dialect of `dialects` (both unless the cases are one dialect's), each with a fresh database
 * (migrated from empty by the first Store opened on it). Use with top-level await:
 * `await withStores('name', (suite) => { it(…) })`. Unreachable PostgreSQL: its cases are reported as skipped
 * (after the notice), or the suite fails under MOTCUA_STRICT_TESTS.
 */
export async function withStores(
  name: string,
  body: (suite: StoreSuite) => void,
  dialects: Dialect[] = ['sqlite', 'pg'],
): Promise<void> {
  const available = await testDialects();
  for (const dialect of dialects) {
    describe.skipIf(!available.includes(dialect))(`${name} (${dialect})`, () => {
      let db: TestDb | undefined;
      let store: Store | undefined;
      beforeAll(async () => {
        db = await createTestDb(dialect);
        store = await db.open();
      });
      afterAll(async () => {
        await db?.drop();
      });
      body({ dialect, db: () => db!, store: () => store! });
    });
  }
}
