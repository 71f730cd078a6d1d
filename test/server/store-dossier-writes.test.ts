/**
 * The two dossier transactions, at the Store: what a submission and a state change write, what they refuse with
 * nothing written, and the chains they extend — the same on SQLite (the transaction bodies) and PostgreSQL (one
 * function call each, pg-dossier-writes.ts).
 */
import { expect, it } from 'vitest';
import { serviceContext, submitDossier, verifyAudit } from '../../server/services/index.ts';
import {
  AttachmentsTaken,
  RevisionConflict,
  type DossierChange,
  type NewDossier,
  type Store,
} from '../../server/store/index.ts';
import { withStores } from '../support/db.ts';
import { BIRTH } from '../support/examples.ts';
import { filesFor, t, world } from './services-fixtures.ts';

/** The store, with the plans of the submissions made through it kept. */
function capturing(store: Store): { store: Store; plans: NewDossier[] } {
  const plans: NewDossier[] = [];
  return {
    store: { ...store, createDossier: (plan) => (plans.push(plan), store.createDossier(plan)) },
    plans,
  };
}

const UNIT = '000.01.01.H41';

await withStores('dossier writes', (s) => {
  it('answers a repeated key with the first answer, code and all, and draws no number for it', async () => {
    const w = await world(s.store());
    const at = t('2026-11-24T08:00');
    const { store, plans } = capturing(s.store());
    const ctx = serviceContext(store, w.actors.congdan, at);
    const first = await submitDossier(store, ctx, {
      ...BIRTH,
      attachments: await filesFor(store, ctx, BIRTH),
      idempotencyKey: 'key-0001',
    });
    expect(first.code).toBe(`${UNIT}-261124-0001`);
    const plan = plans[0];
    const again = await s.store().createDossier(plan);
    expect(again).toEqual({
      replayed: true,
      requestHash: plan.idempotency!.requestHash,
      response: plan.respond(first.code),
    });
    const next = await submitDossier(store, ctx, {
      ...BIRTH,
      attachments: await filesFor(store, ctx, BIRTH),
    });
    expect(next.code).toBe(`${UNIT}-261124-0002`);
    expect((await verifyAudit(s.store())).ok).toBe(true);
  });

  it('refuses files linked meanwhile to another dossier with nothing written and no number drawn', async () => {
    const w = await world(s.store());
    const at = t('2026-11-25T08:00');
    const { store, plans } = capturing(s.store());
    const ctx = serviceContext(store, w.actors.congdan, at);
    const files = await filesFor(store, ctx, BIRTH);
    await submitDossier(store, ctx, { ...BIRTH, attachments: files });
    const dossiers = await s.store().count('dossiers');
    const audit = await s.store().count('auditLog');
    const plan = plans[0];
    await expect(
      s.store().createDossier({ ...plan, row: { ...plan.row, id: 'taken-files', qrToken: 'taken-files' } }),
    ).rejects.toBeInstanceOf(AttachmentsTaken);
    expect(await s.store().count('dossiers')).toBe(dossiers);
    expect(await s.store().count('auditLog')).toBe(audit);
    expect(await s.store().getDossier({ id: 'taken-files' })).toBeUndefined();
    const next = await submitDossier(store, ctx, {
      ...BIRTH,
      attachments: await filesFor(store, ctx, BIRTH),
    });
    expect(next.code).toBe(`${UNIT}-261125-0002`);
  });

  it('numbers the 10,000th dossier of a day with five digits', async () => {
    const w = await world(s.store());
    await s
      .db()
      .exec('insert into dossier_sequences (unit_code, day, last) values (?, ?, ?)', [UNIT, '261126', 9999]);
    const ctx = serviceContext(s.store(), w.actors.congdan, t('2026-11-26T08:00'));
    const r = await submitDossier(s.store(), ctx, {
      ...BIRTH,
      attachments: await filesFor(s.store(), ctx, BIRTH),
    });
    expect(r.code).toBe(`${UNIT}-261126-10000`);
    expect((await s.store().getDossier({ code: r.code }))?.revision).toBe(1);
    expect((await verifyAudit(s.store())).ok).toBe(true);
  });

  it('refuses a change at a stale revision, and one at the current revision keeps who holds an open task', async () => {
    const w = await world(s.store());
    const at = t('2026-11-27T08:00');
    const ctx = serviceContext(s.store(), w.actors.congdan, at);
    const { code } = await submitDossier(s.store(), ctx, {
      ...BIRTH,
      attachments: await filesFor(s.store(), ctx, BIRTH),
    });
    const row = (await s.store().getDossier({ code }))!;
    const tasks = await s.store().listTasks(row.id);
    expect(tasks.length).toBeGreaterThan(0);
    const officer = w.actors.motcua.userId;
    const audit = (action: string) => ({ at: at + 1000, actorId: officer, action, target: code });
    expect(await s.store().assignTask(row.id, tasks[0].taskId, officer, audit('task.assign'))).toBe(true);
    const events = await s.store().listEvents(row.id);
    // The state's history and the event log stay one for one: the new event's entry goes in both.
    const entry = { ...row.state.history.at(-1)!, at: at + 2000 };
    const { status, alert, receivedAt, dueAt, finishedAt, timing } = row;
    const change: DossierChange = {
      dossierId: row.id,
      expectedRevision: row.revision,
      state: { ...row.state, history: [...row.state.history, entry] },
      columns: { status, alert, receivedAt, dueAt, finishedAt, timing },
      events: [
        {
          seq: events.at(-1)!.seq + 1,
          at: at + 2000,
          event: 'note',
          role: 'reception',
          actorId: officer,
          payload: { entry, revision: row.revision + 1 },
        },
      ],
      tasks: tasks.map(({ dossierId: _d, assigneeId: _a, ...task }) => task),
      timers: [],
      notifications: [],
      audit: audit('dossier.note'),
    };
    const stale = s.store().commitDossier({ ...change, expectedRevision: row.revision - 1 });
    await expect(stale).rejects.toBeInstanceOf(RevisionConflict);
    await expect(stale).rejects.toMatchObject({ currentRevision: row.revision });
    expect(await s.store().listEvents(row.id)).toHaveLength(events.length);

    expect(await s.store().commitDossier(change)).toBe(row.revision + 1);
    const after = await s.store().listTasks(row.id);
    expect(after.map((x) => [x.taskId, x.assigneeId])).toEqual(
      tasks.map((x, i) => [x.taskId, i === 0 ? officer : x.assigneeId]),
    );
    const history = await s.store().listEvents(row.id);
    expect(history).toHaveLength(events.length + 1);
    expect(history.at(-1)).toMatchObject({ event: 'note', payload: { entry } });
    expect(history.at(-1)!.prevHash).toBe(events.at(-1)!.hash);
    const report = await verifyAudit(s.store());
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
