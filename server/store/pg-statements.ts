/**
 * The PostgreSQL adapter's plain select / insert / update / delete: the SQL of each shape (shapes.ts) run as a
 * named prepared statement, so each connection parses and plans a shape once; rows come back as arrays and are
 * decoded by the shape.
 */
import type { Table } from 'drizzle-orm';
import type pg from 'pg';
import { Shapes, type Built, type Route, type SelectShape, type Values } from './shapes.ts';

/** A pool or one of its connections (inside a transaction). */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.PoolClient, 'query'>;

/** Distinct statement texts given a name; the rest (say, `in` lists of many lengths) run unnamed. */
const NAMED_LIMIT = 2_000;

export class PgStatements {
  private readonly shapes: Shapes;
  /** A name stays with its text for the life of the process: a connection keeps what it prepared under it. */
  private readonly names = new Map<string, string>();

  /** `routes`: the lookups of a partitioned schema (partition.ts), none on a plain one. */
  constructor(routes: readonly Route[] = []) {
    this.shapes = new Shapes((n) => `$${n}`, routes);
  }

  select(
    q: Queryable,
    table: Table,
    where: Values | undefined,
    options: SelectShape | undefined,
  ): Promise<Values[]> {
    return this.rows(q, this.shapes.select(table, where, options));
  }

  async signedIn(
    q: Queryable,
    sessions: Table,
    users: Table,
    tokenHash: string,
  ): Promise<Values | undefined> {
    return (await this.rows(q, this.shapes.signedIn(sessions, users, tokenHash)))[0];
  }

  async count(q: Queryable, table: Table, where: Values | undefined): Promise<number> {
    const { shape, args } = this.shapes.count(table, where);
    const result = await q.query<[string]>({ ...this.named(shape.text), values: args, rowMode: 'array' });
    return Number(result.rows[0][0]);
  }

  insert(q: Queryable, table: Table, rows: Values[], ignoreConflicts: boolean): Promise<number> {
    return this.run(q, this.shapes.insert(table, rows, ignoreConflicts));
  }

  async upsert(q: Queryable, table: Table, row: Values, target: string[], set: Values): Promise<void> {
    await this.run(q, this.shapes.upsert(table, row, target, set));
  }

  update(q: Queryable, table: Table, set: Values, where: Values): Promise<number> {
    return this.run(q, this.shapes.update(table, set, where));
  }

  delete(q: Queryable, table: Table, where: Values): Promise<number> {
    return this.run(q, this.shapes.delete(table, where));
  }

  /** Increments and returns the dossier sequence of a unit and day (the row is created at 1). */
  async nextSequence(q: Queryable, unitCode: string, day: string): Promise<number> {
    const { shape, args } = this.shapes.nextSequence(unitCode, day);
    const result = await q.query<{ last: string | number }>({ ...this.named(shape.text), values: args });
    return Number(result.rows[0].last);
  }

  private async rows(q: Queryable, { shape, args }: Built): Promise<Values[]> {
    const result = await q.query<unknown[]>({ ...this.named(shape.text), values: args, rowMode: 'array' });
    return result.rows.map(shape.decode!);
  }

  private async run(q: Queryable, { shape, args }: Built): Promise<number> {
    const result = await q.query({ ...this.named(shape.text), values: args });
    return result.rowCount ?? 0;
  }

  private named(text: string): { text: string; name?: string } {
    let name = this.names.get(text);
    if (name === undefined && this.names.size < NAMED_LIMIT) {
      name = `motcua_${this.names.size + 1}`;
      this.names.set(text, name);
    }
    return name === undefined ? { text } : { text, name };
  }
}
