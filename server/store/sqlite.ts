/**
 * The SQLite adapter: better-sqlite3, one connection per Store. Transactions are synchronous: a write use-case runs
 * its whole body at once, inside a savepoint of the group being committed (group-commit.ts), so nothing else can
 * interleave.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.sqlite.ts';
import { BACKSTOP_PAGES, startCheckpointer } from './checkpointer.ts';
import { GroupCommit } from './group-commit.ts';
import { SqliteStatements } from './sqlite-statements.ts';
import { now, runSync, type Step } from './step.ts';
import type { Driver } from './driver.ts';
import type { SelectShape, Values } from './shapes.ts';
import type { TableName, Tx, WorklistQuery } from './tx.ts';
import { catalogueFilter, dueTimers } from './where.ts';
import {
  ShapeCache,
  worklistColumns,
  worklistCountFrom,
  worklistIsEmpty,
  worklistOrder,
  worklistPageSql,
  worklistParams,
  worklistRow,
  worklistShape,
  worklistTotal,
} from './worklist.ts';

const MIGRATIONS = fileURLToPath(new URL('./migrations/sqlite', import.meta.url));

type Db = BetterSQLite3Database<typeof schema>;
/** Query builders of the database or of a transaction: the same API. */
type Q = Pick<Db, 'select' | 'insert' | 'update' | 'delete'>;

export interface SqliteOptions {
  /**
   * NORMAL (default): with WAL, a commit survives a crash of the process (kill -9) and the database is never
   * corrupted; a power loss or OS crash may undo the last commits before it (the WAL is synced at checkpoints, not
   * at every commit). FULL also survives power loss, but every commit waits for an fsync: about 2–3 ms on the
   * project's 2-core VM, which more than halves the submissions one process takes per second.
   */
  synchronous?: 'NORMAL' | 'FULL';
}

