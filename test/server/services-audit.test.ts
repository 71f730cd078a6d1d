import { beforeAll, describe, expect, it } from 'vitest';
import { audit as auditCommand } from '../../cli/commands/audit.ts';
import { parseArgs } from '../../cli/args.ts';
import { dueTime } from '../../runtime/engine/index.ts';
import {
  act,
  currentCalendar,
  getCalendarSpec,
  recordAudit,
  seedDemo,
  updateCalendar,
  verifyAudit,
} from '../../server/services/index.ts';
import { withStores, type TestDb } from '../support/db.ts';
import { BIRTH } from '../support/examples.ts';
import { fakeHash, SEED_TIME, submitOnline, t, world, type World } from './services-fixtures.ts';
import { refusal, rowCounts } from './services-support.ts';

/** `motcua audit verify` against the suite's database (DATABASE_URL for PostgreSQL, --data for SQLite). */
async function cliVerify(db: TestDb) {
  const saved = process.env.DATABASE_URL;
  if (db.url) process.env.DATABASE_URL = db.url;
  else delete process.env.DATABASE_URL;
  try {
    return await auditCommand(parseArgs(['audit', 'verify', '--data', db.dataDir]));
  } finally {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  }
}

await withStores('audit, seed and calendar', (s) => {
  let w: World;
  let code: string;
  beforeAll(async () => {
    w = await world(s.store());
    const d = await submitOnline(s.store(), await w.ctx('congdan', t('2026-11-23T08:00')), BIRTH);
    await act(s.store(), await w.ctx('motcua', t('2026-11-23T08:10')), {
      code: d.code,
      action: 'accept',
      revision: 1,
    });
    code = d.code;
  });

  describe('seed', () => {
    it('seeds units, accounts and the published examples once', async () => {
      const store = s.store();
      expect((await store.listUnits()).map((u) => u.code)).toContain('000.01.91.H41');
      expect((await store.searchProcedures({ words: [], liveOnly: true, limit: 100, offset: 0 })).total).toBe(
        5,
      );
      const before = await rowCounts(store);
      const again = await seedDemo(store, SEED_TIME + 1, { hashPassword: fakeHash });
      expect(again).toMatchObject({ created: false, accounts: [], units: [], procedures: [] });
      expect(await rowCounts(store)).toEqual(before);
      const motcua = await store.findUserByLogin('motcua');
      expect(motcua!.passwordHash).toBe('test-hash:motcua-motcua-demo');
    });
  });

  describe('audit', () => {
    it('verifies both chains after ordinary work', async () => {
      await recordAudit(s.store(), await w.ctx('quantri', t('2026-11-23T09:00')), {
        action: 'auth.login',
        target: 'quantri',
      });
      const report = await verifyAudit(s.store());
      expect(report).toMatchObject({ ok: true, problems: [] });
      expect(report.checked.auditEntries).toBe(await s.store().count('auditLog'));
      expect(report.checked.events).toBe(await s.store().count('dossierEvents'));
      const cli = await cliVerify(s.db());
      expect(cli.exitCode).toBe(0);
      expect(cli.text).toContain('The hash chains verify');
    });

    it('names the first tampered audit entry, and a missing one', async () => {
      const db = s.db();
      const [row] = await db.exec("select action from audit_log where chain = 'system' and seq = ?", [7]);
      await db.exec("update audit_log set action = ? where chain = 'system' and seq = ?", [
        'nothing.happened',
        7,
      ]);
      const report = await verifyAudit(s.store());
      expect(report.ok).toBe(false);
      expect(report.firstTampered).toMatchObject({
        table: 'audit_log',
        chain: 'system',
        seq: 7,
        reason: { en: expect.stringContaining('altered') },
      });
      const cli = await cliVerify(db);
      expect(cli.exitCode).toBe(1);
      expect(cli.text).toContain('First tampered record: audit_log system #7');
      await db.exec("update audit_log set action = ? where chain = 'system' and seq = ?", [row.action, 7]);
      expect((await verifyAudit(s.store())).ok).toBe(true);

      const [gone] = await db.exec("select * from audit_log where chain = 'system' and seq = ?", [3]);
      await db.exec("delete from audit_log where chain = 'system' and seq = ?", [3]);
      expect((await verifyAudit(s.store())).firstTampered).toMatchObject({
        table: 'audit_log',
        chain: 'system',
        seq: 4,
        reason: { en: expect.stringContaining('missing') },
      });
      const columns = Object.keys(gone);
      await db.exec(
        `insert into audit_log (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        columns.map((c) => (s.dialect === 'pg' && c === 'payload' ? JSON.stringify(gone[c]) : gone[c])),
      );
      expect((await verifyAudit(s.store())).ok).toBe(true);
    });

    it('names the dossier and event whose record was altered, and a state that differs from its log', async () => {
      const db = s.db();
      const row = await s.store().getDossier({ code });
      await db.exec('update dossier_events set at = at + 60000 where dossier_id = ? and seq = 2', [row!.id]);
      const report = await verifyAudit(s.store());
      expect(report.firstTampered).toMatchObject({ table: 'dossier_events', dossierCode: code, seq: 2 });
      await db.exec('update dossier_events set at = at - 60000 where dossier_id = ? and seq = 2', [row!.id]);
      expect((await verifyAudit(s.store())).ok).toBe(true);

      const state = { ...row!.state, history: row!.state.history.slice(0, 1) };
      await db.exec('update dossiers set state = ? where id = ?', [JSON.stringify(state), row!.id]);
      expect((await verifyAudit(s.store())).firstTampered).toMatchObject({
        table: 'dossiers',
        dossierCode: code,
      });
      await db.exec('update dossiers set state = ? where id = ?', [JSON.stringify(row!.state), row!.id]);
      expect((await verifyAudit(s.store())).ok).toBe(true);
    });
  });

  describe('calendar', () => {
    it('is data the system admin edits, checked by the engine, and used for deadlines at once', async () => {
      const store = s.store();
      const at = t('2026-11-24T09:00');
      expect((await getCalendarSpec(store)).spec.cutoff).toBe('15:00');
      expect(await refusal(updateCalendar(store, await w.ctx('thietke', at), { spec: {} }))).toMatchObject({
        httpStatus: 403,
      });
      const before = await rowCounts(store);
      const bad = await refusal(
        updateCalendar(store, await w.ctx('quantri', at), { spec: { cutoff: '25:99' } }),
      );
      expect(bad).toMatchObject({ code: 'CALENDAR_INVALID', httpStatus: 422 });
      expect(await rowCounts(store)).toEqual(before);

      const old = await currentCalendar(store);
      expect(await currentCalendar(store)).toBe(old);
      const spec = { holidays: ['2026-01-01', '2026-11-25'] };
      await updateCalendar(store, await w.ctx('quantri', at), { spec });
      const calendar = await currentCalendar(store);
      expect(calendar).not.toBe(old);
      const day = { value: 1, unit: 'working_days' } as const;
      expect(dueTime(old, at, day)).toBe(t('2026-11-25T09:00'));
      expect(dueTime(calendar, at, day)).toBe(t('2026-11-26T09:00'));
      expect((await getCalendarSpec(store)).spec).toEqual(spec);
      // Another process (another Store on the same database) sees the change too.
      const other = await s.db().open();
      expect(dueTime(await currentCalendar(other), at, day)).toBe(t('2026-11-26T09:00'));
    });
  });
});
