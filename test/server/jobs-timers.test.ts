import { beforeAll, expect, it } from 'vitest';
import { claimDueTimers, fireTimer, Scheduler, type TickReport } from '../../server/jobs/timers.ts';
import {
  act,
  currentCalendar,
  serviceContext,
  verifyAudit,
  worklist,
  type Actor,
} from '../../server/services/index.ts';
import type { Store } from '../../server/store/index.ts';
import { withStores } from '../support/db.ts';
import { counterPermit, extraUser, t, world } from './services-fixtures.ts';

const UNIT = '000.01.02.H41';

async function events(store: Store, code: string): Promise<string[]> {
  const row = await store.getDossier({ code });
  return (await store.listEvents(row!.id)).map((e) => e.event);
}

/** Ticks until a tick claims nothing; returns the sum of the reports. */
async function drain(ticks: () => Promise<TickReport[]>): Promise<TickReport> {
  const sum: TickReport = { claimed: 0, fired: 0, stale: 0, alreadyDone: 0, deferred: 0, failed: 0 };
  for (;;) {
    const reports = await ticks();
    for (const r of reports)
      for (const k of Object.keys(sum) as (keyof TickReport)[]) sum[k] = (sum[k] ?? 0) + (r[k] ?? 0);
    if (reports.every((r) => r.claimed === 0)) return sum;
  }
}

await withStores('timers', (s) => {
  let officer: Actor;
  let code: string;
  beforeAll(async () => {
    await world(s.store());
    officer = await extraUser(s.store(), 'xa2', [
      { unitCode: UNIT, role: 'reception' },
      { unitCode: UNIT, role: 'specialist' },
      { unitCode: UNIT, role: 'leader' },
    ]);
    // Monday 08:00 at the counter: the reception step is due Tuesday 08:00.
    code = (await counterPermit(s.store(), officer, t('2026-11-02T08:00'), UNIT)).code;
  });

  it('fires a step that ran over its allotment into the history, once', async () => {
    const store = s.store();
    const scheduler = new Scheduler(store, { owner: 'a' });
    expect(await scheduler.tick(t('2026-11-03T07:59'))).toMatchObject({ claimed: 0 });
    expect(await scheduler.tick(t('2026-11-03T08:30'))).toMatchObject({ claimed: 1, fired: 1 });
    expect(await events(store, code)).toEqual(['submit', 'step_overdue']);
    expect(await scheduler.tick(t('2026-11-03T08:31'))).toMatchObject({ claimed: 0 });
    const row = await store.getDossier({ code });
    const [timer] = await store.listTimers(row!.id);
    expect(timer).toMatchObject({
      id: `${row!.id}:step_due:t1`,
      timer: 'step_due:t1',
      firedAt: t('2026-11-03T08:30'),
    });
    // Fired by hand again (a scheduler that lost its lease, say): nothing changes.
    const calendar = await currentCalendar(store);
    expect(await fireTimer(store, timer, { now: t('2026-11-03T08:40'), calendar })).toBe('already_done');
    expect(await events(store, code)).toEqual(['submit', 'step_overdue']);
    // Read again: `row` was read before the second firing.
    expect((await store.getDossier({ code }))!.revision).toBe(2);
    const overdue = await worklist(store, serviceContext(store, officer, t('2026-11-03T09:00')), {
      overdue: true,
    });
    expect(overdue.items.map((i) => [i.code, i.overdue])).toEqual([[code, true]]);
  });

  it('warns a working day before the dossier is due, then marks it overdue, in history and worklists', async () => {
    const store = s.store();
    const accepted = await act(store, serviceContext(store, officer, t('2026-11-03T09:00')), {
      code,
      action: 'accept',
      revision: 2,
    });
    expect(accepted.dueAt).toBe('2026-11-24T09:00:00+07:00');
    const row = await store.getDossier({ code });
    expect(
      (await store.listTimers(row!.id)).filter((x) => x.firedAt === null).map((x) => [x.timer, x.fireAt]),
    ).toEqual([
      ['step_due:t2', t('2026-11-17T09:00')],
      ['dossier_warning', t('2026-11-23T09:00')],
      ['dossier_due', t('2026-11-24T09:00')],
    ]);
    const scheduler = new Scheduler(store, { owner: 'a' });
    expect(await scheduler.tick(t('2026-11-23T10:00'))).toMatchObject({ claimed: 2, fired: 2 });
    expect(await events(store, code)).toEqual([
      'submit',
      'step_overdue',
      'accept',
      'step_overdue',
      'due_warning',
    ]);
    const list = async (at: string) =>
      (await worklist(store, serviceContext(store, officer, t(at)), { role: 'specialist' })).items.map(
        (i) => [i.code, i.alert],
      );
    expect(await list('2026-11-23T10:00')).toEqual([[code, 'due_warning']]);
    expect(await scheduler.tick(t('2026-11-24T09:00'))).toMatchObject({ claimed: 1, fired: 1 });
    expect((await events(store, code)).at(-1)).toBe('overdue');
    expect(await list('2026-11-24T09:01')).toEqual([[code, 'overdue']]);
    expect((await store.getDossier({ code }))!.alert).toBe('overdue');
    expect((await verifyAudit(store)).ok).toBe(true);
  });

  it('marks a timer that no longer applies as done, changing nothing', async () => {
    const store = s.store();
    const row = await store.getDossier({ code });
    await s
      .db()
      .exec('insert into timers (id, dossier_id, timer, kind, fire_at) values (?, ?, ?, ?, ?)', [
        `${row!.id}:step_due:t99`,
        row!.id,
        'step_due:t99',
        'step_due',
        t('2026-11-24T10:00'),
      ]);
    const report = await new Scheduler(store, { owner: 'a' }).tick(t('2026-11-24T10:00'));
    expect(report).toMatchObject({ claimed: 1, stale: 1, fired: 0 });
    expect((await store.getTimer(`${row!.id}:step_due:t99`))!.firedAt).toBe(t('2026-11-24T10:00'));
    expect((await store.getDossier({ code }))!.revision).toBe(row!.revision);
  });

  it('leases a claimed timer: another scheduler gets it only after the lease runs out', async () => {
    const store = s.store();
    const d = await counterPermit(store, officer, t('2026-12-07T08:00'), UNIT);
    const now = t('2026-12-08T09:00');
    const claimed = await claimDueTimers(store, { now, owner: 'crashed', leaseMs: 60_000, limit: 10 });
    expect(claimed.map((c) => c.timer)).toEqual(['step_due:t1']);
    const other = new Scheduler(store, { owner: 'b', leaseMs: 60_000 });
    expect(await other.tick(now + 1000)).toMatchObject({ claimed: 0 });
    expect(await other.tick(now + 61_000)).toMatchObject({ claimed: 1, fired: 1 });
    expect(await events(store, d.code)).toEqual(['submit', 'step_overdue']);
  });
  it('fires a dossier’s timers in time order: a later one waits while an earlier one is held elsewhere', async () => {
    const store = s.store();
    const d = await counterPermit(store, officer, t('2027-01-04T08:00'), UNIT);
    await act(store, serviceContext(store, officer, t('2027-01-04T09:00')), {
      code: d.code,
      action: 'accept',
      revision: 1,
    });
    const row = await store.getDossier({ code: d.code });
    const pending = (await store.listTimers(row!.id)).filter((x) => x.firedAt === null);
    const warning = pending.find((x) => x.timer === 'dossier_warning')!;
    const now = warning.fireAt + 60_000;
    // A slow scheduler holds the earliest due timer (the step's); another one gets the warning.
    const [held] = await claimDueTimers(store, { now, owner: 'slow', leaseMs: 60_000, limit: 1 });
    expect(held.timer).toBe('step_due:t2');
    const other = new Scheduler(store, { owner: 'b' });
    expect(await other.tick(now)).toMatchObject({ claimed: 1, deferred: 1, fired: 0 });
    expect((await store.getTimer(warning.id))!.leasedBy).toBeNull();
    expect(await fireTimer(store, held, { now, calendar: await currentCalendar(store) })).toBe('fired');
    expect(await other.tick(now + 1)).toMatchObject({ claimed: 1, fired: 1 });
    expect(await events(store, d.code)).toEqual(['submit', 'accept', 'step_overdue', 'due_warning']);
  });
});