export function openSqlite(file: string, options: SqliteOptions = {}): Driver {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const client = new Database(file);
  client.pragma('journal_mode = WAL');
  client.pragma(`synchronous = ${options.synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
  // Other processes (a second server, the CLI) may hold the write lock briefly; wait rather than fail.
  client.pragma('busy_timeout = 5000');
  client.pragma('foreign_keys = ON');
  // Each write of a group runs in a savepoint, whose journal is a temporary file unless kept in memory.
  client.pragma('temp_store = MEMORY');
  cacheStatements(client);
  const db = drizzle({ client, schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  const checkpointer = file === ':memory:' ? undefined : startCheckpointer(file);
  if (checkpointer) client.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  // The statements of a transaction go through the database itself: there is one connection, and the group's
  // transaction is open on it.
  const tx = sqliteTx(db, new SqliteStatements(client));
  const group = new GroupCommit(client);
  let closed = false;
  return {
    dialect: 'sqlite',
    handle: { dialect: 'sqlite', db },
    write: <T>(body: (tx: Tx) => Step<T>) => group.run(() => runSync(body(tx))),
    read: <T>(body: (tx: Tx) => Step<T>) => Promise.resolve().then(() => group.read(() => runSync(body(tx)))),
    async close() {
      if (closed) return;
      closed = true;
      group.drain();
      await checkpointer?.stop();
      client.close();
    },
  };
}

/** How many prepared statements one connection keeps (distinct SQL texts; `in (?, ?, …)` lists vary in length). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * drizzle prepares every query it runs again (`client.prepare`), which costs as much as running it. The same SQL
 * text gets the same statement here instead, least recently used evicted. drizzle switches a statement to raw mode
 * (rows as arrays) for some calls and never back: a statement handed out again starts in the default mode, as a
 * fresh one would. better-sqlite3 is synchronous, so a statement is never in use by two callers at once.
 */
export function cacheStatements(client: Database.Database, size = STATEMENT_CACHE_SIZE): void {
  const prepare = client.prepare.bind(client);
  const statements = new Map<string, Database.Statement>();
  client.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (statement) {
      statements.delete(source);
      if (statement.reader) statement.raw(false);
    } else {
      statement = prepare(source);
      if (statements.size >= size) statements.delete(statements.keys().next().value!);
    }
    statements.set(source, statement);
    return statement;
  }) as typeof client.prepare;
}

function table(name: keyof typeof schema) {
  return schema[name];
}

/** The worklist's count and page queries of one shape, values left as placeholders (worklist.ts). */
function prepareWorklist(q: Q, w: WorklistQuery) {
  const t = schema.tasks;
  const d = schema.dossiers;
  const p = schema.procedures;
  return {
    count: q
      .select({ n: sql<number>`count(*)` })
      .from(worklistCountFrom(w, 'sqlite'))
      .prepare(),
    // The page's keys (index order, no join) in a subquery; only those tasks are joined to their dossiers.
    page: q
      .select(worklistColumns(t, d, p))
      .from(t)
      .innerJoin(d, eq(d.id, t.dossierId))
      .leftJoin(p, eq(p.code, d.procedureCode))
      .where(sql`(${t.dossierId}, ${t.taskId}) in (${worklistPageSql(w, 'sqlite')})`)
      .orderBy(...worklistOrder(t))
      .prepare(),
  };
}

/** The primitives, executed synchronously: each step returns without yielding. */
function sqliteTx(q: Q, statements: SqliteStatements): Tx {
  // Plain select / insert / update / delete reuse a query built once per shape (sqlite-statements.ts). They run on
  // the one connection, inside the transaction when there is one: `q` and the database share it.
  const worklists = new ShapeCache<ReturnType<typeof prepareWorklist>>();
  return {
    // One implementation for both overloads: the shape returns the columns asked for.
    select: ((name: TableName, where?: Values, options?: SelectShape) =>
      now(() => statements.select(table(name), where, options))) as Tx['select'],
    count: (name, where) => now(() => statements.count(table(name), where as never)),
    insert: (name, rows, options) =>
      now(() => {
        const list = (Array.isArray(rows) ? rows : [rows]) as never[];
        if (list.length === 0) return 0;
        return statements.insert(table(name), list, options?.ignoreConflicts ?? false);
      }),
    upsert: (name, row, target, set) =>
      now(() => statements.upsert(table(name), row as never, target, set as never)),
    update: (name, set, where) => now(() => statements.update(table(name), set as never, where as never)),
    delete: (name, where) => now(() => statements.delete(table(name), where as never)),
    nextSequence: (unitCode, day) => now(() => statements.nextSequence(unitCode, day)),
    // One writer at a time is how SQLite works: the chain's tail cannot move under us.
    lockAuditChain: () => now(() => undefined),
    claimTimers: ({ now: at, owner, leaseMs, limit }) =>
      now(() => {
        const t = schema.timers;
        const due = q
          .select({ id: t.id })
          .from(t)
          .where(dueTimers(t, at))
          .orderBy(asc(t.fireAt))
          .limit(limit);
        return q
          .update(t)
          .set({ leaseUntil: at + leaseMs, leasedBy: owner })
          .where(inArray(t.id, due))
          .returning()
          .all();
      }),
    worklist: (w) =>
      now(() => {
        if (worklistIsEmpty(w)) return { ...worklistTotal(w, 0), rows: [] };
        const { count, page } = worklists.get(worklistShape(w, 'sqlite'), () => prepareWorklist(q, w));
        const values = worklistParams(w, 'sqlite');
        return { ...worklistTotal(w, count.get(values)!.n), rows: page.all(values).map(worklistRow) };
      }),
    searchProcedures: (c) =>
      now(() => {
        const p = schema.procedures;
        const filter = catalogueFilter(p, c);
        const rows = q
          .select()
          .from(p)
          .where(filter)
          .orderBy(asc(p.nameVi), asc(p.code))
          .limit(c.limit)
          .offset(c.offset)
          .all();
        const total = q.select({ n: count() }).from(p).where(filter).get()!.n;
        return { rows, total };
      }),
  };
}
