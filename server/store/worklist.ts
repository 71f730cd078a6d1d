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
 *
 * Every value is a named placeholder: the SQL depends only on the query's shape (`worklistShape`), so each adapter
 * prepares it once per shape and runs it with `worklistParams`. Building it with drizzle on every request cost more
 * than running it.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

const value = (name: string) => sql.placeholder(name);
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

/** The conditions of one (unit, role) pair (given as SQL: placeholders, or the columns of the LATERAL pairs). */
function filter(w: WorklistQuery, unit: SQL, role: SQL): SQL {
  const parts = [sql`t.unit_code = ${unit}`, sql`t.role = ${role}`];
  if (w.assigneeId !== undefined) parts.push(sql`t.assignee_id = ${value('assignee')}`);
  if (w.statuses !== undefined) {
    parts.push(
      w.statuses.length === 0
        ? sql`1 = 0`
        : sql`d.status in (${sql.join(
            w.statuses.map((_, i) => sql`${value(`s${i}`)}`),
            sql`, `,
          )})`,
    );
  }
  if (w.dueBefore !== undefined) parts.push(sql`t.due_at <= ${value('dueBefore')}`);
  if (w.dueAfter !== undefined) parts.push(sql`t.due_at > ${value('dueAfter')}`);
  return sql.join(parts, sql` and `);
}

/** Whether the query names no (unit, role) pair: nothing can match, and nothing need be asked. */
export function worklistIsEmpty(w: WorklistQuery): boolean {
  return holders(w).length === 0;
}

/** What fixes the SQL text of a worklist query: queries of one shape share one prepared statement. */
export function worklistShape(w: WorklistQuery, dialect: WorklistDialect): string {
  return [
    dialect,
    dialect === 'sqlite' ? holders(w).length : '',
    w.assigneeId === undefined ? '' : 'a',
    w.statuses === undefined ? '' : w.statuses.length,
    w.dueBefore === undefined ? '' : 'b',
    w.dueAfter === undefined ? '' : 'f',
  ].join('|');
}

/** The values of a worklist query's placeholders. */
export function worklistParams(w: WorklistQuery, dialect: WorklistDialect): Record<string, unknown> {
  const pairs = holders(w);
  const values: Record<string, unknown> = {
    assignee: w.assigneeId,
    dueBefore: w.dueBefore,
    dueAfter: w.dueAfter,
    n: w.offset + w.limit,
    limit: w.limit,
    offset: w.offset,
    cap: worklistCountCap(w) + 1,
  };
  w.statuses?.forEach((s, i) => (values[`s${i}`] = s));
  if (dialect === 'pg') {
    values.units = pairs.map((h) => h.unitCode);
    values.roles = pairs.map((h) => h.role);
  } else {
    pairs.forEach((h, i) => {
      values[`u${i}`] = h.unitCode;
      values[`r${i}`] = h.role;
    });
  }
  return values;
}

/** Statements prepared per shape, the least recently used dropped past `size`. */
export class ShapeCache<T> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly size = 100) {}

  get(key: string, prepare: () => T): T {
    let entry = this.entries.get(key);
    if (entry === undefined) {
      entry = prepare();
      if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    } else this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }
}

/**
 * One query per pair, `select <cols> from … where <pair> and <extra> …`, as rows of one table: UNION ALL branches
 * (SQLite), or a LATERAL subquery over the pairs (PostgreSQL). `query` gets the pair's filter.
 */
function perPair(w: WorklistQuery, dialect: WorklistDialect, query: (where: SQL) => SQL, alias: string): SQL {
  const pairs = holders(w);
  if (dialect === 'pg') {
    return sql`select ${sql.raw(alias)}.* from unnest(${value('units')}::text[], ${value('roles')}::text[]) h(unit_code, role)
      cross join lateral (${query(filter(w, sql`h.unit_code`, sql`h.role`))}) ${sql.raw(alias)}`;
  }
  return sql.join(
    pairs.map(
      (_, i) =>
        sql`select * from (${query(filter(w, sql`${value(`u${i}`)}`, sql`${value(`r${i}`)}`))}) ${sql.raw(`${alias}${i}`)}`,
    ),
    sql` union all `,
  );
}

/** The keys of the page's tasks: due time (none last), opened, dossier id, task id; then `limit`/`offset`. */
export function worklistPageSql(w: WorklistQuery, dialect: WorklistDialect): SQL {
  const n = value('n');
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
  return sql`select u.dossier_id, u.task_id from (${sql.join(branches, sql` union all `)}) u
    order by (case when u.due_at is null then 1 else 0 end), u.due_at, u.opened_at, u.dossier_id, u.task_id
    limit ${value('limit')} offset ${value('offset')}`;
}

/** The cap of a query's total: `WORKLIST_COUNT_CAP`, or the end of the page asked for if that is further. */
export function worklistCountCap(w: WorklistQuery): number {
  return Math.max(WORKLIST_COUNT_CAP, w.offset + w.limit);
}

/** What `count(*)` is taken from: the matching tasks, at most cap + 1 in all (more than cap: "more than cap"). */
export function worklistCountFrom(w: WorklistQuery, dialect: WorklistDialect): SQL {
  const limit = value('cap');
  const pairs = perPair(
    w,
    dialect,
    (where) => sql`select 1 as one from ${source(w)} where ${where} limit ${limit}`,
    'c',
  );
  // The outer limit stops reading the pairs once past the cap, whatever their number.
  return sql`(select 1 as one from (${pairs}) u limit ${limit}) c`;
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
