/**
 * Declarative partitioning of the PostgreSQL tables that grow with every dossier, on a column their primary key
 * already holds (a partitioned table's unique keys must contain its partition key): the audit log by chain (one per
 * unit), the code sequences by unit, a dossier's events and tasks by dossier. The first step of SCALING.md §3 on one
 * primary; the dossier-keyed tables whose keys lack `unit_code` wait for it. Run with the servers stopped: each
 * table is rebuilt (rows copied) in one transaction, with its keys, foreign keys and indexes under the same names.
 */
import pg from 'pg';

/** Each table and the column it is hashed on. */
export const PARTITIONED_TABLES: readonly { table: string; key: string }[] = [
  { table: 'audit_log', key: 'chain' },
  { table: 'dossier_sequences', key: 'unit_code' },
  { table: 'dossier_events', key: 'dossier_id' },
  { table: 'tasks', key: 'dossier_id' },
];

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Whether `n` partitions per table can be made: a whole number from 2 to 256. */
export const isPartitionCount = (n: number): boolean => Number.isInteger(n) && n >= 2 && n <= 256;

/**
 * Turns each table into `partitions` hash partitions (`<table>_p0` …), keeping its rows. A table already
 * partitioned is left as it is; returns the tables rebuilt.
 */
export async function partitionTables(url: string, partitions: number): Promise<string[]> {
  if (!isPartitionCount(partitions))
    throw new RangeError(`partitions must be a whole number from 2 to 256, got ${partitions}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rebuilt: string[] = [];
  try {
    await client.query('begin');
    for (const { table, key } of PARTITIONED_TABLES) {
      const { rows: kind } = await client.query<{ relkind: string }>(
        'select relkind from pg_class where oid = to_regclass($1)',
        [table],
      );
      if (kind[0]?.relkind !== 'r') continue;
      // Keys and indexes as written now, to be put back on the partitioned table under the same names.
      const { rows: constraints } = await client.query<{ name: string; def: string }>(
        `select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
          where conrelid = $1::regclass and contype in ('p', 'u', 'f') order by contype desc, conname`,
        [table],
      );
      const { rows: indexes } = await client.query<{ def: string }>(
        `select pg_get_indexdef(i.indexrelid) as def from pg_index i
          where i.indrelid = $1::regclass
            and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
        [table],
      );
      const old = `${table}__unpartitioned`;
      await client.query(`alter table ${quote(table)} rename to ${quote(old)}`);
      await client.query(
        `create table ${quote(table)} (like ${quote(old)} including defaults) partition by hash (${quote(key)})`,
      );
      for (let i = 0; i < partitions; i++)
        await client.query(
          `create table ${quote(`${table}_p${i}`)} partition of ${quote(table)} ` +
            `for values with (modulus ${partitions}, remainder ${i})`,
        );
      await client.query(`insert into ${quote(table)} select * from ${quote(old)}`);
      await client.query(`drop table ${quote(old)}`);
      for (const c of constraints)
        await client.query(`alter table ${quote(table)} add constraint ${quote(c.name)} ${c.def}`);
      for (const index of indexes) await client.query(index.def);
      rebuilt.push(table);
    }
    await client.query('commit');
    return rebuilt;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
