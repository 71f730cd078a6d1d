import { describe, expect, it } from 'vitest';
import { dossierView } from './view.ts';
import {
  at,
  closed,
  definition,
  events,
  notified,
  refused,
  run,
  slips,
  timersCleared,
  UNIT,
  type Step,
  ACCEPT,
  issueAndDeliver,
  withConfig,
} from '../../test/engine/support/builder.ts';

// Due Thursday 2026-11-26 09:00 (3 working days).
const extend = (
  when: string,
  input: Record<string, unknown> = { reason: 'Cần xác minh thêm', promisedAt: '2026-11-30T17:00' },
  role = 'specialist',
): Step => ({
  at: when,
  action: 'extend',
  role,
  input,
});

describe('extend (form 04)', () => {
  const def = definition();

  it('before the due time, once, with a later promised time: slip 04 and the applicant told; the due time stays', () => {
    const { dossier, last } = run(def, [ACCEPT, extend('2026-11-24T10:00')]);
    expect(slips(last)).toEqual(['04']);
    expect(notified(last)).toEqual(['extended']);
    expect(dossier.extension).toEqual({
      at: at('2026-11-24T10:00'),
      reason: 'Cần xác minh thêm',
      promisedAt: at('2026-11-30T17:00'),
    });
    expect(dossier.promisedAt).toBe(at('2026-11-30T17:00'));
    expect(dossier.dueAt).toBe(at('2026-11-26T09:00'));
    expect(dossier.history.at(-1)).toMatchObject({ event: 'extend', role: 'specialist' });
    expect(
      run(def, [ACCEPT, extend('2026-11-24T10:00', undefined, 'leader')]).dossier.extension,
    ).toBeDefined();
  });

  it('only once', () => {
    const { dossier } = run(def, [ACCEPT, extend('2026-11-24T10:00')]);
    refused(
      def,
      dossier,
      extend('2026-11-24T10:00', { reason: 'Lần hai', promisedAt: '2026-12-03T17:00' }),
      'EXTEND_ALREADY_USED',
    );
  });

  it('at least one working day before the due time (Thu 09:00): up to Wed 09:00, not a minute later', () => {
    const { dossier } = run(def, [ACCEPT]);
    expect(run(def, [ACCEPT, extend('2026-11-25T09:00')]).dossier.extension).toBeDefined();
    const error = refused(def, dossier, extend('2026-11-25T09:01'), 'EXTEND_TOO_LATE');
    expect(error.message.vi).toContain('chậm nhất 1 ngày làm việc trước thời hạn giải quyết');
    expect(error.message.en).toContain('by 2026-11-25T09:00:00+07:00');
    expect(error.details).toEqual({
      dueAt: '2026-11-26T09:00:00+07:00',
      latest: '2026-11-25T09:00:00+07:00',
    });
    refused(def, dossier, extend('2026-11-26T09:00'), 'EXTEND_TOO_LATE');
    refused(def, dossier, extend('2026-11-27T09:00'), 'EXTEND_TOO_LATE');
    // Counted in working time: due Monday 09:00, the last moment is the Friday before at 09:00.
    const monday = run(def, [{ ...ACCEPT, at: '2026-11-25T09:00' }]).dossier;
    expect(monday.dueAt).toBe(at('2026-11-30T09:00'));
    refused(def, monday, extend('2026-11-28T10:00'), 'EXTEND_TOO_LATE');
  });

  it('the promised time must be a time after the due time', () => {
    const { dossier } = run(def, [ACCEPT]);
    const bad = (promisedAt: unknown) => extend('2026-11-24T10:00', { reason: 'Xác minh', promisedAt });
    expect(refused(def, dossier, bad('2026-11-26T09:00'), 'EXTEND_BAD_TIME').path).toBe('/input/promisedAt');
    refused(def, dossier, bad('2026-11-25T17:00'), 'EXTEND_BAD_TIME');
    refused(def, dossier, bad('next week'), 'EXTEND_BAD_TIME');
    refused(def, dossier, bad(1796000000000), 'EXTEND_BAD_TIME');
    refused(def, dossier, bad(undefined), 'EXTEND_BAD_TIME');
  });

  it('needs a reason, an officer of the handling unit, and an accepted dossier', () => {
    const { dossier } = run(def, [ACCEPT]);
    refused(
      def,
      dossier,
      extend('2026-11-24T10:00', { promisedAt: '2026-11-30T17:00' }),
      'INPUT_REASON_REQUIRED',
    );
    refused(def, dossier, extend('2026-11-24T10:00', undefined, 'citizen'), 'ROLE_NOT_ALLOWED');
    refused(def, dossier, extend('2026-11-24T10:00', undefined, 'reception'), 'ROLE_NOT_ALLOWED');
    refused(def, dossier, { ...extend('2026-11-24T10:00'), unit: 'OTHER' } as Step, 'UNIT_NOT_ALLOWED');
    refused(def, run(def).dossier, extend('2026-11-23T08:30'), 'EXTEND_NOT_ACCEPTED');
  });

  it('timing is judged against the original due time even when extended', () => {
    const late = run(def, [
      ACCEPT,
      extend('2026-11-24T10:00'),
      ...issueAndDeliver('2026-11-27T10:00'),
    ]).dossier;
    expect(late).toMatchObject({ status: 'completed', timing: 'late' });
    const onTime = run(def, [
      ACCEPT,
      extend('2026-11-24T10:00'),
      ...issueAndDeliver('2026-11-26T08:00'),
    ]).dossier;
    expect(onTime.timing).toBe('on_time');
  });
});

