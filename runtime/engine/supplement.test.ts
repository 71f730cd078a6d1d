import { describe, expect, it } from 'vitest';
import type { FeeItem } from '../../schemas/procedure.ts';
import { countWorkingTime, addWorkingTime } from './time/index.ts';
import {
  at,
  calendar,
  chain,
  closed,
  definition,
  events,
  node,
  notified,
  opened,
  openNodes,
  refused,
  run,
  slips,
  timersCleared,
  timersSet,
  type Step,
  ACCEPT,
  fork,
} from '../../test/engine/support/builder.ts';

const REQUEST: Step = {
  at: '2026-11-23T15:00',
  action: 'request_supplement',
  role: 'specialist',
  input: { reasons: ['Thiếu bản sao sổ đỏ', 'Ảnh mờ'] },
};
const supplement = (when: string, input?: Record<string, unknown>): Step => ({
  at: when,
  action: 'supplement',
  role: 'citizen',
  input,
});

const FEES: FeeItem[] = [
  {
    id: 'copies',
    kind: 'charge',
    label: { vi: 'Bản sao', en: 'Copies' },
    amount: { '*': [{ var: ['copies', 0] }, 8000] },
  },
];

/** Due in 3 working days; the appraisal has 1 working day and may ask for a supplement; so may the review. */
function supplementable(policy: 'pause' | 'restart' = 'pause', cutoff = '15:00') {
  const nodes = [
    node('start', 'start'),
    node('reception', 'reception'),
    node('appraisal', 'task', {
      role: 'specialist',
      allowSupplement: true,
      allotment: { value: 1, unit: 'working_days' },
    }),
    node('review', 'task', { role: 'specialist', allowSupplement: true }),
    node('end', 'end'),
  ];
  return definition({
    nodes,
    edges: chain(...nodes.map((n) => n.id)),
    fees: FEES,
    settings: { supplementPolicy: policy, cutoff },
  });
}

