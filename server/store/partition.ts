/**
 * Declarative partitioning of the PostgreSQL tables that grow with every dossier (SCALING.md §3 on one primary):
 * dossiers by their receiving unit, the audit log by chain (one per unit), the code sequences by unit, a dossier's
 * events, tasks, notifications, results, rating and payments by dossier, timers, files and payment orders by id. A
 * partitioned table's unique keys must contain its partition key, so they gain it, and a small lookup table (kept by
 * a trigger in the writer's transaction) holds what must stay unique across partitions: a dossier's id, code and QR
 * token (`dossier_lookup`, which the tables keyed by a dossier's id refer to), a result's id, file and verify token
 * (`result_lookup`), a gateway's transaction number (`transaction_lookup`). The first two also route a read by one of
 * those keys to one partition (`ROUTES`, shapes.ts). Run with the servers stopped: each table is rebuilt (rows
 * copied) in one transaction, with its keys, foreign keys and indexes under the same names.
 */
import pg from 'pg';
import type { Route } from './shapes.ts';

/** Where a table's keys stay unique across its partitions: `unique[0]` is the lookup's primary key. */
interface Lookup {
  name: string;
  unique: string[];
}

/**
 * A unique index whose columns do not hold the partition key and may be null, kept instead by a table of its own
 * (`name`: its columns, the primary key, and the row's partition key) filled by a trigger before each write. A row
 * inserted with a value taken already is not written and the statement counts one row fewer, which is what
 * `ON CONFLICT DO NOTHING` does: the one way the store inserts such a row. An update to a taken value fails.
 */
interface Guard {
  index: string;
  name: string;
  columns: string[];
}

/** Where a dossier's id, code and QR token stay unique once the dossiers are split by unit. */
export const DOSSIER_LOOKUP = 'dossier_lookup';

/** Each table, the column it is hashed on and its lookup; the dossiers first, since the others refer to them. */
export const PARTITIONED_TABLES: readonly { table: string; key: string; lookup?: Lookup; guard?: Guard }[] = [
  {
    table: 'dossiers',
    key: 'unit_code',
    lookup: { name: DOSSIER_LOOKUP, unique: ['id', 'code', 'qr_token'] },
  },
  { table: 'audit_log', key: 'chain' },
  { table: 'dossier_sequences', key: 'unit_code' },
  { table: 'dossier_events', key: 'dossier_id' },
  { table: 'tasks', key: 'dossier_id' },
  { table: 'outbox', key: 'dossier_id' },
  // By id, which holds its dossier's (`<dossier id>:<timer>`): the upsert that sets a timer again matches on it.
  { table: 'timers', key: 'id' },
  {
    table: 'dossier_results',
    key: 'dossier_id',
    lookup: { name: 'result_lookup', unique: ['id', 'attachment_id', 'verify_token'] },
  },
  { table: 'ratings', key: 'dossier_id' },
  // Their ids are time-ordered and random, unique by construction; a dossier's payments are read together.
  { table: 'payments', key: 'dossier_id' },
  // Files uploaded before their submission belong to no dossier yet; every read of one names its id.
  { table: 'attachments', key: 'id' },
  // Every read and settlement of an order names its id; a bank transaction is recorded once across the province.
  {
    table: 'payment_orders',
    key: 'id',
    guard: {
      index: 'payment_orders_transaction',
      name: 'transaction_lookup',
      columns: ['gateway', 'transaction_no'],
    },
  },
];

/** The reads a partitioned schema routes through its lookups: by any of a lookup's keys, to its table's partition. */
export const ROUTES: readonly Route[] = PARTITIONED_TABLES.flatMap(({ table, key, lookup }) =>
  lookup ? [{ table, key, lookup: lookup.name, columns: lookup.unique }] : [],
);