await withStores('timers shared by two schedulers', (s) => {
  it('fires every due timer exactly once when two schedulers on two connections tick together', async () => {
    await world(s.store());
    const officer = await extraUser(s.store(), 'xa2', [{ unitCode: UNIT, role: 'reception' }]);
    const codes: string[] = [];
    for (let i = 0; i < 24; i++)
      codes.push((await counterPermit(s.store(), officer, t('2026-11-02T08:00'), UNIT)).code);
    const [a, b] = [await s.db().open(), await s.db().open()];
    const schedulers = [
      new Scheduler(a, { owner: 'a', batch: 5 }),
      new Scheduler(b, { owner: 'b', batch: 5 }),
    ];
    const now = t('2026-11-03T09:00');
    const sum = await drain(() => Promise.all(schedulers.map((x) => x.tick(now))));
    expect(sum).toMatchObject({ fired: 24, failed: 0 });
    expect(sum.claimed).toBe(sum.fired + sum.alreadyDone + sum.stale);
    for (const c of codes) expect(await events(s.store(), c)).toEqual(['submit', 'step_overdue']);
    await Promise.all(schedulers.map((x) => x.stop()));
  });

  it('never hands one timer to two concurrent claims', async () => {
    const officer = await extraUser(s.store(), 'xa2', [{ unitCode: UNIT, role: 'reception' }]);
    for (let i = 0; i < 30; i++) await counterPermit(s.store(), officer, t('2026-11-09T08:00'), UNIT);
    const stores = [await s.db().open(), await s.db().open(), await s.db().open()];
    const now = t('2026-11-10T09:00');
    const claims = await Promise.all(
      stores.flatMap((store, i) =>
        [0, 1].map((j) => claimDueTimers(store, { now, owner: `c${i}${j}`, leaseMs: 60_000, limit: 7 })),
      ),
    );
    const ids = claims.flat().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(30);
  });
});
