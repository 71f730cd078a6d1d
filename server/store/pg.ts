/**
 * The PostgreSQL adapter: node-postgres Pool, async transactions at READ COMMITTED. Optimistic revisions, row locks
 * of upserts and an advisory lock on each audit chain's tail give the guarantees; no serializable retries are needed.
 */
import pg from 'pg';
import { asc, count, eq, inArray, sql } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema.pg.ts';
import { PgStatements, type Queryable } from './pg-statements.ts';
import { pgCommitDossier, pgCreateDossier } from './pg-dossier-writes.ts';
import { ROUTES } from './partition.ts';
import { migratePg } from './pg-migrations.ts';
import { runAsync, wait, type Step } from './step.ts';
import type { Driver } from './driver.ts';
import type { Route, SelectShape, Values } from './shapes.ts';
import type { SignedIn, TableName, Tx } from './tx.ts';
import { documentColumns, inDossier, newestFirst, ofApplicant } from './documents.ts';
import { catalogueFilter, dueTimers } from './where.ts';
import { worklistColumns, Worklists } from './worklist.ts';

/**
 * Advisory lock key (a constant unique to this product, as pg-migrations.ts's) of the reference tables, also taken
 * by their triggers (migrations/pg/0010_audit_chains.sql).
 */
const REFERENCE_LOCK = 7_260_302;
/** The transaction's own statements, prepared once per connection like the others. */
const BEGIN = { name: 'motcua_begin', text: 'begin' };
const COMMIT = { name: 'motcua_commit', text: 'commit' };
const ROLLBACK = { name: 'motcua_rollback', text: 'rollback' };
const LOCK_REFERENCE = {
  name: 'motcua_lock_reference',
  text: 'select pg_advisory_xact_lock($1)',
  values: [REFERENCE_LOCK],
};
/** A chain's lock, keyed as motcua_append_audit keys it (migrations/pg/0010_audit_chains.sql). */
const LOCK_AUDIT_CHAIN = {
  name: 'motcua_lock_audit_chain',
  text: 'select pg_advisory_xact_lock(motcua_audit_lock_key($1))',
};
/** Each chain's last entry: the chains found by skipping from one name to the next on the primary key. */
const AUDIT_HEADS = {
  name: 'motcua_audit_heads',
  text: `with recursive c(chain) as (
    select min(chain) from audit_log
    union all select (select min(chain) from audit_log where chain > c.chain) from c where c.chain is not null)
  select h.chain, h.seq, h.hash from c cross join lateral (
    select chain, seq, hash from audit_log a where a.chain = c.chain order by seq desc limit 1) h`,
};
const EVENT_HEADS = {
  name: 'motcua_event_heads',
  text: `select h.dossier_id as "dossierId", h.seq, h.hash from unnest($1::text[]) d(id) cross join lateral (
    select dossier_id, seq, hash from dossier_events e where e.dossier_id = d.id order by seq desc limit 1) h`,
};
type AuditHead = { chain: string; seq: number; hash: string };
type EventHead = { dossierId: string; seq: number; hash: string };
/** bigint columns come back as text. */
const numericSeq = <T extends { seq: number | string }>(row: T) => ({ ...row, seq: Number(row.seq) });

type Db = NodePgDatabase<typeof schema>;
type Q = Pick<Db, 'select' | 'update'>;

export async function openPg(url: string, options: { poolSize?: number } = {}): Promise<Driver> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    application_name: 'motcua',
  });
  // An idle connection the server dropped (restart, failover) must not crash the process: the pool replaces it,
  // and a query on a broken connection fails on its own.
  pool.on('error', () => undefined);
  let routes: Route[];
  try {
    const client = await pool.connect();
    try {
      await migratePg(client);
      routes = await routesOf(client);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  const db = drizzle({ client: pool, schema });
  const statements = new PgStatements(routes);
  const reads = pgTx(pool, () => db, statements, pgWorklists(db));
  let closed: Promise<void> | undefined;
  return {
    dialect: 'pg',
    write: async <T>(body: (tx: Tx) => Step<T>) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query(BEGIN);
        // drizzle (for the queries that are not plain) only when the transaction needs it.
        let d: Q | undefined;
        const result = await runAsync(body(pgTx(client, () => (d ??= drizzle({ client })), statements)));
        await client.query(COMMIT);
        return result;
      } catch (error) {
        await client.query(ROLLBACK).catch((e: Error) => (broken = e));
        throw error;
      } finally {
        // A connection that could not even roll back is dropped, not returned to the pool.
        client.release(broken);
      }
    },
    read: <T>(body: (tx: Tx) => Step<T>) => runAsync(body(reads)),
    dossiers: {
      create: (plan) => pgCreateDossier(pool, plan),
      commit: (change) => pgCommitDossier(pool, change),
    },
    close: () => (closed ??= pool.end()),
  };
}

/** The routes of a schema partitioned by `motcua partition` (which runs with the servers stopped): its lookups are there. */
async function routesOf(client: pg.PoolClient): Promise<Route[]> {
  const { rows } = await client.query<{ name: string }>(
    "select relname as name from pg_class where relname = any($1) and relkind = 'r'",
    [ROUTES.map((r) => r.lookup)],
  );
  const present = new Set(rows.map((r) => r.name));
  return ROUTES.filter((r) => present.has(r.lookup));
}