describe('timing classes', () => {
  const def = definition();
  it('early before the due day, on time on the due day up to the due time, late after', () => {
    expect(run(def, [ACCEPT, ...issueAndDeliver('2026-11-25T16:59')]).dossier.timing).toBe('early');
    expect(run(def, [ACCEPT, ...issueAndDeliver('2026-11-26T07:45')]).dossier.timing).toBe('on_time');
    expect(run(def, [ACCEPT, ...issueAndDeliver('2026-11-26T09:00')]).dossier.timing).toBe('on_time');
    expect(run(def, [ACCEPT, ...issueAndDeliver('2026-11-26T09:01')]).dossier.timing).toBe('late');
  });

  it('the result time counts, not the time it is handed over', () => {
    const { dossier } = run(def, [
      ACCEPT,
      { at: '2026-11-24T09:00', action: 'complete', role: 'specialist' },
      { at: '2026-11-24T09:00', action: 'approve', role: 'leader' },
      { at: '2026-11-24T09:00', action: 'issue_result', role: 'leader' },
      { at: '2026-12-04T09:00', action: 'deliver_result', role: 'reception', input: { method: 'counter' } },
    ]);
    expect(dossier.timing).toBe('early');
    expect(dossier.finishedAt).toBe(at('2026-12-04T09:00'));
  });

  it('a dossier refused, withdrawn or stopped, even after its due time, has no class: it is counted apart', () => {
    const late = '2026-11-27T10:00';
    const endings = [
      { at: late, action: 'refuse', role: 'specialist', input: { reason: 'Không đủ điều kiện' } },
      { at: late, action: 'withdraw', role: 'citizen' },
      { at: late, action: 'stop', role: 'leader', input: { reason: 'Theo đề nghị của người nộp' } },
    ] satisfies Step[];
    const refusable = definition({
      nodes: withConfig('appraisal', { role: 'specialist', allowRefuse: true }),
    });
    for (const ending of endings) {
      const { dossier } = run(refusable, [ACCEPT, ending]);
      expect([dossier.status, dossier.timing], ending.action).toEqual([dossier.outcome, undefined]);
      expect(dossierView(dossier).timing).toBeNull();
    }
  });
});

