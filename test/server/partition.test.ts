/**
 * server/store/partition.ts on a PostgreSQL database with dossiers in it: the growing tables become hash-partitioned
 * with every row, key, foreign key and index kept, twice is once, and the store goes on writing and verifying.
 * (The whole server suite also runs on such a schema in CI: MOTCUA_TEST_PG_PARTITIONS.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, serviceContext, verifyAudit } from '../../server/services/index.ts';
import { DOSSIER_LOOKUP, PARTITIONED_TABLES, partitionTables, ROUTES } from '../../server/store/partition.ts';
import * as schema from '../../server/store/schema.pg.ts';
import { Shapes, type Built } from '../../server/store/shapes.ts';
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
  dossier_results: 'PRIMARY KEY (id, dossier_id)',
  payments: 'PRIMARY KEY (id, dossier_id)',
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
    // A bank transaction's uniqueness moves from the orders' index to its lookup.
    expect(after.indexes).toEqual(before.indexes.filter((i) => i.name !== 'payment_orders_transaction'));
    expect(before.indexes.map((i) => i.name)).toContain('payment_orders_transaction');
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

  it("records a bank transaction once across the orders' partitions, as the unique index did", async () => {
    const [{ id: dossierId }] = await db.exec('select id from dossiers limit 1');
    const order = (id: string, transactionNo: string | null) => ({
      id,
      dossierId: String(dossierId),
      amount: 1000,
      gateway: 'vietqr',
      status: 'pending',
      transactionNo,
      createdBy: 'system',
      createdAt: 0,
      settledAt: null,
    });
    const insert = (row: ReturnType<typeof order>) =>
      store.run((tx) => tx.insert('paymentOrders', row, { ignoreConflicts: true }), 'write');
    expect(await insert(order('order-1', 'ft-1'))).toBe(1);
    // The bank reports it again: no second order, in whichever partition its new id falls.
    for (let i = 2; i <= 6; i++) expect(await insert(order(`order-${i}`, 'ft-1'))).toBe(0);
    expect(await insert(order('order-7', null))).toBe(1);
    expect(await insert(order('order-8', null))).toBe(1);
    const ids = await db.exec("select id from payment_orders where id like 'order-%' order by id");
    expect(ids.map((r) => r.id)).toEqual(['order-1', 'order-7', 'order-8']);
    // Settled with a transaction recorded already: refused, and the order stays as it was.
    await expect(
      db.exec("update payment_orders set transaction_no = 'ft-1' where id = 'order-7'"),
    ).rejects.toThrow(/transaction_lookup_pkey/);
    await db.exec("update payment_orders set transaction_no = 'ft-7' where id = 'order-7'");
    const lookup = () =>
      db.exec("select transaction_no, id from transaction_lookup where id like 'order-%' order by id");
    expect(await lookup()).toEqual([
      { transaction_no: 'ft-1', id: 'order-1' },
      { transaction_no: 'ft-7', id: 'order-7' },
    ]);
    await db.exec("delete from payment_orders where id = 'order-1'");
    expect(await insert(order('order-9', 'ft-1'))).toBe(1);
    expect((await lookup()).map((r) => r.id)).toEqual(['order-7', 'order-9']);
  });

  it('routes a read by a key a lookup holds (code, QR token, verify token) to the one partition of its row', async () => {
    const { code } = await counterPermit(store, officer, t('2026-11-02T11:00'), UNIT);
    const [row] = await db.exec(
      'select id, qr_token, tableoid::regclass::text as part from dossiers where code = ?',
      [code],
    );
    const result = (id: string, dossierId: unknown, token: string) =>
      db.exec(
        `insert into dossier_results (id, dossier_id, node, attachment_id, sha256, verify_token, unit_code, issued_by,
           issued_at) values (?, ?, 'ket_qua', ?, 'x', ?, ?, 'test', 0)`,
        [id, dossierId, `file-${id}`, token, UNIT],
      );
    await result('result-1', row.id, 'token-1');
    // A result's verify token and file stay unique across the results' partitions, in the lookup.
    const [other] = await db.exec('select id from dossiers where id <> ? order by id limit 1', [row.id]);
    await expect(result('result-2', other.id, 'token-1')).rejects.toThrow(/result_lookup_verify_token_key/);
    await result('result-3', other.id, 'token-3');
    await expect(
      db.exec(`update dossier_results set attachment_id = 'file-result-1' where id = 'result-3'`),
    ).rejects.toThrow(/result_lookup_attachment_id_key/);
    const [{ part: resultPart }] = await db.exec(
      "select tableoid::regclass::text as part from dossier_results where id = 'result-1'",
    );

    /** The partitions of `table` the statement read, from PostgreSQL's own account of running it. */
    const partitionsRead = async (table: string, { shape, args }: Built) => {
      const [plan] = await db.exec(`explain (analyze, costs off, format json) ${shape.text}`, args);
      const read: string[] = [];
      const walk = (node: Record<string, unknown>) => {
        const name = String(node['Relation Name'] ?? '');
        if (name.startsWith(`${table}_p`) && Number(node['Actual Loops']) > 0) read.push(name);
        for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
      };
      walk((plan['QUERY PLAN'] as { Plan: Record<string, unknown> }[])[0].Plan);
      return read;
    };
    const plain = new Shapes((n) => `$${n}`);
    const routed = new Shapes((n) => `$${n}`, ROUTES);
    expect(await partitionsRead('dossiers', plain.select(schema.dossiers, { code }, undefined))).toHaveLength(
      3,
    );
    // Files and payment orders are split by their id: a read by it goes to one partition without a lookup.
    await db.exec(
      `insert into attachments (id, component_id, file_name, media_type, size, sha256, created_at)
         values ('file-1', 'giay_to', 'a.pdf', 'application/pdf', 1, 'x', 0)`,
    );
    expect(
      await partitionsRead('attachments', plain.select(schema.attachments, { id: 'file-1' }, undefined)),
    ).toEqual([
      (await db.exec("select tableoid::regclass::text as part from attachments where id = 'file-1'"))[0].part,
    ]);
    for (const by of [{ code }, { qrToken: row.qr_token }, { id: row.id }])
      expect(await partitionsRead('dossiers', routed.select(schema.dossiers, by, undefined))).toEqual([
        row.part,
      ]);
    expect(
      await partitionsRead(
        'dossier_results',
        routed.select(schema.dossierResults, { verifyToken: 'token-1' }, undefined),
      ),
    ).toEqual([resultPart]);
    // A store opened on the partitioned schema reads through the lookups; the one opened before still reads.
    const reopened = await db.open();
    try {
      for (const s of [reopened, store]) {
        expect((await s.getDossier({ qrToken: String(row.qr_token) }))?.code).toBe(code);
        const [found] = await s.run((tx) => tx.select('dossierResults', { verifyToken: 'token-1' }), 'read');
        expect(found).toMatchObject({ id: 'result-1', dossierId: row.id });
      }
      expect(await reopened.getDossier({ code: 'no-such-code' })).toBeUndefined();
    } finally {
      await reopened.close();
    }
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
