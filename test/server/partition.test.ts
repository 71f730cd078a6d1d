/**
 * server/store/partition.ts on a PostgreSQL database with dossiers in it: the growing tables become hash-partitioned
 * with every row, key, foreign key and index kept, twice is once, and the store goes on writing and verifying.
 * (The whole server suite also runs on such a schema in CI: MOTCUA_TEST_PG_PARTITIONS.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, serviceContext, verifyAudit } from '../../server/services/index.ts';
import { DOSSIER_LOOKUP, PARTITIONED_TABLES, partitionTables } from '../../server/store/partition.ts';
import type { Store } from '../../server/store/index.ts';
import { createTestDb, testDialects, type TestDb } from '../support/db.ts';
import { CLI, run } from '../load/support.ts';
import { counterPermit, extraUser, t, world } from './services-fixtures.ts';

const UNIT = '000.01.01.H41';
const TABLES = PARTITIONED_TABLES.map((p) => p.table);
/** The primary keys of one column that gain the partition key. */
const WIDENED: Record<string, string> = {
  dossiers: 'PRIMARY KEY (id, unit_code)',
  outbox: 'PRIMARY KEY (id, dossier_id)',
};

const available = await testDialects();

// PostgreSQL only, on a database of its own left unpartitioned whatever MOTCUA_TEST_PG_PARTITIONS says.
describe.skipIf(!available.includes('pg'))('partitioned tables (pg)', () => {
  let db: TestDb;
  let store: Store;
  const shape = async () => {
    const kinds = await db.exec(
      `select c.relname as name, c.relkind as kind,
             (select count(*) from pg_inherits i where i.inhparent = c.oid) as partitions
           from pg_class c where c.relname = any(?) order by c.relname`,
      [TABLES],
    );
    const keys = await db.exec(
      `select conrelid::regclass::text as "table", conname as name, pg_get_constraintdef(oid) as def
           from pg_constraint where conrelid::regclass::text = any(?) and contype in ('p', 'f') order by 1, 2`,
      [TABLES],
    );
    const indexes = await db.exec(
      "select tablename as table, indexname as name from pg_indexes where tablename = any(?) and indexname not like '%\\_p_\\_%' order by 1, 2",
      [TABLES],
    );
    const counts = Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => [
          table,
          Number((await db.exec(`select count(*) as n from ${table}`))[0].n),
        ]),
      ),
    );
    return { kinds, keys, indexes, counts };
  };
  let officer: Awaited<ReturnType<typeof extraUser>>;
  let before: Awaited<ReturnType<typeof shape>>;
  beforeAll(async () => {
    db = await createTestDb('pg', 'partition', 0);
    store = await db.open();
    await world(store);
    officer = await extraUser(store, 'xa12', [{ unitCode: UNIT, role: 'reception' }]);
    for (let i = 0; i < 5; i++) await counterPermit(store, officer, t(`2026-11-02T08:0${i}`), UNIT);
    before = await shape();
  });

  it('rebuilds each growing table as hash partitions, keeping rows, keys and indexes by name', async () => {
    expect(before.kinds.map((k) => [k.name, k.kind])).toEqual(TABLES.sort().map((name) => [name, 'r']));
    expect(before.counts.dossier_events).toBeGreaterThanOrEqual(5);
    const rebuilt = await partitionTables(db.url!, 3);
    expect(rebuilt.sort()).toEqual(TABLES.sort());
    const after = await shape();
    expect(after.kinds.map((k) => [k.name, k.kind, Number(k.partitions)])).toEqual(
      TABLES.sort().map((name) => [name, 'p', 3]),
    );
    expect(after.counts).toEqual(before.counts);
    // The dossiers' key gains their unit; what pointed at a dossier's id points at the lookup, which holds them all.
    expect(after.keys).toEqual(
      before.keys.map((k) => ({
        ...k,
        def:
          k.def === 'PRIMARY KEY (id)' && String(k.table) in WIDENED
            ? WIDENED[String(k.table)]
            : String(k.def).replace('REFERENCES dossiers(id)', `REFERENCES ${DOSSIER_LOOKUP}(id)`),
      })),
    );
    expect(after.keys).toContainEqual(expect.objectContaining({ def: 'PRIMARY KEY (id, unit_code)' }));
    const [{ n: lookups }] = await db.exec(
      `select count(*) as n from ${DOSSIER_LOOKUP} l join dossiers d using (id, code, qr_token, unit_code)`,
    );
    expect(Number(lookups)).toBe(before.counts.dossiers);
    expect(after.indexes).toEqual(before.indexes);
    expect(after.keys.map((k) => k.name)).toContain('dossier_events_dossier_id_dossiers_id_fk');
    expect(after.indexes.map((k) => k.name)).toContain('tasks_worklist');
    // Partitioned already: nothing to do.
    expect(await partitionTables(db.url!, 3)).toEqual([]);
  });

  afterAll(() => db?.drop());

  it('goes on taking dossiers and actions on the partitioned tables, and the audit verifies', async () => {
    const { code } = await counterPermit(store, officer, t('2026-11-02T09:00'), UNIT);
    const accepted = await act(store, serviceContext(store, officer, t('2026-11-02T09:10')), {
      code,
      action: 'accept',
      revision: 1,
    });
    expect(accepted.revision).toBe(2);
    const { id } = (await store.getDossier({ code }))!;
    const parts = await db.exec(
      'select distinct tableoid::regclass::text as part from dossier_events where dossier_id = ?',
      [id],
    );
    expect(parts.map((p) => p.part)).toEqual([expect.stringMatching(/^dossier_events_p[0-2]$/)]);
    const report = await verifyAudit(store);
    expect(report.problems).toEqual([]);
    expect(report.checked.dossiers).toBe(6);
  });

  it('keeps a dossier code unique across units, and the lookup in step with the dossiers', async () => {
    const { code } = await counterPermit(store, officer, t('2026-11-02T10:00'), UNIT);
    const row = (await db.exec('select * from dossiers where code = ?', [code]))[0];
    const [{ unit: other }] = await db.exec('select code as unit from units where code <> ? limit 1', [UNIT]);
    // The same code (or QR token) in another unit's partition: the dossiers' own key allows it, the lookup does not.
    const copy = (changes: Record<string, string>) =>
      db.exec(
        `insert into dossiers select (jsonb_populate_record(d, ?::jsonb)).* from dossiers d where id = ?`,
        [JSON.stringify({ unit_code: other, ...changes }), row.id],
      );
    await expect(copy({ id: 'copy-1', qr_token: 'copy-1' })).rejects.toThrow(/dossier_lookup_code_key/);
    await expect(copy({ id: 'copy-2', code: 'copy-2' })).rejects.toThrow(/dossier_lookup_qr_token_key/);
    await copy({ id: 'copy-3', code: 'copy-3', qr_token: 'copy-3' });
    const lookup = (id: string) => db.exec(`select unit_code from ${DOSSIER_LOOKUP} where id = ?`, [id]);
    expect(await lookup('copy-3')).toEqual([{ unit_code: other }]);
    await db.exec('delete from dossiers where id = ?', ['copy-3']);
    expect(await lookup('copy-3')).toEqual([]);
    // A dossier with events cannot go, on the partitioned schema as on the plain one.
    await expect(db.exec('delete from dossiers where id = ?', [row.id])).rejects.toThrow(/foreign key/);
  });

  it('is `motcua partition` for the operator: migrates, partitions, says so; once only; PostgreSQL only', async () => {
    const fresh = await createTestDb('pg', 'partition_cli', 0);
    try {
      const cli = async (args: string[], url = fresh.url) => {
        const p = run(CLI, ['partition', ...args], { DATABASE_URL: url, MOTCUA_DATA_DIR: fresh.dataDir });
        const exit = await p.waitExit(60_000);
        return { code: exit.code, output: p.output() };
      };
      const first = await cli(['--partitions', '3']);
      expect(first).toMatchObject({ code: 0, output: expect.stringContaining('Đã chia thành 3 phân vùng') });
      const kinds = await fresh.exec('select relkind from pg_class where relname = any(?)', [TABLES]);
      expect(kinds.map((k) => k.relkind)).toEqual(TABLES.map(() => 'p'));
      expect((await cli([])).output).toContain('The tables were partitioned already');
      const one = await cli(['--partitions', '1']);
      expect(one).toMatchObject({ code: 2, output: expect.stringContaining('từ 2 đến 256') });
      const sqlite = await cli([], '');
      expect(sqlite).toMatchObject({ code: 2, output: expect.stringContaining('PostgreSQL') });
    } finally {
      await fresh.drop();
    }
  }, 120_000);

  it('refuses a partition count it cannot build, changing nothing', async () => {
    for (const n of [0, 1, 2.5, 257])
      await expect(partitionTables(db.url!, n)).rejects.toThrow(/partitions must be a whole number/);
  });
});
