/**
 * The SQLite adapter's plain select / insert / update / delete: the SQL of each shape (shapes.ts) prepared once on
 * the connection, run with positional values; rows come back as arrays (raw mode) and are decoded by the shape.
 */
import Database from 'better-sqlite3';
import type { Table } from 'drizzle-orm';
import { Shapes, type Built, type SelectShape, type Values } from './shapes.ts';

export class SqliteStatements {
  private readonly shapes = new Shapes(() => '?');
  private readonly prepared = new WeakMap<object, Database.Statement>();

  constructor(private readonly client: Database.Database) {}

  select(table: Table, where: Values | undefined, options: SelectShape | undefined): Values[] {
    return this.rows(this.shapes.select(table, where, options));
  }

  signedIn(sessions: Table, users: Table, tokenHash: string): Values | undefined {
    return this.rows(this.shapes.signedIn(sessions, users, tokenHash))[0];
  }

  count(table: Table, where: Values | undefined): number {
    const built = this.shapes.count(table, where);
    return this.statement(built, false).pluck().get(built.args) as number;
  }

  insert(table: Table, rows: Values[], ignoreConflicts: boolean): number {
    return this.run(this.shapes.insert(table, rows, ignoreConflicts));
  }

  upsert(table: Table, row: Values, target: string[], set: Values): void {
    this.run(this.shapes.upsert(table, row, target, set));
  }

  update(table: Table, set: Values, where: Values): number {
    return this.run(this.shapes.update(table, set, where));
  }

  delete(table: Table, where: Values): number {
    return this.run(this.shapes.delete(table, where));
  }

  /** Increments and returns the dossier sequence of a unit and day (the row is created at 1). */
  nextSequence(unitCode: string, day: string): number {
    const built = this.shapes.nextSequence(unitCode, day);
    return this.statement(built, false).pluck().get(built.args) as number;
  }

  private rows(built: Built): Values[] {
    return (this.statement(built, true).all(built.args) as unknown[][]).map(built.shape.decode!);
  }

  private run(built: Built): number {
    return this.statement(built, false).run(built.args).changes;
  }

  /** The shape's prepared statement; a shape evicted from the cache takes its statement with it. */
  private statement({ shape }: Built, reader: boolean): Database.Statement {
    let statement = this.prepared.get(shape);
    if (!statement) {
      // Not through the connection's statement cache (sqlite.ts): drizzle shares those and switches their mode.
      statement = Database.prototype.prepare.call(this.client, shape.text);
      if (reader) statement.raw(true);
      this.prepared.set(shape, statement);
    }
    return statement;
  }
}
