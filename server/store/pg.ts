/**
 * The PostgreSQL adapter: node-postgres Pool, async transactions at READ COMMITTED. Optimistic revisions, row locks
 * of upserts and an advisory lock on the audit tail give the guarantees; no serializable retries are needed.
 */
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { and, asc, count, eq, getTableColumns, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import * as schema from './schema.pg.ts';
import { runAsync, wait, type Step } from './step.ts';
import type { Driver } from './driver.ts';
import type { Tx, WorklistRow } from './tx.ts';
import { containsPattern, orderSql, whereSql } from './where.ts';
import {
  worklistColumns,
  worklistCountSql,
  worklistOrder,
  worklistPageSql,
  worklistTotal,
} from './worklist.ts';

const MIGRATIONS = fileURLToPath(new URL('./migrations/pg', import.meta.url));
/** Advisory lock keys (any constants unique to this product). */
const MIGRATION_LOCK = 7_260_301;
const AUDIT_LOCK = 7_260_302;

type Db = NodePgDatabase<typeof schema>;
type Q = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;

export async function openPg(url: string, options: { poolSize?: number } = {}): Promise<Driver> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    application_name: 'motcua',
  });
  // An idle connection the server dropped (restart, failover) must not crash the process: the pool replaces it,
  // and a query on a broken connection fails on its own.
  pool.on('error', () => undefined);
  try {
    // Several server processes may start at once: one migrates, the others wait for it.
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      await migrate(drizzle({ client, schema }), { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = drizzle({ client: pool, schema });
  let closed: Promise<void> | undefined;
  return {
    dialect: 'pg',
    handle: { dialect: 'pg', db },
    write: <T>(body: (tx: Tx) => Step<T>) => db.transaction((t) => runAsync(body(pgTx(t)))),
    read: <T>(body: (tx: Tx) => Step<T>) => runAsync(body(pgTx(db))),
    close: () => (closed ??= pool.end()),
  };
}

function table(name: keyof typeof schema) {
  return schema[name];
}

/** The primitives, each one awaited query. */
function pgTx(q: Q): Tx {
  return {
    select: (name, where, options) =>
      wait(async () => {
        const t = table(name);
        let query = q.select().from(t).where(whereSql(t, where)).$dynamic();
        const order = orderSql(t, options?.orderBy);
        if (order.length > 0) query = query.orderBy(...order);
        if (options?.limit !== undefined) query = query.limit(options.limit);
        if (options?.offset !== undefined) query = query.offset(options.offset);
        return (await query) as never;
      }),
    count: (name, where) =>
      wait(async () => {
        const t = table(name);
        const [row] = await q.select({ n: count() }).from(t).where(whereSql(t, where));
        return row.n;
      }),
    insert: (name, rows, options) =>
      wait(async () => {
        const list = (Array.isArray(rows) ? rows : [rows]) as never[];
        if (list.length === 0) return 0;
        const query = q.insert(table(name)).values(list);
        const result = await (options?.ignoreConflicts ? query.onConflictDoNothing() : query);
        return result.rowCount ?? 0;
      }),
    upsert: (name, row, target, set) =>
      wait(async () => {
        const t = table(name);
        const cols = getTableColumns(t) as unknown as Record<string, never>;
        await q
          .insert(t)
          .values(row as never)
          .onConflictDoUpdate({ target: target.map((k) => cols[k]), set: set as never });
      }),
    update: (name, set, where) =>
      wait(async () => {
        const t = table(name);
        const result = await q
          .update(t)
          .set(set as never)
          .where(whereSql(t, where));
        return result.rowCount ?? 0;
      }),
    delete: (name, where) =>
      wait(async () => {
        const t = table(name);
        const result = await q.delete(t).where(whereSql(t, where));
        return result.rowCount ?? 0;
      }),
    nextSequence: (unitCode, day) =>
      wait(async () => {
        const s = schema.dossierSequences;
        const [row] = await q
          .insert(s)
          .values({ unitCode, day, last: 1 })
          .onConflictDoUpdate({ target: [s.unitCode, s.day], set: { last: sql`${s.last} + 1` } })
          .returning({ last: s.last });
        return row.last;
      }),
    // Held until commit; taken last in every write so that it is held briefly.
    lockAuditChain: () =>
      wait(async () => {
        await q.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
      }),
    claimTimers: ({ now: at, owner, leaseMs, limit }) =>
      wait(async () => {
        const t = schema.timers;
        // SKIP LOCKED: a timer another scheduler is claiming right now is left to it, not waited for.
        const due = q
          .select({ id: t.id })
          .from(t)
          .where(and(isNull(t.firedAt), lte(t.fireAt, at), or(isNull(t.leaseUntil), lte(t.leaseUntil, at))))
          .orderBy(asc(t.fireAt))
          .limit(limit)
          .for('update', { skipLocked: true });
        return q
          .update(t)
          .set({ leaseUntil: at + leaseMs, leasedBy: owner })
          .where(inArray(t.id, due))
          .returning();
      }),
    worklist: (w) =>
      wait(async () => {
        const t = schema.tasks;
        const d = schema.dossiers;
        const p = schema.procedures;
        // The page's keys (index order, no join) in a subquery; only those tasks are joined to their dossiers.
        // The capped count runs beside it on another connection of the pool.
        const count = q.execute<{ n: string }>(worklistCountSql(w, 'pg'));
        const page = q
          .select(worklistColumns(t, d, p))
          .from(t)
          .innerJoin(d, eq(d.id, t.dossierId))
          .leftJoin(p, eq(p.code, d.procedureCode))
          .where(sql`(${t.dossierId}, ${t.taskId}) in (${worklistPageSql(w, 'pg')})`)
          .orderBy(...worklistOrder(t));
        const [
          rows,
          {
            rows: [{ n }],
          },
        ] = await Promise.all([page, count]);
        return {
          ...worklistTotal(w, n),
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
      wait(async () => {
        const p = schema.procedures;
        const filter = and(
          ...c.words.map((word) => sql`${p.searchText} like ${containsPattern(word)} escape '!'`),
          c.sector === undefined ? undefined : eq(p.sector, c.sector),
          c.unitCode === undefined ? undefined : eq(p.unitCode, c.unitCode),
          c.level === undefined ? undefined : eq(p.level, c.level),
          c.liveOnly ? sql`${p.liveVersionId} is not null` : undefined,
        );
        const rows = await q
          .select()
          .from(p)
          .where(filter)
          .orderBy(asc(p.nameVi), asc(p.code))
          .limit(c.limit)
          .offset(c.offset);
        const [{ n: total }] = await q.select({ n: count() }).from(p).where(filter);
        return { rows, total };
      }),
  };
}