function table(name: keyof typeof schema) {
  return schema[name];
}

/**
 * The worklist's count and page queries, prepared once per shape with the values as placeholders (worklist.ts), as
 * named statements: each connection of the pool prepares them once.
 */
function pgWorklists(q: Q) {
  const { tasks: t, dossiers: d, procedures: p } = schema;
  return new Worklists('pg', t, (parts) => ({
    count: q
      .select({ n: sql<string>`count(*)` })
      .from(parts.countFrom)
      .prepare(`${parts.name}_count`),
    page: q
      .select(worklistColumns(t, d, p))
      .from(t)
      .innerJoin(d, eq(d.id, t.dossierId))
      .leftJoin(p, eq(p.code, d.procedureCode))
      .where(parts.inPage)
      .orderBy(...parts.order)
      .prepare(`${parts.name}_page`),
  }));
}

/**
 * The primitives, each one awaited query: plain ones as prepared statements, the others built by drizzle. Prepared
 * worklist queries belong to the drizzle session they were built on: the reads share theirs (`worklists`), a
 * transaction prepares its own if it asks for a worklist.
 */
function pgTx(
  conn: Queryable,
  drizzleOf: () => Q,
  statements: PgStatements,
  worklists?: ReturnType<typeof pgWorklists>,
): Tx {
  return {
    // One implementation for both overloads: the shape returns the columns asked for.
    select: ((name: TableName, where?: Values, options?: SelectShape) =>
      wait(() => statements.select(conn, table(name), where, options))) as Tx['select'],
    count: (name, where) => wait(() => statements.count(conn, table(name), where as never)),
    insert: (name, rows, options) =>
      wait(async () => {
        const list = (Array.isArray(rows) ? rows : [rows]) as never[];
        if (list.length === 0) return 0;
        return statements.insert(conn, table(name), list, options?.ignoreConflicts ?? false);
      }),
    upsert: (name, row, target, set) =>
      wait(() => statements.upsert(conn, table(name), row as never, target, set as never)),
    update: (name, set, where) =>
      wait(() => statements.update(conn, table(name), set as never, where as never)),
    delete: (name, where) => wait(() => statements.delete(conn, table(name), where as never)),
    signedIn: (tokenHash) =>
      wait(
        async () =>
          (await statements.signedIn(conn, schema.sessions, schema.users, tokenHash)) as SignedIn | undefined,
      ),
    nextSequence: (unitCode, day) => wait(() => statements.nextSequence(conn, unitCode, day)),
    // Held until commit; taken last in every write so that it is held briefly.
    lockAuditChain: (chain) =>
      wait(async () => {
        await conn.query({ ...LOCK_AUDIT_CHAIN, values: [chain] });
      }),
    lockReference: () =>
      wait(async () => {
        await conn.query(LOCK_REFERENCE);
      }),
    auditHeads: () =>
      wait(async () => (await conn.query<AuditHead>({ ...AUDIT_HEADS })).rows.map(numericSeq)),
    eventHeads: (ids) =>
      wait(async () =>
        ids.length === 0
          ? []
          : (await conn.query<EventHead>({ ...EVENT_HEADS, values: [ids] })).rows.map(numericSeq),
      ),
    claimTimers: ({ now: at, owner, leaseMs, limit }) =>
      wait(async () => {
        const q = drizzleOf();
        const t = schema.timers;
        // SKIP LOCKED: a timer another scheduler is claiming right now is left to it, not waited for.
        const due = q
          .select({ id: t.id })
          .from(t)
          .where(dueTimers(t, at))
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
        worklists ??= pgWorklists(drizzleOf());
        const run = worklists.statements(w);
        if (!run) return worklists.answer(w, 0, []);
        const { count, page } = run.statements;
        // The capped count runs beside the page on another connection of the pool.
        const [rows, [{ n }]] = await Promise.all([page.execute(run.values), count.execute(run.values)]);
        return worklists.answer(w, n, rows);
      }),
    searchProcedures: (c) =>
      wait(async () => {
        const q = drizzleOf();
        const p = schema.procedures;
        const filter = catalogueFilter(p, c);
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
    procedureFacets: (c) =>
      wait(() => {
        const p = schema.procedures;
        return drizzleOf()
          .select({ sector: p.sector, unitCode: p.unitCode, level: p.level, n: count() })
          .from(p)
          .where(catalogueFilter(p, c))
          .groupBy(p.sector, p.unitCode, p.level);
      }),
    documentsOf: (w) =>
      wait(async () => {
        const q = drizzleOf();
        const { attachments: a, dossiers: d, procedures: p } = schema;
        const mine = ofApplicant(d, w.applicantId);
        const rows = await q
          .select(documentColumns(a, d, p))
          .from(a)
          .innerJoin(d, inDossier(a, d))
          .innerJoin(p, eq(p.code, d.procedureCode))
          .where(mine)
          .orderBy(...newestFirst(a))
          .limit(w.limit)
          .offset(w.offset);
        const [{ n: total }] = await q
          .select({ n: count() })
          .from(a)
          .innerJoin(d, inDossier(a, d))
          .where(mine);
        return { rows, total };
      }),
  };
}