/** The tables partitioning adds beside the partitioned ones: the lookups and the guards. */
export const ADDED_TABLES: readonly string[] = PARTITIONED_TABLES.flatMap(({ lookup, guard }) =>
  [lookup?.name, guard?.name].filter((name) => name !== undefined),
);

/** The lookup table of `table` (keys and partition key), filled from its rows and kept by a trigger. */
function lookupSql(table: string, key: string, { name, unique }: Lookup): string[] {
  const columns = [...unique, key];
  const defs = unique.map((c, i) => `${c} text ${i === 0 ? 'primary key' : 'not null unique'}`);
  return [
    `create table ${name} (${defs.join(', ')}, ${key} text not null)`,
    `insert into ${name} select ${columns.join(', ')} from ${table}`,
    `create function motcua_${name}() returns trigger language plpgsql as $$
     begin
       if tg_op <> 'INSERT' then delete from ${name} where ${unique[0]} = old.${unique[0]}; end if;
       if tg_op <> 'DELETE' then
         insert into ${name} values (${columns.map((c) => `new.${c}`).join(', ')});
       end if;
       return null;
     end $$`,
  ];
}

const lookupTrigger = (table: string, key: string, { name, unique }: Lookup) =>
  `create trigger ${table}_lookup after insert or delete or update of ${[...unique, key].join(', ')} ` +
  `on ${table} for each row execute function motcua_${name}()`;

/** The guard's table, filled from the rows whose columns are all set (a unique index lets nulls repeat), and its trigger. */
function guardSql(table: string, key: string, { name, columns }: Guard): string[] {
  const match = (row: string) => [...columns, key].map((c) => `${c} = ${row}.${c}`).join(' and ');
  const values = [...columns, key].map((c) => `new.${c}`).join(', ');
  return [
    `create table ${name} (${columns.map((c) => `${c} text`).join(', ')}, ${key} text not null, ` +
      `primary key (${columns.join(', ')}))`,
    `insert into ${name} select ${[...columns, key].join(', ')} from ${table} ` +
      `where ${columns.map((c) => `${c} is not null`).join(' and ')}`,
    `create function motcua_${name}() returns trigger language plpgsql as $$
     begin
       if tg_op <> 'INSERT' then delete from ${name} where ${match('old')}; end if;
       if tg_op = 'DELETE' then return old; end if;
       if ${columns.map((c) => `new.${c} is null`).join(' or ')} then return new; end if;
       if tg_op = 'UPDATE' then insert into ${name} values (${values}); return new; end if;
       insert into ${name} values (${values}) on conflict do nothing;
       if found then return new; end if;
       return null;
     end $$`,
    `create trigger ${table}_guard before insert or delete or update of ${[...columns, key].join(', ')} ` +
      `on ${table} for each row execute function motcua_${name}()`,
  ];
}

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
    for (const { table, key, lookup, guard } of PARTITIONED_TABLES) {
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
      const { rows: indexes } = await client.query<{ name: string; def: string }>(
        `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def from pg_index i
          where i.indrelid = $1::regclass
            and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
        [table],
      );
      // The keys of other tables that point at this one point at its lookup instead.
      const { rows: referring } = await client.query<{ name: string; table: string; def: string }>(
        `select conname as name, conrelid::regclass::text as table, pg_get_constraintdef(oid) as def
           from pg_constraint where confrelid = $1::regclass and contype = 'f'`,
        [table],
      );
      if (lookup) for (const sql of lookupSql(table, key, lookup)) await client.query(sql);
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
      for (const index of indexes) if (index.name !== guard?.index) await client.query(index.def);
      if (lookup) await client.query(lookupTrigger(table, key, lookup));
      if (guard) for (const sql of guardSql(table, key, guard)) await client.query(sql);
      for (const r of referring) {
        const def = lookup
          ? r.def.replace(
              `REFERENCES ${table}(${lookup.unique[0]})`,
              `REFERENCES ${lookup.name}(${lookup.unique[0]})`,
            )
          : r.def;
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
