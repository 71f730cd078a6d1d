/**
 * The worklist queries, the same SQL for both dialects (sqlite.ts and pg.ts run them).
 *
 * A page is found without touching `dossiers` (unless a status filter needs it): for each (unit, role) pair the
 * actor holds, the task keys are read in the order of the `tasks_worklist` index (unit, role, due_at, opened_at,
 * dossier_id, task_id), at most offset + limit of them, with and without a due time apart (no due time sorts
 * last); those short lists are put together, sorted, and cut to the page. That is a subquery of the one that joins
 * the page's tasks, and only them, to their dossiers. The total counts at most its cap + 1 tasks, without the
 * join.
 *
 * SQLite gets one UNION ALL branch per pair. PostgreSQL gets the pairs as two array parameters and one LATERAL
 * subquery run per pair: the same plan, but the SQL text does not grow with the pairs, so planning stays short.
 *
 * Every value is a named placeholder: the SQL depends only on the query's shape (`shape`), so each adapter
 * prepares it once per shape (`Worklists`) and runs it with the query's values. Building it with drizzle on every
 * request cost more than running it. Only the drizzle chains that put the pieces together are the adapters' own:
 * drizzle's builders differ in type per dialect.
 */
import { createHash } from 'node:crypto';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { Lru } from './lru.ts';
import { WORKLIST_DOSSIER_COLUMNS, type WorklistQuery, type WorklistRow } from './tx.ts';

type Dialect = 'sqlite' | 'pg';
/** The query's (unit, role) pairs without repeats: computed once per request, passed down. */
type Holders = WorklistQuery['holders'];
type ShownColumn = (typeof WORKLIST_DOSSIER_COLUMNS)[number];

/** Totals above this (or above offset + limit, if more) are reported as this with `totalCapped`. */
export const WORKLIST_COUNT_CAP = 1000;

/** What an adapter's drizzle chains are built from, for one shape. */
export interface WorklistParts {
  /** What `count(*)` is taken from. */
  countFrom: SQL;
  /** The condition on the tasks table that keeps the page's tasks. */
  inPage: SQL;
  /** The page's order: due time first (none last), then opening time, then the keys. */
  order: SQL[];
  /** Unique to the shape: PostgreSQL prepares the statements under it, once per connection. */
  name: string;
}

/** A row of the page query, selected with `worklistColumns`. */
export interface WorklistPageRow {
  task: WorklistRow['task'];
  dossier: WorklistRow['dossier'];
  nameVi: string | null;
  nameEn: string | null;
}

/** An adapter's worklist statements `S`, built by `prepare` once per shape; the least recently used are dropped. */
export class Worklists<S> {
  private readonly prepared = new Lru<string, S>(100);

  constructor(
    private readonly dialect: Dialect,
    private readonly tasks: Record<'dueAt' | 'openedAt' | 'dossierId' | 'taskId', SQLWrapper>,
    private readonly prepare: (parts: WorklistParts) => S,
  ) {}

  /**
   * The statements of the query's shape and the values of their placeholders; undefined if the query names no
   * (unit, role) pair: nothing can match, and nothing need be asked.
   */
  statements(w: WorklistQuery): { statements: S; values: Record<string, unknown> } | undefined {
    const pairs = holders(w);
    if (pairs.length === 0) return undefined;
    const key = shape(w, pairs, this.dialect);
    const t = this.tasks;
    const statements = this.prepared.getOrSet(key, () =>
      this.prepare({
        countFrom: countFrom(w, pairs, this.dialect),
        // The page's keys (index order, no join) in a subquery; only those tasks are joined to their dossiers.
        inPage: sql`(${t.dossierId}, ${t.taskId}) in (${pageSql(w, pairs, this.dialect)})`,
        order: [
          sql`${t.dueAt} is null`,
          sql`${t.dueAt} asc`,
          sql`${t.openedAt} asc`,
          sql`${t.dossierId} asc`,
          sql`${t.taskId} asc`,
        ],
        name: `worklist_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`,
      }),
    );
    return { statements, values: params(w, pairs, this.dialect) };
  }

