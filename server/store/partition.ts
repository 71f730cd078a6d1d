/**
 * Declarative partitioning of the PostgreSQL tables that grow with every dossier (SCALING.md §3 on one primary):
 * dossiers by their receiving unit, the audit log by chain (one per unit), the code sequences by unit, a dossier's
 * events, tasks, notifications and rating by dossier, timers by id. A partitioned table's unique keys must contain its partition key, so the dossiers'
 * keys gain `unit_code`, and a small `dossier_lookup` (kept by a trigger) holds what must stay unique across units —
 * a dossier's id, code and QR token — and is what the tables keyed by a dossier's id refer to. Run with the servers
 * stopped: each table is rebuilt (rows copied) in one transaction, with its keys, foreign keys and indexes under the
 * same names.
 */
import pg from 'pg';

/** Each table and the column it is hashed on; the dossiers first, since the others refer to them. */
export const PARTITIONED_TABLES: readonly { table: string; key: string }[] = [
  { table: 'dossiers', key: 'unit_code' },
  { table: 'audit_log', key: 'chain' },
  { table: 'dossier_sequences', key: 'unit_code' },
  { table: 'dossier_events', key: 'dossier_id' },
  { table: 'tasks', key: 'dossier_id' },
  { table: 'outbox', key: 'dossier_id' },
  // By id, which holds its dossier's (`<dossier id>:<timer>`): the upsert that sets a timer again matches on it.
  { table: 'timers', key: 'id' },
  { table: 'ratings', key: 'dossier_id' },
];

/** Where a dossier's id, code and QR token stay unique once the dossiers are split by unit. */
export const DOSSIER_LOOKUP = 'dossier_lookup';

const LOOKUP_SQL = [
  `create table ${DOSSIER_LOOKUP} (id text primary key, code text not null unique, qr_token text not null unique,
     unit_code text not null)`,
  `insert into ${DOSSIER_LOOKUP} select id, code, qr_token, unit_code from dossiers`,
  `create function motcua_dossier_lookup() returns trigger language plpgsql as $$
   begin
     if tg_op <> 'INSERT' then delete from ${DOSSIER_LOOKUP} where id = old.id; end if;
     if tg_op <> 'DELETE' then
       insert into ${DOSSIER_LOOKUP} values (new.id, new.code, new.qr_token, new.unit_code);
     end if;
     return null;
   end $$`,
];

const LOOKUP_TRIGGER =
  'create trigger dossiers_lookup after insert or delete or update of id, code, qr_token, unit_code on dossiers ' +
  'for each row execute function motcua_dossier_lookup()';

/** A primary or unique key without the partition key gets it as its last column. */
function withKey(def: string, key: string): string {
  const m = /^(PRIMARY KEY|UNIQUE) \((.*)\)$/.exec(def);
  if (!m || m[2].split(', ').includes(key)) return def;
  return `${m[1]} (${m[2]}, ${key})`;
}

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
      // The keys of other tables that point at this one point at the lookup instead (dossiers only).
      const { rows: referring } = await client.query<{ name: string; table: string; def: string }>(
        `select conname as name, conrelid::regclass::text as table, pg_get_constraintdef(oid) as def
           from pg_constraint where confrelid = $1::regclass and contype = 'f'`,
        [table],
      );
      if (table === 'dossiers') for (const sql of LOOKUP_SQL) await client.query(sql);
      for (const r of referring)
        await client.query(`alter table ${quote(r.table)} drop constraint ${quote(r.name)}`);
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
        await client.query(
          `alter table ${quote(table)} add constraint ${quote(c.name)} ${withKey(c.def, key)}`,
        );
      for (const index of indexes) await client.query(index.def);
      if (table === 'dossiers') await client.query(LOOKUP_TRIGGER);
      for (const r of referring) {
        const def = r.def.replace(/REFERENCES dossiers\(id\)/, `REFERENCES ${DOSSIER_LOOKUP}(id)`);
        await client.query(`alter table ${quote(r.table)} add constraint ${quote(r.name)} ${def}`);
      }
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
