/**
 * The SQL of the plain statements (select / insert / upsert / update / delete on one table), written straight from
 * the drizzle schema, once per shape. A shape is what fixes the SQL text: the table, which columns a condition names
 * and with which operator, how long an `in` list is, the order and paging, how many rows an insert has. Each call
 * only walks its values (encoding them with the columns' own drizzle encoders) into a positional list; building the
 * query with drizzle on every call cost more than running it. Both dialects share this: they differ only in how a
 * placeholder is written (`?` or `$n`). So does the one statement written by hand, the dossier sequence's increment.
 */
import { Column, getTableColumns, getTableName, is, SQL, type Table } from 'drizzle-orm';
import { Lru } from './lru.ts';
import { REFERENCE_STAMP_KEY } from './tx.ts';

export type Values = Record<string, unknown>;
type Code = (value: unknown) => unknown;

interface ColumnInfo {
  key: string;
  /** The quoted column name. */
  sql: string;
  /** Into the driver's value; absent where drizzle passes values through. */
  encode?: Code;
  /** Out of the driver's value; absent likewise. */
  decode?: Code;
  /** What drizzle writes for a column an insert leaves out: the column's JS-side default, else NULL. */
  missing: unknown;
}

interface TableInfo {
  sql: string;
  columns: ColumnInfo[];
  byKey: Map<string, ColumnInfo>;
}

/** A statement of one shape: its text, and for a select how a row (an array in column order) becomes an object. */
export interface Shape {
  text: string;
  decode?: (raw: unknown[]) => Values;
}

export interface Built {
  shape: Shape;
  args: unknown[];
}

export interface SelectShape {
  /** The columns to return (default: all). */
  columns?: string[];
  orderBy?: [string, 'asc' | 'desc'][];
  limit?: number;
  offset?: number;
}

/**
 * On a partitioned schema (partition.ts), a table whose keys are kept unique by a lookup table: a condition that names
 * one of those keys (`columns`) and not the partition key (`key`) gains the partition key found in the lookup, so the
 * statement reads one partition (PostgreSQL prunes the rest when it runs).
 */
export interface Route {
  table: string;
  key: string;
  lookup: string;
  columns: readonly string[];
}

const OPERATORS: Record<string, string> = { ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' };

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function operatorOf(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] in OPERATORS || keys[0] === 'in' || keys[0] === 'isNull')
    ? keys[0]
    : undefined;
}

function overrides(col: Column, method: 'mapToDriverValue' | 'mapFromDriverValue'): Code | undefined {
  if (col[method] === Column.prototype[method]) return undefined;
  return (value) => col[method](value);
}

function describe(table: Table): TableInfo {
  const columns = Object.entries(getTableColumns(table) as Record<string, Column>).map(
    ([key, col]): ColumnInfo => {
      // A default computed in JS would be computed once and frozen into the cached statement.
      if (col.defaultFn !== undefined || col.onUpdateFn !== undefined || is(col.default, SQL))
        throw new Error(
          `statements: column ${col.name} has a computed default, which a cached query would freeze`,
        );
      const encode = overrides(col, 'mapToDriverValue');
      const fallback = col.default ?? null;
      return {
        key,
        sql: quote(col.name),
        encode,
        decode: overrides(col, 'mapFromDriverValue'),
        missing: fallback !== null && encode ? encode(fallback) : fallback,
      };
    },
  );
  return { sql: quote(getTableName(table)), columns, byKey: new Map(columns.map((c) => [c.key, c])) };
}

function rowDecoder(columns: ColumnInfo[]): (raw: unknown[]) => Values {
  return (raw) => {
    const row: Values = {};
    for (let i = 0; i < columns.length; i++) {
      const value = raw[i];
      const decode = columns[i].decode;
      row[columns[i].key] = value === null || decode === undefined ? value : decode(value);
    }
    return row;
  };
}

export class Shapes {
  private readonly tables = new Map<Table, TableInfo>();
  private readonly cache = new Lru<string, Shape>(500);
  private readonly routes: Map<string, Route>;

  /**
   * `placeholder(n)` writes the n-th parameter (1-based); `routes` (PostgreSQL's numbered parameters only, since a
   * route reads its condition's parameter a second time) by the table's quoted name.
   */
  constructor(
    private readonly placeholder: (n: number) => string,
    routes: readonly Route[] = [],
  ) {
    this.routes = new Map(routes.map((r) => [quote(r.table), r]));
  }