describe('supplement during processing', () => {
  const def = supplementable();

  it('the request sets every task aside, stops the clock and gives slip 02 with the reasons', () => {
    const { dossier, last } = run(def, [ACCEPT, REQUEST]);
    expect(dossier.status).toBe('awaiting_supplement');
    expect(dossier.supplementRequested).toBe(true);
    expect(dossier.tasks).toEqual([]);
    expect(dossier.pause).toMatchObject({
      since: at('2026-11-23T15:00'),
      phase: 'processing',
      reasons: ['Thiếu bản sao sổ đỏ', 'Ảnh mờ'],
    });
    expect(dossier.pause!.suspended).toMatchObject([
      { id: 't2', node: 'appraisal', dueAt: at('2026-11-24T09:00') },
    ]);
    expect(slips(last)).toEqual(['02']);
    expect(notified(last)).toEqual(['supplement_requested']);
    expect(closed(last)).toEqual([{ node: 'appraisal', outcome: 'suspended' }]);
    expect(timersCleared(last).sort()).toEqual(['dossier_due', 'dossier_warning', 'step_due:t2']);
  });

  it('pause: the due time moves by exactly the working time the dossier waited', () => {
    const before = run(def, [ACCEPT]).dossier;
    expect(before.dueAt).toBe(at('2026-11-26T09:00'));
    const { dossier, last } = run(def, [ACCEPT, REQUEST, supplement('2026-11-25T10:00')]);
    const waited = countWorkingTime(calendar(), at('2026-11-23T15:00'), at('2026-11-25T10:00'));
    expect(waited).toBe(12.5 * 3_600_000);
    expect(dossier.dueAt).toBe(addWorkingTime(calendar(), before.dueAt!, waited));
    expect(dossier.dueAt).toBe(at('2026-11-27T15:00'));
    expect([dossier.receivedAt, dossier.deemedReceivedAt]).toEqual([
      before.receivedAt,
      before.deemedReceivedAt,
    ]);
    expect(dossier.pause).toBeUndefined();
    expect(dossier.status).toBe('processing');
    // The appraisal reopens with the 3.5 working hours it had left.
    expect(opened(last)).toMatchObject([{ id: 't3', node: 'appraisal', dueAt: at('2026-11-25T15:00') }]);
    expect(timersSet(last)).toEqual([
      { id: 'dossier_due', kind: 'dossier_due', at: at('2026-11-27T15:00') },
      { id: 'dossier_warning', kind: 'dossier_warning', at: at('2026-11-26T15:00') },
      { id: 'step_due:t3', kind: 'step_due', at: at('2026-11-25T15:00'), node: 'appraisal' },
    ]);
  });

  it('pause: a supplement after the cut-off counts from the next working morning', () => {
    const { dossier } = run(def, [ACCEPT, REQUEST, supplement('2026-11-24T16:00')]);
    // Waited Mon 15:00 → Wed 07:30 = 10 working hours; Thu 09:00 + 10 h = Fri 11:00.
    expect(dossier.dueAt).toBe(at('2026-11-27T11:00'));
    expect(dossier.tasks[0].dueAt).toBe(at('2026-11-25T11:00'));
  });

  it('pause: the definition’s cut-off decides when a supplement is deemed received', () => {
    const late = supplementable('pause', '16:00');
    const { dossier } = run(late, [ACCEPT, REQUEST, supplement('2026-11-24T15:30')]);
    // Waited Mon 15:00 → Tue 15:30 = 8.5 working hours; Thu 09:00 + 8.5 h = Fri 09:30.
    expect(dossier.dueAt).toBe(at('2026-11-27T09:30'));
    expect(dossier.tasks[0].dueAt).toBe(at('2026-11-25T09:30'));
  });

  it('pause: a dossier already late when the request is made stays late by as much', () => {
    const { dossier } = run(def, [
      ACCEPT,
      { ...REQUEST, at: '2026-11-27T09:00' },
      supplement('2026-11-30T09:00'),
    ]);
    // Waited Fri 09:00 → Mon 09:00 = 8 working hours; Thu 09:00 + 8 h = Fri 09:00.
    expect(dossier.dueAt).toBe(at('2026-11-27T09:00'));
  });

  it('restart: the clock starts again from the deemed time of the supplement; the acceptance is kept', () => {
    const restart = supplementable('restart');
    const { dossier } = run(restart, [ACCEPT, REQUEST, supplement('2026-11-25T10:00')]);
    expect(dossier.receivedAt).toBe(at(ACCEPT.at));
    expect(dossier.deemedReceivedAt).toBe(at('2026-11-25T10:00'));
    expect(dossier.dueAt).toBe(at('2026-11-30T10:00'));
    const late = run(restart, [ACCEPT, REQUEST, supplement('2026-11-25T16:00')]).dossier;
    expect(late.receivedAt).toBe(at(ACCEPT.at));
    expect(late.deemedReceivedAt).toBe(at('2026-11-26T07:30'));
    expect(late.dueAt).toBe(at('2026-11-30T17:00'));
  });

  it('while waiting nothing else moves, and the due timers are stale', () => {
    const { dossier } = run(def, [ACCEPT, REQUEST]);
    refused(
      def,
      dossier,
      { at: '2026-11-24T09:00', action: 'complete', role: 'specialist' },
      'DOSSIER_AWAITING_SUPPLEMENT',
    );
    refused(def, dossier, { at: '2026-11-26T09:00', timer: 'dossier_due' }, 'TIMER_STALE');
    refused(def, dossier, { at: '2026-11-25T09:00', timer: 'dossier_warning' }, 'TIMER_STALE');
    refused(def, dossier, { at: '2026-11-24T09:00', timer: 'step_due:t2' }, 'TIMER_STALE');
  });

  it('the applicant or the counter supplements; nobody else', () => {
    const { dossier } = run(def, [ACCEPT, REQUEST]);
    refused(
      def,
      dossier,
      { at: '2026-11-24T09:00', action: 'supplement', role: 'specialist' },
      'ROLE_NOT_ALLOWED',
    );
    expect(
      run(def, [ACCEPT, REQUEST, { at: '2026-11-24T09:00', action: 'supplement', role: 'reception' }]).dossier
        .status,
    ).toBe('processing');
  });

  it('supplemented data is validated, kept, and the fees recomputed while unpaid', () => {
    const { dossier } = run(def, [ACCEPT, REQUEST]);
    const error = refused(
      def,
      dossier,
      supplement('2026-11-24T09:00', { data: { copies: 'hai', name: 'A' } }),
      'FORM_INVALID',
    );
    expect((error.details as { path: string }[]).map((e) => e.path)).toEqual(['/copies', '/name']);
    refused(def, dossier, supplement('2026-11-24T09:00', { data: [1] }), 'INPUT_INVALID');
    const done = run(def, [ACCEPT, REQUEST, supplement('2026-11-24T09:00', { data: { copies: 3 } })]).dossier;
    expect(done.data).toEqual({ name: 'Nguyễn Văn A', copies: 3 });
    expect(done.fees.total).toBe(24000);
    expect(done.history.at(-1)).toMatchObject({
      event: 'supplement',
      role: 'citizen',
      input: { data: { copies: 3 } },
    });
  });

  it('a supplement nobody asked for is refused', () => {
    const { dossier } = run(def, [ACCEPT]);
    refused(def, dossier, supplement('2026-11-24T09:00'), 'NOT_AWAITING_SUPPLEMENT');
  });

  it('the agency may ask only once during processing', () => {
    const { dossier } = run(def, [
      ACCEPT,
      REQUEST,
      supplement('2026-11-24T09:00'),
      { at: '2026-11-24T10:00', action: 'complete', role: 'specialist' },
    ]);
    expect(openNodes(dossier)).toEqual(['review']);
    const error = refused(
      def,
      dossier,
      { ...REQUEST, at: '2026-11-24T11:00' },
      'SUPPLEMENT_ALREADY_REQUESTED',
    );
    expect(error.message.vi).toContain('một lần');
  });

  it('requests at reception do not use up the one request during processing', () => {
    const { dossier } = run(def, [
      {
        at: '2026-11-23T08:30',
        action: 'request_supplement',
        role: 'reception',
        input: { reason: 'Thiếu tờ khai' },
      },
      supplement('2026-11-23T08:45'),
      ACCEPT,
      REQUEST,
    ]);
    expect(dossier.status).toBe('awaiting_supplement');
    expect(events(dossier)).toEqual([
      'submit',
      'request_supplement',
      'supplement',
      'accept',
      'request_supplement',
    ]);
  });

  it('every parallel branch waits, and every one reopens with its own remaining time', () => {
    const par = definition(
      fork(
        [
          node('a', 'task', {
            role: 'specialist',
            allowSupplement: true,
            allotment: { value: 1, unit: 'working_days' },
          }),
          node('b', 'task', { role: 'leader', allotment: { value: 2, unit: 'working_days' } }),
        ],
        [node('end', 'end')],
      ),
    );
    const { dossier, last } = run(par, [ACCEPT, REQUEST, supplement('2026-11-24T09:00')]);
    expect(closed(run(par, [ACCEPT, REQUEST]).last)).toEqual([
      { node: 'a', outcome: 'suspended' },
      { node: 'b', outcome: 'suspended' },
    ]);
    expect(opened(last).map((t) => [t.node, t.dueAt])).toEqual([
      ['a', at('2026-11-24T14:00')],
      ['b', at('2026-11-25T14:00')],
    ]);
    expect(dossier.tasks.map((t) => t.id)).toEqual(['t4', 't5']);
  });
});
