import { describe, expect, it } from 'vitest';
import { apply, start } from '../../runtime/engine/interpreter.ts';
import {
  at,
  calendar,
  closed,
  ctx,
  DATA,
  definition,
  events,
  notified,
  opened,
  openNodes,
  refused,
  run,
  slips,
  timersSet,
  UNIT,
  withConfig,
} from './support/builder.ts';
import { birthData, example } from '../support/examples.ts';

describe('start', () => {
  it('submits the dossier, notifies the applicant and opens the reception task', () => {
    const def = definition();
    const result = start(def, { data: DATA, channel: 'online' }, ctx('2026-11-23T08:00'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const d = result.dossier;
    expect(d).toMatchObject({
      procedure: '1.000001',
      unit: UNIT,
      channel: 'online',
      status: 'submitted',
      seq: 1,
    });
    expect(d.submittedAt).toBe(at('2026-11-23T08:00'));
    expect(d.receivedAt).toBeUndefined();
    expect(d.dueAt).toBeUndefined();
    expect(d.tasks).toEqual([
      {
        id: 't1',
        node: 'reception',
        role: 'reception',
        unit: UNIT,
        openedAt: at('2026-11-23T08:00'),
        kind: 'work',
      },
    ]);
    expect(d.history).toEqual([
      { seq: 1, at: at('2026-11-23T08:00'), event: 'submit', role: 'citizen', status: 'submitted' },
    ]);
    expect(notified(result.effects)).toEqual(['submitted', 'task_assigned']);
    expect(opened(result.effects).map((t) => t.node)).toEqual(['reception']);
    expect(timersSet(result.effects)).toEqual([]);
  });

  it('records a counter submission by the reception officer, for the unit given', () => {
    const def = definition();
    const result = start(
      def,
      { data: DATA, channel: 'counter', role: 'reception', actor: 'cb01', unit: 'X' },
      ctx('2026-11-23T08:00'),
    );
    if (!result.ok) throw new Error(result.error.code);
    expect(result.dossier.unit).toBe('X');
    expect(result.dossier.tasks[0].unit).toBe('X');
    expect(result.dossier.history[0]).toMatchObject({ event: 'submit', role: 'reception', actor: 'cb01' });
  });

  it('keeps only the fields the applicant could see, and validates only those', () => {
    const birth = example('birth-registration');
    const data = birthData({ extractCopies: 0 });
    const badFather = { fullName: 'X', idNumber: 'not a number' };
    const hidden = start(
      birth,
      {
        data: { ...data, hasFather: false, father: badFather },
        channel: 'online',
        components: ['birth_certificate'],
      },
      ctx('2026-11-23T08:00'),
    );
    if (!hidden.ok) throw new Error(hidden.error.code);
    expect(hidden.dossier.data.father).toBeUndefined();
    expect(hidden.dossier.data.hasFather).toBe(false);
    const shown = start(
      birth,
      {
        data: { ...data, hasFather: true, father: badFather },
        channel: 'online',
        components: ['birth_certificate'],
      },
      ctx('2026-11-23T08:00'),
    );
    expect(shown).toMatchObject({ ok: false, error: { code: 'FORM_INVALID' } });
    if (shown.ok) return;
    expect((shown.error.details as { path: string }[]).map((e) => e.path)).toEqual([
      '/father/fullName',
      '/father/idNumber',
    ]);
  });

  it('refuses an unknown channel', () => {
    const result = start(definition(), { data: DATA, channel: 'fax' as never }, ctx('2026-11-23T08:00'));
    expect(result).toMatchObject({ ok: false, error: { code: 'INPUT_INVALID', path: '/channel' } });
  });
});

describe('reception: accept', () => {
  const def = definition();
  const accept = (when: string, cal = calendar()) =>
    run(def, [{ at: when, action: 'accept', role: 'reception' }], { at: '2026-11-23T06:00' }, cal);

  it('gives slip 01, starts the clock at the time of acceptance and hands the dossier on', () => {
    const { dossier, last } = accept('2026-11-23T09:00');
    expect(slips(last)).toEqual(['01']);
    expect(notified(last)).toContain('accepted');
    expect(dossier.receivedAt).toBe(at('2026-11-23T09:00'));
    expect(dossier.deemedReceivedAt).toBe(at('2026-11-23T09:00'));
    expect(dossier.dueAt).toBe(at('2026-11-26T09:00'));
    expect(dossier.status).toBe('received');
    expect(dossier.taken).toBe(false);
    expect(closed(last)).toEqual([{ node: 'reception', outcome: 'accepted' }]);
    expect(openNodes(dossier)).toEqual(['appraisal']);
    expect(timersSet(last)).toEqual([
      { id: 'dossier_due', kind: 'dossier_due', at: at('2026-11-26T09:00') },
      { id: 'dossier_warning', kind: 'dossier_warning', at: at('2026-11-25T09:00') },
    ]);
    expect(events(dossier)).toEqual(['submit', 'accept']);
    expect(dossier.history[1]).toMatchObject({
      seq: 2,
      role: 'reception',
      node: 'reception',
      unit: UNIT,
      status: 'received',
    });
  });

  it('after the 15:00 cut-off the dossier is deemed received the next working morning at 07:30', () => {
    const { dossier } = accept('2026-11-23T15:30');
    // Received when accepted; deemed received, and timed, from the next working morning.
    expect(dossier.receivedAt).toBe(at('2026-11-23T15:30'));
    expect(dossier.deemedReceivedAt).toBe(at('2026-11-24T07:30'));
    expect(dossier.dueAt).toBe(at('2026-11-26T17:00'));
  });

  it('received at the cut-off itself (15:00:00) counts that day; only after it moves on', () => {
    expect(accept('2026-11-23T15:00').dossier.deemedReceivedAt).toBe(at('2026-11-23T15:00'));
    expect(accept('2026-11-23T15:00:01+07:00').dossier.deemedReceivedAt).toBe(at('2026-11-24T07:30'));
    expect(accept('2026-11-23T14:59').dossier.deemedReceivedAt).toBe(at('2026-11-23T14:59'));
  });

  it('in the lunch break the clock starts at 13:00', () => {
    const { dossier } = accept('2026-11-23T12:10');
    expect(dossier.deemedReceivedAt).toBe(at('2026-11-23T13:00'));
    // 4 h on Monday afternoon, Tuesday and Wednesday, then 4 h on Thursday morning.
    expect(dossier.dueAt).toBe(at('2026-11-26T11:30'));
  });

  it('before office hours the clock starts at 07:30 the same day', () => {
    expect(accept('2026-11-23T06:45').dossier.deemedReceivedAt).toBe(at('2026-11-23T07:30'));
  });

  it('on a weekend the clock starts Monday 07:30', () => {
    const { dossier } = accept('2026-11-28T10:00');
    expect(dossier.deemedReceivedAt).toBe(at('2026-11-30T07:30'));
    expect(dossier.dueAt).toBe(at('2026-12-02T17:00'));
  });

  it('over Tết 2027 (5–11 Feb off) the clock starts Friday 12 Feb', () => {
    const cal = calendar();
    const { dossier } = run(
      def,
      [{ at: '2027-02-04T16:00', action: 'accept', role: 'reception' }],
      { at: '2027-02-04T10:00' },
      cal,
    );
    expect(dossier.deemedReceivedAt).toBe(at('2027-02-12T07:30'));
    // Fri 12 Feb, Mon 15, Tue 16: three working days.
    expect(dossier.dueAt).toBe(at('2027-02-16T17:00'));
  });

  it('30 Apr, 1 May 2027 (Saturday) and its compensatory Monday 3 May are skipped', () => {
    const oneDay = definition({ processingTime: { value: 1, unit: 'working_days' } });
    const { dossier } = run(oneDay, [{ at: '2027-04-29T10:00', action: 'accept', role: 'reception' }], {
      at: '2027-04-29T09:00',
    });
    expect(dossier.dueAt).toBe(at('2027-05-04T10:00'));
  });

  it('a make-up working Saturday counts as a working day', () => {
    const cal = calendar({ workingDays: ['2026-11-28'] });
    const { dossier } = accept('2026-11-27T16:00', cal);
    expect(dossier.deemedReceivedAt).toBe(at('2026-11-28T07:30'));
    expect(dossier.dueAt).toBe(at('2026-12-01T17:00'));
  });

  it('the definition’s cut-off wins over the calendar’s', () => {
    const late = definition({ settings: { supplementPolicy: 'pause', cutoff: '16:00' } });
    const { dossier } = run(late, [{ at: '2026-11-23T15:30', action: 'accept', role: 'reception' }]);
    expect(dossier.deemedReceivedAt).toBe(at('2026-11-23T15:30'));
    // 17:00 wins over the calendar's 15:00; 14:00 over a calendar's 16:30.
    const own = (cutoff: string, when: string, cal = calendar()) =>
      run(
        definition({ settings: { supplementPolicy: 'pause', cutoff } }),
        [{ at: when, action: 'accept', role: 'reception' }],
        {},
        cal,
      ).dossier.deemedReceivedAt;
    expect(own('17:00', '2026-11-23T16:30')).toBe(at('2026-11-23T16:30'));
    expect(own('14:00', '2026-11-23T15:00', calendar({ cutoff: '16:30' }))).toBe(at('2026-11-24T07:30'));
  });

  it('without a cut-off of its own, a procedure follows the calendar’s', () => {
    const none = definition({ settings: { supplementPolicy: 'pause' } });
    const accept = (when: string, cal = calendar()) =>
      run(none, [{ at: when, action: 'accept', role: 'reception' }], {}, cal).dossier.deemedReceivedAt;
    expect(accept('2026-11-23T15:30')).toBe(at('2026-11-24T07:30'));
    expect(accept('2026-11-23T16:00', calendar({ cutoff: '16:30' }))).toBe(at('2026-11-23T16:00'));
    expect(accept('2026-11-23T16:31', calendar({ cutoff: '16:30' }))).toBe(at('2026-11-24T07:30'));
  });

  it('a "0 working days" procedure is due by the close of the day of receipt', () => {
    const sameDay = definition({ processingTime: { value: 0, unit: 'working_days' } });
    const { dossier } = run(sameDay, [{ at: '2026-11-23T14:10', action: 'accept', role: 'reception' }]);
    expect(dossier.dueAt).toBe(at('2026-11-23T17:00'));
  });

  it('a processing time in calendar days ending on a Sunday moves to the close of Monday', () => {
    const days = definition({ processingTime: { value: 6, unit: 'days' } });
    const { dossier } = run(days, [{ at: '2026-11-23T10:00', action: 'accept', role: 'reception' }]);
    expect(dossier.dueAt).toBe(at('2026-11-30T17:00'));
  });

  it('the reception step has its own allotment and step timer', () => {
    const withAllotment = definition({
      nodes: withConfig('reception', { allotment: { value: 0.5, unit: 'working_hours' } }),
    });
    const { dossier, effects } = run(withAllotment, [], { at: '2026-11-23T11:15' });
    expect(dossier.tasks[0].dueAt).toBe(at('2026-11-23T13:15'));
    expect(timersSet(effects)).toEqual([
      { id: 'step_due:t1', kind: 'step_due', at: at('2026-11-23T13:15'), node: 'reception' },
    ]);
  });

  it('only reception may accept, and only in the unit holding the task', () => {
    const d = run(def).dossier;
    refused(def, d, { at: '2026-11-23T09:00', action: 'accept', role: 'specialist' }, 'ROLE_NOT_ALLOWED');
    refused(
      def,
      d,
      { at: '2026-11-23T09:00', action: 'accept', role: 'reception', unit: 'OTHER' },
      'UNIT_NOT_ALLOWED',
    );
    const ok = apply(def, d, { action: 'accept', role: 'reception', unit: UNIT }, ctx('2026-11-23T09:00'));
    expect(ok.ok).toBe(true);
  });

  it('a reception step configured for another unit is held there', () => {
    const def2 = definition({ nodes: withConfig('reception', { unit: 'TTPVHCC' }) });
    const d = run(def2).dossier;
    expect(d.tasks[0].unit).toBe('TTPVHCC');
    refused(
      def2,
      d,
      { at: '2026-11-23T09:00', action: 'accept', role: 'reception', unit: UNIT },
      'UNIT_NOT_ALLOWED',
    );
  });
});

describe('reception: supplement and refusal', () => {
  const def = definition();

  it('a request at reception gives slip 02, does not start the clock and may be repeated', () => {
    const first = run(def, [
      {
        at: '2026-11-23T09:00',
        action: 'request_supplement',
        role: 'reception',
        input: { reasons: ['Thiếu giấy chứng sinh'] },
      },
    ]);
    expect(slips(first.last)).toEqual(['02']);
    expect(notified(first.last)).toContain('supplement_requested');
    expect(first.dossier.status).toBe('awaiting_supplement');
    expect(first.dossier.dueAt).toBeUndefined();
    expect(first.dossier.supplementRequested).toBe(false);
    expect(first.dossier.tasks).toEqual([]);
    expect(closed(first.last)).toEqual([{ node: 'reception', outcome: 'suspended' }]);

    const back = run(def, [
      {
        at: '2026-11-23T09:00',
        action: 'request_supplement',
        role: 'reception',
        input: { reason: 'Thiếu giấy chứng sinh' },
      },
      { at: '2026-11-24T10:00', action: 'supplement', role: 'citizen', input: { data: { copies: 2 } } },
      {
        at: '2026-11-24T10:30',
        action: 'request_supplement',
        role: 'reception',
        input: { reason: 'Ảnh mờ' },
      },
      { at: '2026-11-24T11:00', action: 'supplement', role: 'citizen' },
      { at: '2026-11-24T14:00', action: 'accept', role: 'reception' },
    ]);
    expect(back.dossier.data).toEqual({ name: 'Nguyễn Văn A', copies: 2 });
    expect(back.dossier.receivedAt).toBe(at('2026-11-24T14:00'));
    expect(back.dossier.status).toBe('received');
    expect(events(back.dossier)).toEqual([
      'submit',
      'request_supplement',
      'supplement',
      'request_supplement',
      'supplement',
      'accept',
    ]);
  });

  it('refusal at reception gives slip 03 and ends the dossier without a timing class', () => {
    const { dossier, last } = run(def, [
      {
        at: '2026-11-23T09:00',
        action: 'refuse',
        role: 'reception',
        input: { reasons: ['Không thuộc thẩm quyền'] },
      },
    ]);
    expect(slips(last)).toEqual(['03']);
    expect(notified(last)).toContain('refused');
    expect(dossier).toMatchObject({
      status: 'refused',
      outcome: 'refused',
      finishedAt: at('2026-11-23T09:00'),
      tasks: [],
    });
    expect(dossier.timing).toBeUndefined();
  });

  it('a refusal or supplement request without reasons is refused', () => {
    const d = run(def).dossier;
    refused(def, d, { at: '2026-11-23T09:00', action: 'refuse', role: 'reception' }, 'INPUT_REASON_REQUIRED');
    refused(
      def,
      d,
      { at: '2026-11-23T09:00', action: 'refuse', role: 'reception', input: { reasons: [] } },
      'INPUT_REASON_REQUIRED',
    );
    refused(
      def,
      d,
      { at: '2026-11-23T09:00', action: 'refuse', role: 'reception', input: { reason: '  ' } },
      'INPUT_REASON_REQUIRED',
    );
    refused(
      def,
      d,
      { at: '2026-11-23T09:00', action: 'refuse', role: 'reception', input: { reasons: ['ok', 3] } },
      'INPUT_REASON_REQUIRED',
    );
    refused(
      def,
      d,
      { at: '2026-11-23T09:00', action: 'request_supplement', role: 'reception', input: {} },
      'INPUT_REASON_REQUIRED',
    );
  });
});