  select(table: Table, where: Values | undefined, options: SelectShape | undefined): Built {
    const t = this.info(table);
    const args: unknown[] = [];
    let key = `s|${t.sql}|${options?.columns?.join(',') ?? '*'}|${this.describeWhere(t, where, args)}|`;
    const order = options?.orderBy ?? [];
    for (const [k, dir] of order) key += `${k} ${dir},`;
    if (options?.limit !== undefined) {
      key += '|l';
      args.push(options.limit);
    }
    if (options?.offset !== undefined) {
      key += '|o';
      args.push(options.offset);
    }
    const shape = this.cache.getOrSet(key, () => {
      const n = { i: 0 };
      const columns = options?.columns?.map((k) => this.column(t, k)) ?? t.columns;
      let text = `select ${columns.map((c) => c.sql).join(', ')} from ${t.sql}`;
      text += this.whereText(t, where, n);
      if (order.length > 0)
        text += ` order by ${order.map(([k, dir]) => `${this.column(t, k).sql} ${dir}`).join(', ')}`;
      if (options?.limit !== undefined) text += ` limit ${this.placeholder(++n.i)}`;
      if (options?.offset !== undefined) text += ` offset ${this.placeholder(++n.i)}`;
      return { text, decode: rowDecoder(columns) };
    });
    return { shape, args };
  }

  /** `select count(*)`: one row, one number (PostgreSQL's bigint comes back as text). */
  count(table: Table, where: Values | undefined): Built {
    const t = this.info(table);
    const args: unknown[] = [];
    const key = `c|${t.sql}|${this.describeWhere(t, where, args)}`;
    const shape = this.cache.getOrSet(key, () => ({
      text: `select count(*) from ${t.sql}${this.whereText(t, where, { i: 0 })}`,
    }));
    return { shape, args };
  }

  /** Every column is written (left-out ones get their default), so rows of any shape share a statement. */
  insert(table: Table, rows: Values[], ignoreConflicts: boolean): Built {
    const t = this.info(table);
    const args: unknown[] = [];
    for (const row of rows) for (const c of t.columns) args.push(this.value(c, row[c.key]));
    const key = `i|${t.sql}|${rows.length}|${ignoreConflicts ? 'ignore' : ''}`;
    const shape = this.cache.getOrSet(key, () => {
      let n = 0;
      const tuple = () => `(${t.columns.map(() => this.placeholder(++n)).join(', ')})`;
      const text = `${this.insertHead(t)} values ${rows.map(tuple).join(', ')}`;
      return { text: ignoreConflicts ? `${text} on conflict do nothing` : text };
    });
    return { shape, args };
  }

  /** Inserts `row`, or on a conflict on `target` sets `set`. */
  upsert(table: Table, row: Values, target: string[], set: Values): Built {
    const t = this.info(table);
    const args: unknown[] = t.columns.map((c) => this.value(c, row[c.key]));
    const changes = this.assigned(t, set, args);
    const key = `x|${t.sql}|${target.join(',')}|${changes.map((c) => c.key).join(',')}`;
    const shape = this.cache.getOrSet(key, () => {
      let n = 0;
      const values = t.columns.map(() => this.placeholder(++n)).join(', ');
      const conflict = target.map((k) => this.column(t, k).sql).join(', ');
      const assignments = changes.map((c) => `${c.sql} = ${this.placeholder(++n)}`).join(', ');
      return {
        text: `${this.insertHead(t)} values (${values}) on conflict (${conflict}) do update set ${assignments}`,
      };
    });
    return { shape, args };
  }

  update(table: Table, set: Values, where: Values): Built {
    const t = this.info(table);
    const args: unknown[] = [];
    const changes = this.assigned(t, set, args);
    const key = `u|${t.sql}|${changes.map((c) => c.key).join(',')}|${this.describeWhere(t, where, args)}`;
    const shape = this.cache.getOrSet(key, () => {
      const n = { i: 0 };
      const assignments = changes.map((c) => `${c.sql} = ${this.placeholder(++n.i)}`).join(', ');
      return { text: `update ${t.sql} set ${assignments}${this.whereText(t, where, n)}` };
    });
    return { shape, args };
  }

  delete(table: Table, where: Values): Built {
    const t = this.info(table);
    const args: unknown[] = [];
    const key = `d|${t.sql}|${this.describeWhere(t, where, args)}`;
    const shape = this.cache.getOrSet(key, () => ({
      text: `delete from ${t.sql}${this.whereText(t, where, { i: 0 })}`,
    }));
    return { shape, args };
  }

  /** Increments and returns the dossier sequence of a unit and day (the row is created at 1), as `last`. */
  nextSequence(unitCode: string, day: string): Built {
    const shape = this.cache.getOrSet('n', () => ({
      text:
        `insert into "dossier_sequences" ("unit_code", "day", "last") values (${this.placeholder(1)}, ` +
        `${this.placeholder(2)}, 1) on conflict ("unit_code", "day") ` +
        'do update set "last" = "dossier_sequences"."last" + 1 returning "last"',
    }));
    return { shape, args: [unitCode, day] };
  }

