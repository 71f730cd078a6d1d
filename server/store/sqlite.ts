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
import { BACKSTOP_PAGES, startCheckpointer, type Checkpointer } from './checkpointer.ts';
import { GroupCommit } from './group-commit.ts';
import { Lru } from './lru.ts';
import { SqliteStatements } from './sqlite-statements.ts';
import { now, runSync, type Step } from './step.ts';
import type { Driver } from './driver.ts';
import type { SelectShape, Values } from './shapes.ts';
import type { SignedIn, TableName, Tx } from './tx.ts';
import { documentColumns, inDossier, newestFirst, ofApplicant } from './documents.ts';
import { catalogueFilter, dueTimers } from './where.ts';
import { worklistColumns, Worklists } from './worklist.ts';

const MIGRATIONS = fileURLToPath(new URL('./migrations/sqlite', import.meta.url));
/** SQLite's own automatic checkpoint, in WAL pages: what the server falls back to if the checkpointer dies. */
const DEFAULT_AUTOCHECKPOINT = 1000;

type Db = BetterSQLite3Database<typeof schema>;
/** Query builders of the database or of a transaction: the same API. */
type Q = Pick<Db, 'select' | 'update' | 'all'>;

type AuditHead = { chain: string; seq: number; hash: string };
type EventHead = { dossierId: string; seq: number; hash: string };
/** Each chain's last entry: the chains found by skipping from one name to the next on the primary key. */
const auditHeadsQuery = sql.raw(`with recursive c(chain) as (
    select min(chain) from audit_log
    union all select (select min(chain) from audit_log where chain > c.chain) from c where c.chain is not null)
  select c.chain as chain,
    (select seq from audit_log a where a.chain = c.chain order by seq desc limit 1) as seq,
    (select hash from audit_log a where a.chain = c.chain order by seq desc limit 1) as hash
  from c where c.chain is not null`);
const eventHeadsQuery = (ids: string[]) =>
  sql`select e.dossier_id as "dossierId", e.seq as seq, e.hash as hash from dossier_events e
    where e.dossier_id in ${ids}
      and e.seq = (select max(seq) from dossier_events m where m.dossier_id = e.dossier_id)`;

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
  const checkpointer = file === ':memory:' ? undefined : checkpointOffThread(client, file);
  // The statements of a transaction go through the database itself: there is one connection, and the group's
  // transaction is open on it.
  const tx = sqliteTx(db, new SqliteStatements(client));
  const group = new GroupCommit(client);
  let closed = false;
  return {
    dialect: 'sqlite',
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

/**
 * The checkpoints by a worker (checkpointer.ts), the connection's own automatic checkpoint kept as a backstop; if
 * the worker dies, SQLite's default again: at the backstop the WAL would grow to 40 MB between checkpoints.
 */
function checkpointOffThread(client: Database.Database, file: string): Checkpointer {
  const checkpointer = startCheckpointer(file, (error) => {
    client.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT}`);
    console.error(
      'Luồng checkpoint đã dừng, SQLite tự checkpoint như mặc định / ' +
        'The checkpoint worker died, SQLite checkpoints on its own again:',
      error instanceof Error ? error.message : error,
    );
  });
  client.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  return checkpointer;
}

/** How many prepared statements one connection keeps (distinct SQL texts; `in (?, ?, …)` lists vary in length). */
const STATEMENT_CACHE_SIZE = 500;

/**
 * drizzle prepares every query it runs again (`client.prepare`), which costs as much as running it. The same SQL
 * text gets the same statement here instead, least recently used evicted. drizzle switches a statement to raw mode
 * (rows as arrays) for some calls and never back: a statement handed out again starts in the default mode, as a
 * fresh one would. better-sqlite3 is synchronous, so a statement is never in use by two callers at once.
 */
export function cacheStatements(client: Database.Database, size = STATEMENT_CACHE_SIZE): void {
  const prepare = client.prepare.bind(client);
  const statements = new Lru<string, Database.Statement>(size);
  client.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (statement === undefined) statements.set(source, (statement = prepare(source)));
    else if (statement.reader) statement.raw(false);
    return statement;
  }) as typeof client.prepare;
}

function table(name: keyof typeof schema) {
  return schema[name];
}

/** The worklist's count and page queries, prepared once per shape with the values as placeholders (worklist.ts). */
function sqliteWorklists(q: Q) {
  const { tasks: t, dossiers: d, procedures: p } = schema;
  return new Worklists('sqlite', t, (parts) => ({
    count: q
      .select({ n: sql<number>`count(*)` })
      .from(parts.countFrom)
      .prepare(),
    page: q
      .select(worklistColumns(t, d, p))
      .from(t)
      .innerJoin(d, eq(d.id, t.dossierId))
      .leftJoin(p, eq(p.code, d.procedureCode))
      .where(parts.inPage)
      .orderBy(...parts.order)
      .prepare(),
  }));
}

/** The primitives, executed synchronously: each step returns without yielding. */
function sqliteTx(q: Q, statements: SqliteStatements): Tx {
  // Plain select / insert / update / delete reuse a query built once per shape (sqlite-statements.ts). They run on
  // the one connection, inside the transaction when there is one: `q` and the database share it.
  const worklists = sqliteWorklists(q);
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
    signedIn: (tokenHash) =>
      now(() => statements.signedIn(schema.sessions, schema.users, tokenHash) as SignedIn | undefined),
    nextSequence: (unitCode, day) => now(() => statements.nextSequence(unitCode, day)),
    // One writer at a time is how SQLite works: the chain's tail cannot move under us.
    lockAuditChain: () => now(() => undefined),
    lockReference: () => now(() => undefined),
    auditHeads: () => now(() => q.all<AuditHead>(auditHeadsQuery)),
    eventHeads: (ids) => now(() => (ids.length === 0 ? [] : q.all<EventHead>(eventHeadsQuery(ids)))),
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
        const run = worklists.statements(w);
        if (!run) return worklists.answer(w, 0, []);
        const { count, page } = run.statements;
        return worklists.answer(w, count.get(run.values)!.n, page.all(run.values));
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
    procedureFacets: (c) =>
      now(() => {
        const p = schema.procedures;
        return q
          .select({ sector: p.sector, unitCode: p.unitCode, level: p.level, n: count() })
          .from(p)
          .where(catalogueFilter(p, c))
          .groupBy(p.sector, p.unitCode, p.level)
          .all();
      }),
    documentsOf: (w) =>
      now(() => {
        const { attachments: a, dossiers: d, procedures: p } = schema;
        const mine = ofApplicant(d, w.applicantId);
        const rows = q
          .select(documentColumns(a, d, p))
          .from(a)
          .innerJoin(d, inDossier(a, d))
          .innerJoin(p, eq(p.code, d.procedureCode))
          .where(mine)
          .orderBy(...newestFirst(a))
          .limit(w.limit)
          .offset(w.offset)
          .all();
        const total = q.select({ n: count() }).from(a).innerJoin(d, inDossier(a, d)).where(mine).get()!.n;
        return { rows, total };
      }),
  };
}
