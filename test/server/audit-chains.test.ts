/**
 * The audit log as one chain per unit (and `system`), the anchors over the chains' heads, and what `verifyAudit`
 * finds with them: a tampered entry of a unit chain (by chain and seq), a cut chain tail, a deleted dossier. On
 * PostgreSQL, two units' writes never wait on one lock.
 */
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit as auditCommand } from '../../cli/commands/audit.ts';
import { parseArgs } from '../../cli/args.ts';
import { Scheduler } from '../../server/jobs/timers.ts';
import {
  assignTask,
  recordAudit,
  serviceContext,
  verifyAudit,
  type Actor,
} from '../../server/services/index.ts';
import { unitChain, type Store } from '../../server/store/index.ts';
import { withStores, type TestDb } from '../support/db.ts';
import { counterPermit, extraUser, t, world, type World } from './services-fixtures.ts';

const UNIT_A = '000.01.01.H41';
const UNIT_B = '000.01.02.H41';
const DOSSIER_TABLES = [
  'dossier_events',
  'tasks',
  'timers',
  'outbox',
  'attachments',
  'payments',
  'payment_orders',
  'dossier_results',
  'ratings',
];

async function cli(db: TestDb, command: 'verify' | 'anchor', at?: string) {
  const saved = process.env.DATABASE_URL;
  if (db.url) process.env.DATABASE_URL = db.url;
  else delete process.env.DATABASE_URL;
  try {
    return await auditCommand(
      parseArgs(['audit', command, '--data', db.dataDir, ...(at ? ['--at', at] : [])]),
    );
  } finally {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
}

const headOf = async (store: Store, chain: string) =>
  (await store.auditHeads()).find((h) => h.chain === chain);

await withStores('audit chains', (s) => {
  let w: World;
  let officer: Actor;
  let codeA: string;
  let codeB: string;
  beforeAll(async () => {
    w = await world(s.store());
    officer = await extraUser(s.store(), 'xa12', [
      { unitCode: UNIT_A, role: 'reception' },
      { unitCode: UNIT_B, role: 'reception' },
    ]);
    codeA = (await counterPermit(s.store(), officer, t('2026-11-02T08:00'), UNIT_A)).code;
    codeB = (await counterPermit(s.store(), officer, t('2026-11-02T08:05'), UNIT_B)).code;
  });

  it("appends a dossier's entries to its unit's chain and the rest to `system`, each chain from seq 1", async () => {
    const store = s.store();
    await recordAudit(store, w.ctx('quantri', t('2026-11-02T09:00')), { action: 'auth.login', target: 'q' });
    const chains = (await store.auditHeads()).map((h) => h.chain);
    expect(chains).toEqual(expect.arrayContaining(['system', unitChain(UNIT_A), unitChain(UNIT_B)]));
    const a = await store.scanAudit(unitChain(UNIT_A), 0, 100);
    expect(a.map((e) => [e.seq, e.target])).toEqual([[1, codeA]]);
    expect(a[0].prevHash).toBe('0'.repeat(64));
    expect((await store.scanAudit(unitChain(UNIT_B), 0, 100)).map((e) => e.target)).toEqual([codeB]);
    const system = await store.scanAudit('system', 0, 10_000);
    expect(system.some((e) => e.target === codeA || e.target === codeB)).toBe(false);
    const report = await verifyAudit(store);
    expect(report).toMatchObject({ ok: true, problems: [] });
    expect(report.chains.map((c) => c.chain)).toEqual([...chains].sort());
    expect(report.checked.auditEntries).toBe(await store.count('auditLog'));
  });

  it("appends an assignment to the dossier's unit chain", async () => {
    const store = s.store();
    const row = (await store.getDossier({ code: codeA }))!;
    const task = row.state.tasks.find((k) => k.unit === UNIT_A)!;
    const ctx = serviceContext(store, officer, t('2026-11-02T09:10'));
    await assignTask(store, ctx, { code: codeA, taskId: task.id, assigneeId: officer.userId });
    const [entry] = (await store.scanAudit(unitChain(UNIT_A), 0, 100)).filter(
      (e) => e.action === 'dossier.assign',
    );
    expect(entry).toMatchObject({ target: codeA, payload: { taskId: task.id, assigneeId: officer.userId } });
    const system = await store.scanAudit('system', 0, 10_000);
    expect(system.filter((e) => e.action === 'dossier.assign')).toEqual([]);
  });

  it('names the first tampered record of each chain, by chain and seq', async () => {
    const db = s.db();
    const chain = unitChain(UNIT_B);
    const [row] = await db.exec('select action from audit_log where chain = ? and seq = 1', [chain]);
    await db.exec('update audit_log set action = ? where chain = ? and seq = 1', ['nothing.happened', chain]);
    await db.exec("update audit_log set at = at + 1 where chain = 'system' and seq = 3");
    const report = await verifyAudit(s.store());
    expect(report.ok).toBe(false);
    const first = (name: string) => report.chains.find((c) => c.chain === name)?.firstTampered;
    expect(first(chain)).toMatchObject({ table: 'audit_log', chain, seq: 1 });
    expect(first('system')).toMatchObject({ table: 'audit_log', chain: 'system', seq: 3 });
    expect(first(unitChain(UNIT_A))).toBeUndefined();
    const text = (await cli(db, 'verify')).text;
    expect(text).toContain(`audit_log ${chain} #1`);
    expect(text).toContain('audit_log system #3');
    await db.exec('update audit_log set action = ? where chain = ? and seq = 1', [row.action, chain]);
    await db.exec("update audit_log set at = at - 1 where chain = 'system' and seq = 3");
    expect((await verifyAudit(s.store())).ok).toBe(true);
  });

  it('writes anchors from the scheduler when due, one at a time among processes, chained', async () => {
    const [a, b] = [await s.db().open(), await s.db().open()];
    const every = 60_000;
    const schedulers = [
      new Scheduler(a, { owner: 'a', anchorEveryMs: every }),
      new Scheduler(b, { owner: 'b', anchorEveryMs: every }),
    ];
    const at = t('2026-11-02T10:00');
    const first = await Promise.all(schedulers.map((x) => x.tick(at)));
    expect(first.filter((r) => r.anchored !== undefined)).toHaveLength(1);
    // Not due yet; then due, but nothing was appended since: no anchor.
    expect((await schedulers[0].tick(at + 1_000)).anchored).toBeUndefined();
    expect((await schedulers[1].tick(at + every)).anchored).toBeUndefined();
    await counterPermit(s.store(), officer, t('2026-11-02T10:10'), UNIT_A);
    const next = await Promise.all(schedulers.map((x) => x.tick(at + every)));
    expect(next.map((r) => r.anchored).filter((x) => x !== undefined)).toHaveLength(1);
    const anchors = await s.store().scanAnchors(0, 100);
    expect(anchors.map((x) => x.seq)).toEqual([1, 2]);
    expect(anchors[1].prevHash).toBe(anchors[0].hash);
    expect(anchors[1].heads).toContainEqual({ chain: unitChain(UNIT_A), seq: 3, hash: expect.any(String) });
    // The second names only the dossier changed since the first.
    expect(anchors[0].dossiers.length).toBeGreaterThanOrEqual(2);
    expect(anchors[1].dossiers).toHaveLength(1);
    expect((await verifyAudit(s.store())).ok).toBe(true);
    await Promise.all([a.close(), b.close()]);
  });

  it('finds a chain tail cut after an anchor held it, and an altered anchor', async () => {
    const db = s.db();
    const store = s.store();
    const chain = unitChain(UNIT_A);
    await recordAudit(store, w.ctx('quantri', t('2026-11-02T11:00')), { action: 'auth.login', target: 'q' });
    const anchor = await cli(db, 'anchor', '2026-11-02T11:01:00+07:00');
    expect(anchor.exitCode).toBe(0);
    expect(anchor.text).toMatch(/Anchor #3: [0-9a-f]{64}/);
    const head = (await headOf(store, chain))!;
    const [tail] = await db.exec('select * from audit_log where chain = ? and seq = ?', [chain, head.seq]);
    await db.exec('delete from audit_log where chain = ? and seq = ?', [chain, head.seq]);
    const report = await verifyAudit(store);
    expect(report.chains.find((c) => c.chain === chain)?.firstTampered).toMatchObject({
      chain,
      seq: head.seq,
      reason: { en: expect.stringContaining('tail cut') },
    });
    const columns = Object.keys(tail);
    await db.exec(
      `insert into audit_log (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      columns.map((c) => (s.dialect === 'pg' && c === 'payload' ? JSON.stringify(tail[c]) : tail[c])),
    );
    expect((await verifyAudit(store)).ok).toBe(true);

    await db.exec('update audit_anchors set at = at + 1 where seq = 2');
    expect((await verifyAudit(store)).firstTampered).toMatchObject({ table: 'audit_anchors', seq: 2 });
    await db.exec('update audit_anchors set at = at - 1 where seq = 2');
    expect((await verifyAudit(store)).ok).toBe(true);
  });

  describe('after an anchor', () => {
    it("finds a deleted dossier, and a dossier whose events were cut, by the anchor's heads", async () => {
      const db = s.db();
      const store = s.store();
      const gone = await counterPermit(store, officer, t('2026-11-02T12:00'), UNIT_B);
      const events = await store.listEvents(gone.id);
      expect(events.length).toBeGreaterThan(0);
      expect(await store.writeAnchor(t('2026-11-02T12:01'))).toMatchObject({
        dossiers: [{ id: gone.id, seq: events.length, hash: events[events.length - 1].hash }],
      });
      for (const table of DOSSIER_TABLES)
        await db.exec(`delete from ${table} where dossier_id = ?`, [gone.id]);
      await db.exec('delete from dossiers where id = ?', [gone.id]);
      const report = await verifyAudit(store);
      expect(report.ok).toBe(false);
      expect(report.problems).toContainEqual(
        expect.objectContaining({
          table: 'dossiers',
          dossierId: gone.id,
          reason: expect.objectContaining({ en: expect.stringContaining('Dossier deleted') }),
        }),
      );
      expect((await cli(db, 'verify')).text).toContain(`dossiers ${gone.id} #`);

      const a = (await store.getDossier({ code: codeA }))!;
      const last = (await store.listEvents(a.id)).length;
      await db.exec('delete from dossier_events where dossier_id = ? and seq = ?', [a.id, last]);
      expect((await verifyAudit(store)).problems).toContainEqual(
        expect.objectContaining({
          table: 'dossier_events',
          dossierCode: codeA,
          seq: last,
          reason: expect.objectContaining({ en: expect.stringContaining('tail cut') }),
        }),
      );
    });

    it('finds a dossier deleted before any anchor held it, by the entry that records its submission', async () => {
      const db = s.db();
      const store = s.store();
      const late = await counterPermit(store, officer, t('2026-11-02T13:00'), UNIT_A);
      const anchors = await store.scanAnchors(0, 100);
      expect(anchors.flatMap((a) => a.dossiers).map((d) => d.id)).not.toContain(late.id);
      const [entry] = (await store.scanAudit(unitChain(UNIT_A), 0, 1_000)).filter(
        (e) => e.target === late.code,
      );
      for (const table of DOSSIER_TABLES)
        await db.exec(`delete from ${table} where dossier_id = ?`, [late.id]);
      await db.exec('delete from dossiers where id = ?', [late.id]);
      expect((await verifyAudit(store)).problems).toContainEqual({
        table: 'audit_log',
        chain: unitChain(UNIT_A),
        seq: entry.seq,
        dossierCode: late.code,
        reason: expect.objectContaining({ vi: expect.stringContaining('Hồ sơ đã bị xoá') }),
      });
      expect((await cli(db, 'verify')).text).toContain(
        `audit_log ${unitChain(UNIT_A)} ${late.code} #${entry.seq}`,
      );
    });
  });
});

// PostgreSQL only: SQLite has one writer at a time, whatever the chain.
await withStores(
  'audit chains: two units do not wait on one lock',
  (s) => {
    it("commits a submission to one unit while another holder keeps the other unit's chain locked", async () => {
      await world(s.store());
      const officer = await extraUser(s.store(), 'xa12', [
        { unitCode: UNIT_A, role: 'reception' },
        { unitCode: UNIT_B, role: 'reception' },
      ]);
      await counterPermit(s.store(), officer, t('2026-11-02T08:00'), UNIT_A);
      const holder = new pg.Client({ connectionString: s.db().url });
      await holder.connect();
      try {
        await holder.query('begin');
        await holder.query('select pg_advisory_xact_lock(motcua_audit_lock_key($1))', [unitChain(UNIT_A)]);
        // Unit B's chain is free: its submission commits while A's lock is held.
        const b = await counterPermit(s.store(), officer, t('2026-11-02T08:01'), UNIT_B);
        expect(await s.store().getDossier({ code: b.code })).toBeDefined();
        // Unit A's submission waits for the holder (seen waiting in pg_locks), and commits once it lets go.
        let done = false;
        const a = counterPermit(s.store(), officer, t('2026-11-02T08:02'), UNIT_A).finally(
          () => (done = true),
        );
        for (;;) {
          const { rows } = await holder.query<{ n: string }>(
            `select count(*) as n from pg_locks where locktype = 'advisory' and not granted
              and database = (select oid from pg_database where datname = current_database())`,
          );
          if (Number(rows[0].n) > 0) break;
          expect(done).toBe(false);
        }
        expect(done).toBe(false);
        await holder.query('commit');
        const code = (await a).code;
        expect((await s.store().scanAudit(unitChain(UNIT_A), 0, 10)).map((e) => e.target)).toContain(code);
        expect((await verifyAudit(s.store())).ok).toBe(true);
      } finally {
        await holder.end();
      }
    });
  },
  ['pg'],
);
