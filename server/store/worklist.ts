/**
 * The worklist queries, the same SQL for both dialects (sqlite.ts and pg.ts run them).
 *
 * A page is found without touching `dossiers` (unless a status filter needs it): for each (unit, role) pair the
 * actor holds, the task keys are read in the order of the `tasks_worklist` index (unit, role, due_at, opened_at,
 * dossier_id, task_id), at most offset + limit of them, with and without a due time apart (no due time sorts
 * last); those short lists are put together, sorted, and cut to the page. That is a subquery of the one that joins
 * the page's tasks, and only them, to their dossiers. The total counts at most `worklistCountCap` + 1 tasks,
 * without the join.
 *
 * SQLite gets one UNION ALL branch per pair. PostgreSQL gets the pairs as two array parameters and one LATERAL
 * subquery run per pair: the same plan, but the SQL text does not grow with the pairs, so planning stays short.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { WorklistQuery, WorklistRow } from './tx.ts';

export type WorklistDialect = 'sqlite' | 'pg';

/** Totals above this (or above offset + limit, if more) are reported as this with `totalCapped`. */
export const WORKLIST_COUNT_CAP = 1000;

function holders(w: WorklistQuery): WorklistQuery['holders'] {
  const seen = new Set<string>();
  return w.holders.filter((h) => {
    const key = JSON.stringify([h.unitCode, h.role]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function source(w: WorklistQuery): SQL {
  return w.statuses === undefined ? sql`tasks t` : sql`tasks t inner join dossiers d on d.id = t.dossier_id`;
}

/** The conditions of one (unit, role) pair (given as SQL: values, or the columns of the LATERAL pairs). */
function filter(w: WorklistQuery, unit: SQL, role: SQL): SQL {
  const parts = [sql`t.unit_code = ${unit}`, sql`t.role = ${role}`];
  if (w.assigneeId !== undefined) parts.push(sql`t.assignee_id = ${w.assigneeId}`);
  if (w.statuses !== undefined) {
    parts.push(
      w.statuses.length === 0
        ? sql`1 = 0`
        : sql`d.status in (${sql.join(
            w.statuses.map((s) => sql`${s}`),
            sql`, `,
          )})`,
    );
  }
  if (w.dueBefore !== undefined) parts.push(sql`t.due_at <= ${w.dueBefore}`);
  if (w.dueAfter !== undefined) parts.push(sql`t.due_at > ${w.dueAfter}`);
  return sql.join(parts, sql` and `);
}

/**
 * One query per pair, `select <cols> from … where <pair> and <extra> …`, as rows of one table: UNION ALL branches
 * (SQLite), or a LATERAL subquery over the pairs (PostgreSQL). `query` gets the pair's filter.
 */
function perPair(
  w: WorklistQuery,
  dialect: WorklistDialect,
  query: (where: SQL) => SQL,
  alias: string,
): SQL | undefined {
  const pairs = holders(w);
  if (pairs.length === 0) return undefined;
  if (dialect === 'pg') {
    const units = sql.param(pairs.map((h) => h.unitCode));
    const roles = sql.param(pairs.map((h) => h.role));
    return sql`select ${sql.raw(alias)}.* from unnest(${units}::text[], ${roles}::text[]) h(unit_code, role)
      cross join lateral (${query(filter(w, sql`h.unit_code`, sql`h.role`))}) ${sql.raw(alias)}`;
  }
  return sql.join(
    pairs.map(
      (h, i) =>
        sql`select * from (${query(filter(w, sql`${h.unitCode}`, sql`${h.role}`))}) ${sql.raw(`${alias}${i}`)}`,
    ),
    sql` union all `,
  );
}

/** The keys of the page's tasks: due time (none last), opened, dossier id, task id; then `limit`/`offset`. */
export function worklistPageSql(w: WorklistQuery, dialect: WorklistDialect): SQL {
  const n = w.offset + w.limit;
  const cols = sql`t.dossier_id, t.task_id, t.due_at, t.opened_at`;
  const branches = [
    perPair(
      w,
      dialect,
      (where) => sql`select ${cols} from ${source(w)} where ${where} and t.due_at is not null
        order by t.due_at, t.opened_at, t.dossier_id, t.task_id limit ${n}`,
      'due',
    ),
    // A due-window filter excludes the tasks with no due time.
    w.dueBefore === undefined && w.dueAfter === undefined
      ? perPair(
          w,
          dialect,
          (where) => sql`select ${cols} from ${source(w)} where ${where} and t.due_at is null
            order by t.opened_at, t.dossier_id, t.task_id limit ${n}`,
          'nodue',
        )
      : undefined,
  ].filter((b) => b !== undefined);
  if (branches.length === 0) return sql`select t.dossier_id, t.task_id from tasks t where 1 = 0`;
  return sql`select u.dossier_id, u.task_id from (${sql.join(branches, sql` union all `)}) u
    order by (case when u.due_at is null then 1 else 0 end), u.due_at, u.opened_at, u.dossier_id, u.task_id
    limit ${w.limit} offset ${w.offset}`;
}

/** The cap of a query's total: `WORKLIST_COUNT_CAP`, or the end of the page asked for if that is further. */
export function worklistCountCap(w: WorklistQuery): number {
  return Math.max(WORKLIST_COUNT_CAP, w.offset + w.limit);
}

/** Counts matching tasks, at most cap + 1 in all: `n` > cap means "more than cap". */
export function worklistCountSql(w: WorklistQuery, dialect: WorklistDialect): SQL {
  const limit = worklistCountCap(w) + 1;
  const pairs = perPair(
    w,
    dialect,
    (where) => sql`select 1 as one from ${source(w)} where ${where} limit ${limit}`,
    'c',
  );
  if (pairs === undefined) return sql`select 0 as n`;
  // The outer limit stops reading the pairs once past the cap, whatever their number.
  return sql`select count(*) as n from (select 1 as one from (${pairs}) u limit ${limit}) c`;
}

/** `total` and `totalCapped` from the capped count (`n` may come back as a string from PostgreSQL). */
export function worklistTotal(w: WorklistQuery, n: number | string): { total: number; totalCapped: boolean } {
  const cap = worklistCountCap(w);
  const count = Number(n);
  return count > cap ? { total: cap, totalCapped: true } : { total: count, totalCapped: false };
}

/** The columns of one worklist row: the task, the dossier fields a worklist shows, the procedure's name. */
export function worklistColumns<T, D extends Record<ShownColumn, unknown>, V, E>(
  task: T,
  dossier: D,
  procedure: { nameVi: V; nameEn: E },
) {
  const shown = Object.fromEntries(DOSSIER_COLUMNS.map((c) => [c, dossier[c]])) as Pick<D, ShownColumn>;
  return { task, dossier: shown, nameVi: procedure.nameVi, nameEn: procedure.nameEn };
}

type ShownColumn = (typeof DOSSIER_COLUMNS)[number];

/** A row of the page query as a worklist row; a procedure without names shows its code. */
export function worklistRow(r: {
  task: WorklistRow['task'];
  dossier: WorklistRow['dossier'];
  nameVi: string | null;
  nameEn: string | null;
}): WorklistRow {
  const code = r.dossier.procedureCode;
  return { task: r.task, dossier: r.dossier, procedureName: { vi: r.nameVi ?? code, en: r.nameEn ?? code } };
}

const DOSSIER_COLUMNS = [
  'id',
  'code',
  'procedureCode',
  'versionId',
  'unitCode',
  'channel',
  'status',
  'alert',
  'revision',
  'submittedAt',
  'receivedAt',
  'dueAt',
] as const;

/** Due time first (none last), then opening time, then the keys: a stable order for paging. */
export function worklistOrder(t: {
  dueAt: SQLWrapper;
  openedAt: SQLWrapper;
  dossierId: SQLWrapper;
  taskId: SQLWrapper;
}) {
  return [
    sql`${t.dueAt} is null`,
    sql`${t.dueAt} asc`,
    sql`${t.openedAt} asc`,
    sql`${t.dossierId} asc`,
    sql`${t.taskId} asc`,
  ];
}