  /** The answer, from the capped count (`n`: text from PostgreSQL) and the page's rows. */
  answer(
    w: WorklistQuery,
    n: number | string,
    rows: WorklistPageRow[],
  ): { rows: WorklistRow[]; total: number; totalCapped: boolean } {
    const cap = countCap(w);
    const count = Number(n);
    const capped = count > cap;
    return { total: capped ? cap : count, totalCapped: capped, rows: rows.map(row) };
  }
}

/** The columns of one worklist row: the task, the dossier fields a worklist shows, the procedure's name. */
export function worklistColumns<T, D extends Record<ShownColumn, unknown>, V, E>(
  task: T,
  dossier: D,
  procedure: { nameVi: V; nameEn: E },
) {
  const shown = Object.fromEntries(WORKLIST_DOSSIER_COLUMNS.map((c) => [c, dossier[c]])) as Pick<
    D,
    ShownColumn
  >;
  return { task, dossier: shown, nameVi: procedure.nameVi, nameEn: procedure.nameEn };
}

const value = (name: string) => sql.placeholder(name);

function holders(w: WorklistQuery): Holders {
  const seen = new Set<string>();
  return w.holders.filter((h) => {
    const key = JSON.stringify([h.unitCode, h.role]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What fixes the SQL text of a worklist query: queries of one shape share one prepared statement. */
function shape(w: WorklistQuery, pairs: Holders, dialect: Dialect): string {
  return [
    dialect,
    dialect === 'sqlite' ? pairs.length : '',
    w.assigneeId === undefined ? '' : 'a',
    w.statuses === undefined ? '' : w.statuses.length,
    w.dueBefore === undefined ? '' : 'b',
    w.dueAfter === undefined ? '' : 'f',
  ].join('|');
}

/** The values of a worklist query's placeholders. */
function params(w: WorklistQuery, pairs: Holders, dialect: Dialect): Record<string, unknown> {
  const values: Record<string, unknown> = {
    assignee: w.assigneeId,
    dueBefore: w.dueBefore,
    dueAfter: w.dueAfter,
    n: w.offset + w.limit,
    limit: w.limit,
    offset: w.offset,
    cap: countCap(w) + 1,
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

/**
 * One query per pair, `select <cols> from … where <pair> and <extra> …`, as rows of one table: UNION ALL branches
 * (SQLite), or a LATERAL subquery over the pairs (PostgreSQL). `query` gets the pair's filter.
 */
function perPair(
  w: WorklistQuery,
  pairs: Holders,
  dialect: Dialect,
  query: (where: SQL) => SQL,
  alias: string,
): SQL {
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
function pageSql(w: WorklistQuery, pairs: Holders, dialect: Dialect): SQL {
  const n = value('n');
  const cols = sql`t.dossier_id, t.task_id, t.due_at, t.opened_at`;
  const branches = [
    perPair(
      w,
      pairs,
      dialect,
      (where) => sql`select ${cols} from ${source(w)} where ${where} and t.due_at is not null
        order by t.due_at, t.opened_at, t.dossier_id, t.task_id limit ${n}`,
      'due',
    ),
    // A due-window filter excludes the tasks with no due time.
    w.dueBefore === undefined && w.dueAfter === undefined
      ? perPair(
          w,
          pairs,
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
function countCap(w: WorklistQuery): number {
  return Math.max(WORKLIST_COUNT_CAP, w.offset + w.limit);
}

/** What `count(*)` is taken from: the matching tasks, at most cap + 1 in all (more than cap: "more than cap"). */
function countFrom(w: WorklistQuery, pairs: Holders, dialect: Dialect): SQL {
  const limit = value('cap');
  const branches = perPair(
    w,
    pairs,
    dialect,
    (where) => sql`select 1 as one from ${source(w)} where ${where} limit ${limit}`,
    'c',
  );
  // The outer limit stops reading the pairs once past the cap, whatever their number.
  return sql`(select 1 as one from (${branches}) u limit ${limit}) c`;
}

/** A row of the page query as a worklist row; a procedure without names shows its code. */
function row(r: WorklistPageRow): WorklistRow {
  const code = r.dossier.procedureCode;
  return { task: r.task, dossier: r.dossier, procedureName: { vi: r.nameVi ?? code, en: r.nameEn ?? code } };
}
