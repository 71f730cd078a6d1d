/**
 * The SQLite adapter's plain select / insert / update / delete, built by drizzle once per query shape and then
 * reused. Building a query with drizzle costs more than running it on SQLite; a shape (table, which columns the
 * condition names and with which operator, how many rows of which columns, order, limit) always gives the same SQL,
 * so the query is built once with placeholders and each call only supplies the values. Values still go through the
 * columns' own encoders (booleans, JSON), and rows come back through the same mapping as a freshly built query.
 */
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  getTableName,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  Param,
  sql,
  type Column,
  type SQL,
  type Table,
} from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema.sqlite.ts';

type Db = BetterSQLite3Database<typeof schema>;
type Values = Record<string, unknown>;

interface Prepared {
  all(values: Values): unknown[];
  run(values: Values): { changes: number };
}

/** Distinct shapes one connection keeps (`in (…)` lists of each length are shapes of their own). */
export const QUERY_CACHE_SIZE = 500;

const OPERATORS = new Set(['in', 'ne', 'lt', 'lte', 'gt', 'gte', 'isNull']);

function operatorOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && OPERATORS.has(keys[0]) ? keys[0] : undefined;
}

/**
 * A column's value in a condition as a placeholder that the column encodes when the query runs (insert and update
 * values get the same wrapping from drizzle itself, so they take a bare placeholder).
 */
function slot(col: Column, name: string): Param {
  return new Param(sql.placeholder(name), col);
}

export class SqliteStatements {
  private readonly cache = new Map<string, Prepared>();
  private readonly columns = new Map<Table, Record<string, Column>>();

  constructor(
    private readonly db: Db,
    private readonly sequences: typeof schema.dossierSequences,
    private readonly size = QUERY_CACHE_SIZE,
  ) {}

  select(table: Table, where: Values | undefined, options: SelectShape | undefined): unknown[] {
    const values: Values = {};
    let key = `s|${tableKey(table)}|${this.describeWhere(table, where, values)}|`;
    for (const [k, dir] of options?.orderBy ?? []) key += `${k} ${dir},`;
    if (options?.limit !== undefined) {
      key += '|l';
      values.limit = options.limit;
    }
    if (options?.offset !== undefined) {
      key += '|o';
      values.offset = options.offset;
    }
    return this.get(key, () => {
      let query = this.db.select().from(table).where(this.buildWhere(table, where)).$dynamic();
      const order = (options?.orderBy ?? []).map(([k, dir]) =>
        dir === 'asc' ? asc(this.column(table, k)) : desc(this.column(table, k)),
      );
      if (order.length > 0) query = query.orderBy(...order);
      if (options?.limit !== undefined) query = query.limit(sql.placeholder('limit') as never);
      if (options?.offset !== undefined) query = query.offset(sql.placeholder('offset') as never);
      return query.prepare() as unknown as Prepared;
    }).all(values);
  }

  insert(table: Table, rows: Values[], ignoreConflicts: boolean): number {
    const cols = this.columnsOf(table);
    const values: Values = {};
    let key = `i|${tableKey(table)}|${ignoreConflicts ? 'ignore' : ''}`;
    const shapes = rows.map((row, i) => {
      const names: string[] = [];
      for (const name in row) {
        if (row[name] === undefined || !(name in cols)) continue;
        names.push(name);
        values[`r${i}_${name}`] = row[name];
      }
      key += `|${names.join(',')}`;
      return names;
    });
    return this.get(key, () => {
      const placeheld = shapes.map((names, i) =>
        Object.fromEntries(names.map((name) => [name, sql.placeholder(`r${i}_${name}`)])),
      );
      const query = this.db.insert(table).values(placeheld as never);
      return (ignoreConflicts ? query.onConflictDoNothing() : query).prepare() as unknown as Prepared;
    }).run(values).changes;
  }

  /** Inserts `row`, or on a conflict on `target` sets `set`. */
  upsert(table: Table, row: Values, target: string[], set: Values): void {
    const cols = this.columnsOf(table);
    const values: Values = {};
    const names = Object.keys(row).filter((name) => row[name] !== undefined && name in cols);
    for (const name of names) values[`r_${name}`] = row[name];
    const changes = Object.keys(set).filter((name) => set[name] !== undefined && name in cols);
    for (const name of changes) values[`s_${name}`] = set[name];
    const key = `x|${tableKey(table)}|${names.join(',')}|${target.join(',')}|${changes.join(',')}`;
    this.get(
      key,
      () =>
        this.db
          .insert(table)
          .values(Object.fromEntries(names.map((name) => [name, sql.placeholder(`r_${name}`)])) as never)
          .onConflictDoUpdate({
            target: target.map((name) => this.column(table, name)) as never,
            set: Object.fromEntries(changes.map((name) => [name, sql.placeholder(`s_${name}`)])) as never,
          })
          .prepare() as unknown as Prepared,
    ).run(values);
  }