describe('stop (form 05)', () => {
  const def = definition();
  const stop = (
    input: Record<string, unknown> = { reason: 'Theo đề nghị của người nộp' },
    role = 'leader',
  ): Step => ({
    at: '2026-11-24T10:00',
    action: 'stop',
    role,
    input,
  });

  it('the leader stops processing with reasons: slip 05, every task and timer closed', () => {
    const timed = definition({
      nodes: withConfig('appraisal', { role: 'specialist', allotment: { value: 1, unit: 'working_days' } }),
    });
    const { dossier, last } = run(timed, [ACCEPT, stop()]);
    expect(slips(last)).toEqual(['05']);
    expect(notified(last)).toEqual(['stopped']);
    expect(closed(last)).toEqual([{ node: 'appraisal', outcome: 'stopped' }]);
    expect(timersCleared(last).sort()).toEqual(['dossier_due', 'dossier_warning', 'step_due:t2']);
    expect(dossier).toMatchObject({
      status: 'stopped',
      outcome: 'stopped',
      tasks: [],
      finishedAt: at('2026-11-24T10:00'),
    });
    expect(events(dossier)).toEqual(['submit', 'accept', 'stop']);
  });

  it('only a leader of the handling unit, and never without reasons', () => {
    const { dossier } = run(def, [ACCEPT]);
    refused(def, dossier, stop(undefined, 'specialist'), 'ROLE_NOT_ALLOWED');
    refused(def, dossier, stop({}), 'INPUT_REASON_REQUIRED');
    refused(def, dossier, { ...stop(), unit: 'OTHER' } as Step, 'UNIT_NOT_ALLOWED');
    expect(run(def, [ACCEPT, { ...stop(), unit: UNIT } as Step]).dossier.status).toBe('stopped');
  });

  it('works while the dossier waits for a supplement', () => {
    const { dossier } = run(def, [
      ACCEPT,
      {
        at: '2026-11-23T10:00',
        action: 'request_supplement',
        role: 'specialist',
        input: { reason: 'Thiếu' },
      },
      stop(),
    ]);
    expect(dossier).toMatchObject({ status: 'stopped', pause: undefined });
  });
});

describe('withdraw', () => {
  const def = definition();
  it('the applicant withdraws before the result', () => {
    const { dossier, last } = run(def, [
      ACCEPT,
      { at: '2026-11-24T10:00', action: 'withdraw', role: 'citizen' },
    ]);
    expect(dossier).toMatchObject({ status: 'withdrawn', outcome: 'withdrawn', tasks: [] });
    expect(closed(last)).toEqual([{ node: 'appraisal', outcome: 'withdrawn' }]);
    expect(timersCleared(last).sort()).toEqual(['dossier_due', 'dossier_warning']);
  });

  it('before acceptance, and while a supplement is awaited', () => {
    expect(run(def, [{ at: '2026-11-23T08:10', action: 'withdraw', role: 'citizen' }]).dossier.status).toBe(
      'withdrawn',
    );
    const paused = run(def, [
      { at: '2026-11-23T08:10', action: 'request_supplement', role: 'reception', input: { reason: 'Thiếu' } },
      { at: '2026-11-23T08:20', action: 'withdraw', role: 'citizen' },
    ]).dossier;
    expect(paused).toMatchObject({ status: 'withdrawn', pause: undefined });
  });

  it('only the applicant withdraws', () => {
    const { dossier } = run(def, [ACCEPT]);
    refused(
      def,
      dossier,
      { at: '2026-11-24T10:00', action: 'withdraw', role: 'reception' },
      'ROLE_NOT_ALLOWED',
    );
  });

  it('nothing more happens to a finished dossier', () => {
    const { dossier } = run(def, [ACCEPT, { at: '2026-11-24T10:00', action: 'withdraw', role: 'citizen' }]);
    refused(
      def,
      dossier,
      { at: '2026-11-24T11:00', action: 'complete', role: 'specialist' },
      'DOSSIER_FINISHED',
    );
    refused(
      def,
      dossier,
      { at: '2026-11-24T11:00', action: 'withdraw', role: 'citizen' },
      'DOSSIER_FINISHED',
    );
    refused(def, dossier, { at: '2026-11-26T09:00', timer: 'dossier_due' }, 'DOSSIER_FINISHED');
  });
});
