import { beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  assignTask,
  controlSlip,
  dossierHistory,
  getDossier,
  myDossiers,
  publicLookup,
  serviceContext,
  submitDossier,
  verifyAudit,
  worklist,
  type Actor,
} from '../../server/services/index.ts';
import { withStores } from '../support/db.ts';
import { BIRTH, JUDICIAL, PERMIT, requiredOf, type Submission } from '../support/examples.ts';
import {
  counterPermit,
  extraUser,
  filesFor,
  submitOnline,
  t,
  world,
  type World,
} from './services-fixtures.ts';
import { refusal, rowCounts } from './services-support.ts';

await withStores('dossiers', (s) => {
  let w: World;
  beforeAll(async () => {
    w = await world(s.store());
  });

  describe('submission', () => {
    it('assigns <unit>-YYMMDD-NNNN, numbered per receiving unit and Vietnam day', async () => {
      const store = s.store();
      const submit = async (at: string, input: Submission = BIRTH) =>
        submitOnline(store, await w.ctx('congdan', t(at)), input);
      const first = await submit('2026-11-24T08:00');
      expect(first).toMatchObject({
        code: '000.01.01.H41-261124-0001',
        revision: 1,
        status: 'submitted',
        procedureCode: '1.001193',
        unit: '000.01.01.H41',
        channel: 'online',
        submittedAt: '2026-11-24T08:00:00+07:00',
        replayed: false,
      });
      expect(first.fees.total).toBe(16000);
      expect((await submit('2026-11-24T10:00')).code).toBe('000.01.01.H41-261124-0002');
      // 23:30 in Vietnam is still the 24th; 00:10 on the 25th is 17:10 UTC on the 24th, but a new local day.
      expect((await submit('2026-11-24T23:30')).code).toBe('000.01.01.H41-261124-0003');
      expect((await submit('2026-11-25T00:10')).code).toBe('000.01.01.H41-261125-0001');
      expect((await submit('2026-11-24T11:00', JUDICIAL)).code).toBe('000.00.30.H41-261124-0001');

      const row = await store.getDossier({ code: first.code });
      expect(row).toMatchObject({ applicantId: w.actors.congdan.userId, status: 'submitted', revision: 1 });
      expect(first.qrToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(await store.listEvents(row!.id)).toMatchObject([{ seq: 1, event: 'submit', role: 'citizen' }]);
      expect(await store.listTasks(row!.id)).toMatchObject([
        { node: 'reception', role: 'reception', unitCode: '000.01.01.H41' },
      ]);
      expect(
        (await store.pendingNotifications(1000))
          .filter((n) => n.dossierId === row!.id)
          .map((n) => n.template),
      ).toEqual(['submitted', 'task_assigned']);
    });

    it('takes a walk-in at the counter only from a reception officer of the receiving unit', async () => {
      const store = s.store();
      const at = t('2026-11-24T09:00');
      const officer = await w.ctx('motcua', at);
      const walkIn = { ...PERMIT, channel: 'counter' as const };
      // The officer lists the papers handed in; without the required ones (or with unknown ones) nothing is stored.
      const before = await rowCounts(store);
      expect(await refusal(submitDossier(store, officer, walkIn))).toMatchObject({
        code: 'COMPONENTS_MISSING',
        httpStatus: 422,
        path: '/components',
        details: ['application', 'land_certificate', 'design_drawings'],
      });
      expect(
        await refusal(submitDossier(store, officer, { ...walkIn, components: ['application', 'passport'] })),
      ).toMatchObject({ code: 'COMPONENT_UNKNOWN', httpStatus: 422, path: '/components' });
      expect(await rowCounts(store)).toEqual(before);
      const counter = await submitDossier(store, officer, { ...walkIn, components: requiredOf(PERMIT) });
      expect(counter).toMatchObject({ channel: 'counter', unit: '000.01.01.H41' });
      const row = await store.getDossier({ code: counter.code });
      expect(row).toMatchObject({ applicantId: null, submittedBy: w.actors.motcua.userId });
      expect(row!.state.history[0]).toMatchObject({
        event: 'submit',
        role: 'reception',
        actor: w.actors.motcua.userId,
      });

      const elsewhere = await extraUser(store, 'motcua-xa2', [
        { unitCode: '000.01.02.H41', role: 'reception' },
      ]);
      const stored = await rowCounts(store);
      const e = await refusal(
        submitDossier(store, await w.ctx('congdan', at), { ...PERMIT, channel: 'counter' }),
      );
      expect(e).toMatchObject({ code: 'FORBIDDEN', httpStatus: 403 });
      expect(
        (
          await refusal(
            submitDossier(store, serviceContext(store, elsewhere, at), {
              ...PERMIT,
              channel: 'counter',
            }),
          )
        ).httpStatus,
      ).toBe(403);
      expect(await rowCounts(store)).toEqual(stored);
    });

    it('returns the first result for a retried submission with the same idempotency key', async () => {
      const store = s.store();
      const ctx = await w.ctx('congdan', t('2026-11-26T08:00'));
      const request = { ...BIRTH, attachments: await filesFor(store, ctx, BIRTH), idempotencyKey: 'k-1' };
      const first = await submitDossier(store, ctx, request);
      const before = await rowCounts(store);
      const later = await w.ctx('congdan', t('2026-11-26T08:05'));
      const again = await submitDossier(store, later, request);
      expect(again).toEqual({ ...first, replayed: true });
      expect(await rowCounts(store)).toEqual(before);

      const other = { ...request, data: { ...BIRTH.data, extractCopies: 3 } };
      expect(await refusal(submitDossier(store, later, other))).toMatchObject({
        code: 'IDEMPOTENCY_KEY_REUSED',
        httpStatus: 409,
      });
      expect(await rowCounts(store)).toEqual(before);

      // Keys are per user: the same key from someone else is their own submission.
      const neighbour = await extraUser(store, 'congdan4', [{ unitCode: '000.00.00.H41', role: 'citizen' }]);
      const theirs = serviceContext(store, neighbour, t('2026-11-26T08:06'));
      const another = await submitOnline(store, theirs, { ...BIRTH, idempotencyKey: 'k-1' });
      expect(another.code).not.toBe(first.code);
      expect((await store.getDossier({ code: another.code }))!.applicantId).toBe(neighbour.userId);
      // Concurrent retries of one request: one dossier.
      const retried = { ...BIRTH, attachments: await filesFor(store, later, BIRTH), idempotencyKey: 'k-2' };
      const racing = await Promise.all([1, 2, 3].map(async () => submitDossier(store, later, retried)));
      expect(new Set(racing.map((r) => r.code)).size).toBe(1);
      expect(racing.filter((r) => !r.replayed)).toHaveLength(1);
    });

    it('refuses bad submissions with specific errors and stores nothing', async () => {
      const store = s.store();
      const ctx = await w.ctx('congdan', t('2026-11-26T09:00'));
      const before = await rowCounts(store);
      const cases: [unknown, string, number, string?][] = [
        [{ ...BIRTH, procedureCode: '9.999999' }, 'PROCEDURE_NOT_FOUND', 404],
        [
          { ...BIRTH, data: { ...BIRTH.data, mother: { fullName: 'X', idNumber: '12' } } },
          'FORM_INVALID',
          422,
          '/mother/fullName',
        ],
        [{ ...BIRTH, data: 'nope' }, 'FORM_INVALID', 422, '/data'],
        // Online the components handed in are the uploaded files: none sent, none handed in.
        [BIRTH, 'COMPONENTS_MISSING', 422, '/components'],
        [{ ...BIRTH, attachments: [] }, 'COMPONENTS_MISSING', 422, '/components'],
        [{ ...BIRTH, components: ['birth_certificate'] }, 'INPUT_INVALID', 400, '/components'],
        [{ ...BIRTH, unit: '999.99.99.H41' }, 'UNIT_UNKNOWN', 422, '/unit'],
      ];
      for (const [input, code, status, path] of cases) {
        const e = await refusal(submitDossier(store, ctx, input as never));
        expect({ code: e.code, status: e.httpStatus }, JSON.stringify(input).slice(0, 80)).toEqual({
          code,
          status,
        });
        if (path) expect(e.path).toBe(path);
        expect(e.localized.vi.length).toBeGreaterThan(0);
      }
      expect(await rowCounts(store)).toEqual(before);
    });
  });

  describe('acting', () => {
    it('runs a birth registration to completion, one revision per action, with form 06 and the history', async () => {
      const store = s.store();
      const ctx = async (login: Parameters<World['ctx']>[0], at: string) => w.ctx(login, t(at));
      const d = await submitOnline(store, await ctx('congdan', '2026-11-23T14:10'), BIRTH);
      const steps: [Parameters<World['ctx']>[0], string, string, Record<string, unknown>?][] = [
        ['motcua', '2026-11-23T14:20', 'accept'],
        ['motcua', '2026-11-23T14:30', 'pay', { amount: 16000, method: 'counter', reference: 'BL-0001' }],
        ['chuyenvien', '2026-11-23T14:50', 'complete'],
        ['lanhdao', '2026-11-23T15:30', 'approve'],
        ['lanhdao', '2026-11-23T15:40', 'issue_result'],
        ['motcua', '2026-11-23T16:00', 'deliver_result', { method: 'counter' }],
      ];
      let revision = d.revision;
      for (const [login, at, action, input] of steps) {
        const r = await act(store, await ctx(login, at), { code: d.code, action, revision, input });
        expect(r.revision).toBe(revision + 1);
        revision = r.revision;
      }
      const done = await getDossier(store, await ctx('congdan', '2026-11-23T16:05'), { code: d.code });
      expect(done).toMatchObject({ status: 'completed', timing: 'on_time', revision: 7, openTasks: [] });
      expect((await store.getDossier({ code: d.code }))!.finishedAt).toBe(t('2026-11-23T16:00'));
      expect(await store.listTasks(done.id)).toEqual([]);

      const slip = await controlSlip(store, await ctx('lanhdao', '2026-11-23T16:05'), { code: d.code });
      expect(
        slip.rows.map((r) => [r.step, r.unit, r.receivedAt, r.handedOverAt, r.giver.name, r.result]),
      ).toEqual([
        [
          'reception',
          '000.01.01.H41',
          '14:10 23/11/2026',
          '14:20 23/11/2026',
          'Trần Thị Một Cửa (tiếp nhận)',
          'on_time',
        ],
        [
          'payment',
          '000.01.01.H41',
          '14:20 23/11/2026',
          '14:30 23/11/2026',
          'Trần Thị Một Cửa (tiếp nhận)',
          null,
        ],
        [
          'appraisal',
          '000.01.01.H41',
          '14:30 23/11/2026',
          '14:50 23/11/2026',
          'Lê Văn Thụ Lý (chuyên viên)',
          null,
        ],
        [
          'sign',
          '000.01.01.H41',
          '14:50 23/11/2026',
          '15:30 23/11/2026',
          'Phạm Văn Lãnh Đạo (lãnh đạo)',
          'on_time',
        ],
        [
          'issue',
          '000.01.01.H41',
          '15:30 23/11/2026',
          '15:40 23/11/2026',
          'Phạm Văn Lãnh Đạo (lãnh đạo)',
          null,
        ],
        [
          'deliver',
          '000.01.01.H41',
          '15:40 23/11/2026',
          '16:00 23/11/2026',
          'Trần Thị Một Cửa (tiếp nhận)',
          null,
        ],
      ]);
      // Who received each hand-off is who took the next step up.
      expect(slip.rows[0].receivers).toEqual([
        {
          unit: '000.01.01.H41',
          role: 'citizen',
          step: 'payment',
          // The applicant paid at the counter: the officer who recorded it took the step up.
          person: { userId: w.actors.motcua.userId, name: 'Trần Thị Một Cửa (tiếp nhận)', role: 'reception' },
        },
      ]);
      expect(slip.rows[5].receivers).toEqual([]);

      const history = await dossierHistory(store, await ctx('congdan', '2026-11-23T16:05'), { code: d.code });
      expect(history.map((h) => [h.seq, h.event, h.time, h.status])).toEqual([
        [1, 'submit', '14:10 23/11/2026', 'submitted'],
        [2, 'accept', '14:20 23/11/2026', 'awaiting_payment'],
        [3, 'pay', '14:30 23/11/2026', 'received'],
        [4, 'complete', '14:50 23/11/2026', 'processing'],
        [5, 'approve', '15:30 23/11/2026', 'processing'],
        [6, 'issue_result', '15:40 23/11/2026', 'result_ready'],
        [7, 'deliver_result', '16:00 23/11/2026', 'completed'],
      ]);
      expect(history[1].slips).toEqual(['01']);
      expect((await verifyAudit(store)).ok).toBe(true);
    });

    it('refuses stale revisions, unknown actions, forbidden roles and strangers, storing nothing', async () => {
      const store = s.store();
      const at = t('2026-11-27T08:00');
      const d = await submitOnline(store, await w.ctx('congdan', at), BIRTH);
      const stranger = await extraUser(store, 'congdan2', [{ unitCode: '000.00.00.H41', role: 'citizen' }]);
      const elsewhere = await extraUser(store, 'motcua-xa2', [
        { unitCode: '000.01.02.H41', role: 'reception' },
      ]);
      const before = await rowCounts(store);
      const as = (login: Parameters<World['ctx']>[0]) => w.ctx(login, at + 60_000);
      const cases: [() => Promise<unknown>, string, number][] = [
        [
          async () => act(store, await as('motcua'), { code: d.code, action: 'accept', revision: 2 }),
          'REVISION_CONFLICT',
          409,
        ],
        [
          async () => act(store, await as('motcua'), { code: d.code, action: 'teleport', revision: 1 }),
          'ACTION_UNKNOWN',
          422,
        ],
        [
          async () => act(store, await as('chuyenvien'), { code: d.code, action: 'accept', revision: 1 }),
          'ROLE_NOT_ALLOWED',
          403,
        ],
        [
          async () => act(store, await as('motcua'), { code: d.code, action: 'complete', revision: 1 }),
          'ACTION_NOT_AVAILABLE',
          409,
        ],
        [
          async () =>
            act(store, serviceContext(store, elsewhere, at), {
              code: d.code,
              action: 'accept',
              revision: 1,
            }),
          'FORBIDDEN',
          403,
        ],
        [
          async () =>
            act(store, serviceContext(store, stranger, at), {
              code: d.code,
              action: 'withdraw',
              revision: 1,
            }),
          'FORBIDDEN',
          403,
        ],
        [
          async () => act(store, await as(undefined), { code: d.code, action: 'accept', revision: 1 }),
          'UNAUTHENTICATED',
          401,
        ],
        [
          async () => act(store, await as('motcua'), { code: 'NOPE', action: 'accept', revision: 1 }),
          'DOSSIER_NOT_FOUND',
          404,
        ],
        [
          async () =>
            act(store, await as('motcua'), {
              code: d.code,
              action: 'pay',
              revision: 1,
              input: { amount: 1 },
            }),
          'ACTION_NOT_AVAILABLE',
          409,
        ],
      ];
      for (const [run, code, status] of cases)
        expect(await refusal(run())).toMatchObject({ code, httpStatus: status });
      const conflict = await refusal(
        act(store, await as('motcua'), { code: d.code, action: 'accept', revision: 2 }),
      );
      expect(conflict.details).toEqual({ currentRevision: 1 });
      expect(await rowCounts(store)).toEqual(before);
      expect((await store.getDossier({ code: d.code }))!.revision).toBe(1);
      // The applicant and the handling officers read it; a stranger does not.
      expect((await getDossier(store, await as('congdan'), { code: d.code })).data).toEqual(BIRTH.data);
      expect((await getDossier(store, await as('thanhtra'), { code: d.code })).code).toBe(d.code);
      expect(
        (await refusal(getDossier(store, serviceContext(store, stranger, at), { code: d.code }))).httpStatus,
      ).toBe(403);
      expect(
        (await refusal(getDossier(store, serviceContext(store, elsewhere, at), { code: d.code }))).httpStatus,
      ).toBe(403);
    });

    it('lets exactly one of two officers acting at once on one task win', async () => {
      const at = t('2026-11-27T09:00');
      const d = await submitOnline(s.store(), await w.ctx('congdan', at), BIRTH);
      const second = await extraUser(s.store(), 'motcua2', [
        { unitCode: '000.01.01.H41', role: 'reception' },
      ]);
      const [a, b] = [await s.db().open(), await s.db().open()];
      const results = await Promise.allSettled([
        act(a, serviceContext(a, w.actors.motcua, at + 1000), {
          code: d.code,
          action: 'accept',
          revision: 1,
        }),
        act(b, serviceContext(b, second, at + 1000), { code: d.code, action: 'accept', revision: 1 }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0].reason).toMatchObject({
        code: 'REVISION_CONFLICT',
        httpStatus: 409,
        details: { currentRevision: 2 },
      });
      const row = await s.store().getDossier({ code: d.code });
      expect(row!.revision).toBe(2);
      expect((await s.store().listEvents(row!.id)).map((e) => e.event)).toEqual(['submit', 'accept']);
      await Promise.all([a.close(), b.close()]);
    });
  });

  describe('worklists', () => {
    const UNIT = '000.01.02.H41';
    let officer: Actor;
    let codes: string[];
    beforeAll(async () => {
      const store = s.store();
      officer = await extraUser(store, 'xa2-officer', [
        { unitCode: UNIT, role: 'reception' },
        { unitCode: UNIT, role: 'specialist' },
      ]);
      const permit = async (at: string) => (await counterPermit(store, officer, t(at), UNIT)).code;
      const p1 = await permit('2026-11-30T08:00');
      const p2 = await permit('2026-11-30T09:00');
      const p3 = await permit('2026-11-30T10:00');
      const birth = (
        await submitOnline(store, await w.ctx('congdan', t('2026-11-30T08:30')), { ...BIRTH, unit: UNIT })
      ).code;
      codes = [birth, p1, p2, p3];
    });
    const list = async (input: Parameters<typeof worklist>[2], at = '2026-11-30T11:00') =>
      worklist(s.store(), serviceContext(s.store(), officer, t(at)), input);

    it('lists the open tasks of the unit, earliest due first, paged', async () => {
      const all = await list({ unit: UNIT, role: 'reception' });
      expect(all.total).toBe(4);
      expect(all.totalCapped).toBe(false);
      expect(all.items.map((i) => [i.code, i.dueAt, i.overdue])).toEqual([
        [codes[0], '2026-11-30T09:00:00+07:00', true],
        [codes[1], '2026-12-01T08:00:00+07:00', false],
        [codes[2], '2026-12-01T09:00:00+07:00', false],
        [codes[3], '2026-12-01T10:00:00+07:00', false],
      ]);
      expect(all.items[0]).toMatchObject({
        procedureName: { vi: 'Đăng ký khai sinh' },
        status: 'submitted',
        task: { node: 'reception', unit: UNIT },
      });
      const page2 = await list({ unit: UNIT, role: 'reception', limit: 2, offset: 2 });
      expect(page2).toMatchObject({ total: 4, limit: 2, offset: 2 });
      expect(page2.items.map((i) => i.code)).toEqual(codes.slice(2));
    });

    it('filters by due window (overdue; due within N working hours), status, role and assignee', async () => {
      expect((await list({ overdue: true })).items.map((i) => i.code)).toEqual([codes[0]]);
      // From Monday 11:00, 6 working hours run to Tuesday 09:00 (11:00–11:30, 13:00–17:00, 07:30–09:00).
      expect((await list({ dueWithinHours: 6 })).items.map((i) => i.code)).toEqual([codes[1], codes[2]]);

      const accepted = await act(s.store(), serviceContext(s.store(), officer, t('2026-11-30T11:00')), {
        code: codes[1],
        action: 'accept',
        revision: 1,
      });
      expect(accepted.status).toBe('received');
      expect((await list({ status: 'submitted' })).items.map((i) => i.code)).toEqual([
        codes[0],
        codes[2],
        codes[3],
      ]);
      const specialist = await list({ role: 'specialist' });
      expect(specialist.items.map((i) => [i.code, i.task.node, i.status])).toEqual([
        [codes[1], 'technical_appraisal', 'received'],
      ]);

      await assignTask(s.store(), serviceContext(s.store(), officer, t('2026-11-30T11:05')), {
        code: codes[2],
        taskId: 't1',
        assigneeId: officer.userId,
      });
      expect((await list({ assignee: 'me' })).items.map((i) => [i.code, i.task.assigneeId])).toEqual([
        [codes[2], officer.userId],
      ]);
      // Only the unit's own work; citizens have no worklist.
      expect((await refusal(list({ unit: '000.01.01.H41' }))).httpStatus).toBe(403);
      expect(
        (await refusal(worklist(s.store(), await w.ctx('congdan', t('2026-11-30T11:00')), {}))).httpStatus,
      ).toBe(403);
    });
  });

  describe('citizen views', () => {
    it('looks a dossier up by code or QR token without personal data', async () => {
      const store = s.store();
      const d = await submitOnline(store, await w.ctx('congdan', t('2026-12-01T08:00')), BIRTH);
      await act(store, await w.ctx('motcua', t('2026-12-01T08:10')), {
        code: d.code,
        action: 'accept',
        revision: 1,
      });
      const anyone = await w.ctx(undefined, t('2026-12-01T09:00'));
      const byCode = await publicLookup(store, anyone, { code: d.code });
      expect(byCode).toMatchObject({
        code: d.code,
        status: 'awaiting_payment',
        procedure: { code: '1.001193', name: { vi: 'Đăng ký khai sinh' } },
        submittedAt: '2026-12-01T08:00:00+07:00',
        receivedAt: '2026-12-01T08:10:00+07:00',
        dueAt: '2026-12-01T17:00:00+07:00',
        finishedAt: null,
      });
      expect(byCode.timeline.map((e) => e.event)).toEqual(['submit', 'accept']);
      expect(await publicLookup(store, anyone, { qrToken: d.qrToken })).toEqual(byCode);
      const text = JSON.stringify(byCode);
      for (const secret of [
        'Trần Thị Hoa',
        '040190001234',
        '0912345678',
        'Nguyễn Minh An',
        w.actors.congdan.userId,
        w.actors.motcua.userId,
        d.qrToken,
      ]) {
        expect(text).not.toContain(secret);
      }
      expect(Object.keys(byCode.timeline[1]).sort()).toEqual(['at', 'event', 'status', 'unit']);
      expect(await refusal(publicLookup(store, anyone, { code: 'nope' }))).toMatchObject({
        code: 'DOSSIER_NOT_FOUND',
        httpStatus: 404,
      });
      expect(await refusal(publicLookup(store, anyone, {} as never))).toMatchObject({ httpStatus: 400 });
    });

    it("lists the citizen's own dossiers only", async () => {
      const store = s.store();
      const mine = await myDossiers(store, await w.ctx('congdan', t('2026-12-02T08:00')), { limit: 100 });
      expect(mine.total).toBeGreaterThan(5);
      for (const d of mine.items)
        expect((await store.getDossier({ code: d.code }))!.applicantId).toBe(w.actors.congdan.userId);
      const stranger = await extraUser(store, 'congdan3', [{ unitCode: '000.00.00.H41', role: 'citizen' }]);
      expect((await myDossiers(store, serviceContext(store, stranger, t('2026-12-02T08:00')))).total).toBe(0);
    });
  });
});
