/** Turns `Where` objects into drizzle conditions; drizzle's operators are the same for both dialects. */
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  sql,
  type Column,
  type SQL,
  type Table,
} from 'drizzle-orm';

const OPERATORS = ['in', 'ne', 'lt', 'lte', 'gt', 'gte', 'isNull'];

function isOperator(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && OPERATORS.includes(keys[0]);
}

function column(table: Table, name: string): Column {
  const col = getTableColumns(table)[name];
  if (!col) throw new Error(`where: no column ${name}`);
  return col;
}

function condition(col: Column, value: unknown): SQL {
  if (value === null) return isNull(col);
  if (!isOperator(value)) return eq(col, value);
  const [op, arg] = Object.entries(value)[0];
  switch (op) {
    case 'in':
      return (arg as unknown[]).length === 0 ? sql`1 = 0` : inArray(col, arg as unknown[]);
    case 'ne':
      return ne(col, arg);
    case 'lt':
      return lt(col, arg);
    case 'lte':
      return lte(col, arg);
    case 'gt':
      return gt(col, arg);
    case 'gte':
      return gte(col, arg);
    default:
      return arg ? isNull(col) : isNotNull(col);
  }
}

export function whereSql(table: Table, where: Record<string, unknown> | undefined): SQL | undefined {
  if (!where) return undefined;
  const parts = Object.entries(where)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => condition(column(table, k), v));
  return parts.length === 0 ? undefined : and(...parts);
}

export function orderSql(table: Table, orderBy: [string, 'asc' | 'desc'][] | undefined): SQL[] {
  return (orderBy ?? []).map(([k, dir]) => (dir === 'asc' ? asc(column(table, k)) : desc(column(table, k))));
}

/** `%…%` LIKE pattern with the wildcards of the text escaped by "!" (use with ESCAPE '!' in both dialects). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => '!' + c)}%`;
}