  /**
   * A session, its user (absent when the session outlived the account) and the reference stamp
   * (Store.referenceStamp), in one statement: what a signed-in request reads first, in one round trip.
   */
  signedIn(sessions: Table, users: Table, tokenHash: string): Built {
    const shape = this.cache.getOrSet('si', () => {
      const s = this.info(sessions);
      const u = this.info(users);
      const list = (alias: string, t: TableInfo) => t.columns.map((c) => `${alias}.${c.sql}`).join(', ');
      const session = rowDecoder(s.columns);
      const user = rowDecoder(u.columns);
      const [n, m] = [s.columns.length, u.columns.length];
      const userId = n + u.columns.findIndex((c) => c.key === 'id');
      return {
        text:
          `select ${list('s', s)}, ${list('u', u)}, ` +
          `(select "updated_at" from "settings" where "key" = ${this.placeholder(1)}) ` +
          `from ${s.sql} s left join ${u.sql} u on u."id" = s."user_id" where s."token_hash" = ${this.placeholder(2)}`,
        decode: (raw) => ({
          session: session(raw.slice(0, n)),
          user: raw[userId] === null ? undefined : user(raw.slice(n, n + m)),
          referenceStamp: Number(raw[n + m] ?? 0),
        }),
      };
    });
    return { shape, args: [REFERENCE_STAMP_KEY, tokenHash] };
  }

  private insertHead(t: TableInfo): string {
    return `insert into ${t.sql} (${t.columns.map((c) => c.sql).join(', ')})`;
  }

  /** The columns `set` changes (undefined values are left alone), their values appended to `args`. */
  private assigned(t: TableInfo, set: Values, args: unknown[]): ColumnInfo[] {
    const changes: ColumnInfo[] = [];
    for (const k in set) {
      if (set[k] === undefined) continue;
      const c = this.column(t, k);
      changes.push(c);
      args.push(this.value(c, set[k]));
    }
    if (changes.length === 0) throw new Error(`statements: nothing to set in ${t.sql}`);
    return changes;
  }

  private value(c: ColumnInfo, value: unknown): unknown {
    if (value === undefined) return c.missing;
    return value === null || c.encode === undefined ? value : c.encode(value);
  }

  private info(table: Table): TableInfo {
    let info = this.tables.get(table);
    if (!info) {
      info = describe(table);
      this.tables.set(table, info);
    }
    return info;
  }

  private column(t: TableInfo, key: string): ColumnInfo {
    const c = t.byKey.get(key);
    if (!c) throw new Error(`where: no column ${key}`);
    return c;
  }

  /** The shape of a condition (its part of the key); its values, encoded, go into `args` in order. */
  private describeWhere(t: TableInfo, where: Values | undefined, args: unknown[]): string {
    let key = '';
    for (const k in where) {
      const value = where[k];
      if (value === undefined) continue;
      const c = this.column(t, k);
      const op = operatorOf(value);
      if (value === null) key += `${k} null,`;
      else if (op === undefined) {
        key += `${k} =,`;
        args.push(this.value(c, value));
      } else if (op === 'isNull') key += `${k} isNull ${(value as Values).isNull ? 1 : 0},`;
      else if (op === 'in') {
        const list = (value as { in: unknown[] }).in;
        key += `${k} in ${list.length},`;
        for (const item of list) args.push(this.value(c, item));
      } else {
        key += `${k} ${op},`;
        args.push(this.value(c, (value as Values)[op]));
      }
    }
    return key;
  }

  /** The condition of that shape, its placeholders numbered from `n.i + 1` (the same walk as describeWhere). */
  private whereText(t: TableInfo, where: Values | undefined, n: { i: number }): string {
    const parts: string[] = [];
    /** Each column compared for equality, with its parameter's number. */
    const equal = new Map<string, number>();
    for (const k in where) {
      const value = where[k];
      if (value === undefined) continue;
      const c = this.column(t, k);
      const op = operatorOf(value);
      if (value === null) parts.push(`${c.sql} is null`);
      else if (op === undefined) {
        equal.set(c.sql, ++n.i);
        parts.push(`${c.sql} = ${this.placeholder(n.i)}`);
      } else if (op === 'isNull') parts.push(`${c.sql} is ${(value as Values).isNull ? '' : 'not '}null`);
      else if (op === 'in') {
        const list = (value as { in: unknown[] }).in;
        parts.push(
          list.length === 0 ? '1 = 0' : `${c.sql} in (${list.map(() => this.placeholder(++n.i)).join(', ')})`,
        );
      } else parts.push(`${c.sql} ${OPERATORS[op]} ${this.placeholder(++n.i)}`);
    }
    const routed = this.routed(t, equal);
    if (routed !== undefined) parts.push(routed);
    return parts.length === 0 ? '' : ` where ${parts.join(' and ')}`;
  }

  /** The partition key's condition a route adds, if the table has one and the condition names a key it holds. */
  private routed(t: TableInfo, equal: Map<string, number>): string | undefined {
    const route = this.routes.get(t.sql);
    if (route === undefined || equal.has(quote(route.key))) return;
    const column = route.columns.map(quote).find((c) => equal.has(c));
    if (column === undefined) return;
    const key = quote(route.key);
    return `${key} = (select ${key} from ${quote(route.lookup)} where ${column} = ${this.placeholder(equal.get(column)!)})`;
  }
}
