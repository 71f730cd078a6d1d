/**
 * The SQLite adapter: better-sqlite3, one connection per Store. Transactions are synchronous: a write use-case runs
 * its whole body inside one `db.transaction(...).immediate()` call, so nothing else can interleave.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { and, asc, count, eq, getTableColumns, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.sqlite.ts';
import { now, runSync, type Step } from './step.ts';
import type { Driver } from './driver.ts';
import type { Tx, WorklistRow } from './tx.ts';
import { containsPattern, orderSql, whereSql } from './where.ts';

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
  const db = drizzle({ client, schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  let closed = false;
  return {
    dialect: 'sqlite',
    handle: { dialect: 'sqlite', db },
    // IMMEDIATE takes the write lock at BEGIN: two connections never both read and then fail to upgrade.
    write: <T>(body: (tx: Tx) => Step<T>) =>
      Promise.resolve().then(() =>
        db.transaction((t) => runSync(body(sqliteTx(t))), { behavior: 'immediate' }),
      ),
    read: <T>(body: (tx: Tx) => Step<T>) => Promise.resolve().then(() => runSync(body(sqliteTx(db)))),
    async close() {
      if (closed) return;
      closed = true;
      client.close();
    },
  };
}

function table(name: keyof typeof schema) {
  return schema[name];
}

/** The primitives, executed synchronously: each step returns without yielding. */
function sqliteTx(q: Q): Tx {
  return {
    select: (name, where, options) =>
      now(() => {
        const t = table(name);
        let query = q.select().from(t).where(whereSql(t, where)).$dynamic();
        const order = orderSql(t, options?.orderBy);
        if (order.length > 0) query = query.orderBy(...order);
        if (options?.limit !== undefined) query = query.limit(options.limit);
        if (options?.offset !== undefined) query = query.offset(options.offset);
        return query.all() as never;
      }),
    count: (name, where) =>
      now(() => {
        const t = table(name);
        return q.select({ n: count() }).from(t).where(whereSql(t, where)).get()!.n;
      }),
    insert: (name, rows, options) =>
      now(() => {
        const list = (Array.isArray(rows) ? rows : [rows]) as never[];
        if (list.length === 0) return 0;
        const query = q.insert(table(name)).values(list);
        return (options?.ignoreConflicts ? query.onConflictDoNothing() : query).run().changes;
      }),
    upsert: (name, row, target, set) =>
      now(() => {
        const t = table(name);
        const cols = getTableColumns(t) as unknown as Record<string, never>;
        q.insert(t)
          .values(row as never)
          .onConflictDoUpdate({ target: target.map((k) => cols[k]), set: set as never })
          .run();
      }),
    update: (name, set, where) =>
      now(() => {
        const t = table(name);
        return q
          .update(t)
          .set(set as never)
          .where(whereSql(t, where))
          .run().changes;
      }),
    delete: (name, where) =>
      now(() => {
        const t = table(name);
        return q.delete(t).where(whereSql(t, where)).run().changes;
      }),
    nextSequence: (unitCode, day) =>
      now(() => {
        const s = schema.dossierSequences;
        return q
          .insert(s)
          .values({ unitCode, day, last: 1 })
          .onConflictDoUpdate({ target: [s.unitCode, s.day], set: { last: sql`${s.last} + 1` } })
          .returning({ last: s.last })
          .get()!.last;
      }),
    // One writer at a time is how SQLite works: the chain's tail cannot move under us.
    lockAuditChain: () => now(() => undefined),
    claimTimers: ({ now: at, owner, leaseMs, limit }) =>
      now(() => {
        const t = schema.timers;
        const due = q
          .select({ id: t.id })
          .from(t)
          .where(and(isNull(t.firedAt), lte(t.fireAt, at), or(isNull(t.leaseUntil), lte(t.leaseUntil, at))))
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
        const t = schema.tasks;
        const d = schema.dossiers;
        const p = schema.procedures;
        const filter = and(
          or(...w.holders.map((h) => and(eq(t.unitCode, h.unitCode), eq(t.role, h.role)))) ?? sql`1 = 0`,
          w.assigneeId === undefined ? undefined : eq(t.assigneeId, w.assigneeId),
          w.statuses === undefined ? undefined : inArray(d.status, w.statuses as never[]),
          w.dueBefore === undefined ? undefined : lte(t.dueAt, w.dueBefore),
          w.dueAfter === undefined ? undefined : sql`${t.dueAt} > ${w.dueAfter}`,
        );
        const rows = q
          .select({
            task: t,
            dossier: {
              id: d.id,
              code: d.code,
              procedureCode: d.procedureCode,
              versionId: d.versionId,
              unitCode: d.unitCode,
              channel: d.channel,
              status: d.status,
              alert: d.alert,
              revision: d.revision,
              submittedAt: d.submittedAt,
              receivedAt: d.receivedAt,
              dueAt: d.dueAt,
            },
            nameVi: p.nameVi,
            nameEn: p.nameEn,
          })
          .from(t)
          .innerJoin(d, eq(d.id, t.dossierId))
          .leftJoin(p, eq(p.code, d.procedureCode))
          .where(filter)
          .orderBy(sql`${t.dueAt} is null`, asc(t.dueAt), asc(t.openedAt), asc(t.dossierId), asc(t.taskId))
          .limit(w.limit)
          .offset(w.offset)
          .all();
        const total = q
          .select({ n: count() })
          .from(t)
          .innerJoin(d, eq(d.id, t.dossierId))
          .where(filter)
          .get()!.n;
        return {
          total,
          rows: rows.map((r): WorklistRow => ({
            task: r.task,
            dossier: r.dossier,
            procedureName: {
              vi: r.nameVi ?? r.dossier.procedureCode,
              en: r.nameEn ?? r.dossier.procedureCode,
            },
          })),
        };
      }),
    searchProcedures: (c) =>
      now(() => {
        const p = schema.procedures;
        const filter = and(
          ...c.words.map((word) => sql`${p.searchText} like ${containsPattern(word)} escape '!'`),
          c.sector === undefined ? undefined : eq(p.sector, c.sector),
          c.unitCode === undefined ? undefined : eq(p.unitCode, c.unitCode),
          c.level === undefined ? undefined : eq(p.level, c.level),
          c.liveOnly ? sql`${p.liveVersionId} is not null` : undefined,
        );
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