  /** Increments and returns the dossier sequence of a unit and day (the row is created at 1). */
  nextSequence(unitCode: string, day: string): number {
    const s = this.sequences;
    const [row] = this.get(
      'n|',
      () =>
        this.db
          .insert(s)
          .values({ unitCode: sql.placeholder('unitCode'), day: sql.placeholder('day'), last: 1 })
          .onConflictDoUpdate({ target: [s.unitCode, s.day], set: { last: sql`${s.last} + 1` } })
          .returning({ last: s.last })
          .prepare() as unknown as Prepared,
    ).all({ unitCode, day }) as { last: number }[];
    return row.last;
  }

  update(table: Table, set: Values, where: Values): number {
    const cols = this.columnsOf(table);
    const values: Values = {};
    const names = Object.keys(set).filter((name) => set[name] !== undefined && name in cols);
    for (const name of names) values[`s_${name}`] = set[name];
    const key = `u|${tableKey(table)}|${names.join(',')}|${this.describeWhere(table, where, values)}`;
    return this.get(key, () => {
      const placeheld = Object.fromEntries(names.map((name) => [name, sql.placeholder(`s_${name}`)]));
      return this.db
        .update(table)
        .set(placeheld as never)
        .where(this.buildWhere(table, where))
        .prepare() as unknown as Prepared;
    }).run(values).changes;
  }

  delete(table: Table, where: Values): number {
    const values: Values = {};
    const key = `d|${tableKey(table)}|${this.describeWhere(table, where, values)}`;
    return this.get(
      key,
      () => this.db.delete(table).where(this.buildWhere(table, where)).prepare() as unknown as Prepared,
    ).run(values).changes;
  }

  private get(key: string, build: () => Prepared): Prepared {
    let prepared = this.cache.get(key);
    if (prepared) {
      // Map order is insertion order: the most recently used goes last, the oldest is evicted first.
      this.cache.delete(key);
    } else {
      prepared = build();
      if (this.cache.size >= this.size) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(key, prepared);
    return prepared;
  }

  private columnsOf(table: Table): Record<string, Column> {
    let cols = this.columns.get(table);
    if (!cols) {
      cols = getTableColumns(table) as Record<string, Column>;
      // A default or update computed in JS would be computed once and frozen into the cached query.
      for (const col of Object.values(cols)) {
        if (col.defaultFn !== undefined || col.onUpdateFn !== undefined)
          throw new Error(
            `sqlite statements: column ${col.name} has a JS default, which a cached query would freeze`,
          );
      }
      this.columns.set(table, cols);
    }
    return cols;
  }

  private column(table: Table, name: string): Column {
    const col = this.columnsOf(table)[name];
    if (!col) throw new Error(`where: no column ${name}`);
    return col;
  }

  /** The shape of a condition (its part of the cache key); its values go into `values` as w0, w1, … */
  private describeWhere(table: Table, where: Values | undefined, values: Values): string {
    if (!where) return '';
    let key = '';
    let i = 0;
    for (const name in where) {
      const value = where[name];
      if (value === undefined) continue;
      this.column(table, name);
      if (value === null) {
        key += `${name} null,`;
        continue;
      }
      const op = operatorOf(value);
      const arg = op === undefined ? value : (value as Values)[op];
      if (op === undefined) {
        key += `${name} =,`;
        values[`w${i++}`] = arg;
      } else if (op === 'in') {
        const list = arg as unknown[];
        key += `${name} in ${list.length},`;
        for (const item of list) values[`w${i++}`] = item;
      } else if (op === 'isNull') {
        key += `${name} isNull ${arg ? 1 : 0},`;
      } else {
        key += `${name} ${op},`;
        values[`w${i++}`] = arg;
      }
    }
    return key;
  }

  /** The condition of that shape with placeholders (the same walk as describeWhere). */
  private buildWhere(table: Table, where: Values | undefined): SQL | undefined {
    if (!where) return undefined;
    const parts: SQL[] = [];
    let i = 0;
    for (const name in where) {
      const value = where[name];
      if (value === undefined) continue;
      const col = this.column(table, name);
      if (value === null) {
        parts.push(isNull(col));
        continue;
      }
      const op = operatorOf(value);
      const arg = op === undefined ? value : (value as Values)[op];
      if (op === undefined) {
        parts.push(eq(col, slot(col, `w${i++}`)));
      } else if (op === 'in') {
        const list = arg as unknown[];
        if (list.length === 0) parts.push(sql`1 = 0`);
        else
          parts.push(
            inArray(
              col,
              list.map(() => slot(col, `w${i++}`)),
            ),
          );
      } else if (op === 'isNull') {
        parts.push(arg ? isNull(col) : isNotNull(col));
      } else {
        const compare = { ne, lt, lte, gt, gte }[op as 'ne']!;
        parts.push(compare(col, slot(col, `w${i++}`)));
      }
    }
    return parts.length === 0 ? undefined : and(...parts);
  }
}

interface SelectShape {
  orderBy?: [string, 'asc' | 'desc'][];
  limit?: number;
  offset?: number;
}

function tableKey(table: Table): string {
  return getTableName(table);
}
