import { describe, expect, it } from 'vitest';
import {
  at,
  definition,
  events,
  ofType,
  openNodes,
  refused,
  run,
  timersSet,
  UNIT,
  ACCEPT,
} from '../../test/engine/support/builder.ts';

describe('dossier timers', () => {
  const def = definition();

  it('the warning fires one working day before the due time and tells the leader and the holders', () => {
    const { dossier, last } = run(def, [ACCEPT, { at: '2026-11-25T09:00', timer: 'dossier_warning' }]);
    expect(dossier.history.at(-1)).toMatchObject({
      event: 'due_warning',
      role: 'system',
      at: at('2026-11-25T09:00'),
    });
    expect(ofType(last, 'notification').map((n) => [n.template, n.to])).toEqual([
      ['dossier_due_soon', { role: 'leader', unit: UNIT }],
      ['dossier_due_soon', { role: 'specialist', unit: UNIT }],
    ]);
    expect(openNodes(dossier)).toEqual(['appraisal']);
  });

  it('the due timer records the dossier as overdue; the work goes on and finishes late', () => {
    const { dossier, last } = run(def, [ACCEPT, { at: '2026-11-26T09:00', timer: 'dossier_due' }]);
    expect(events(dossier)).toEqual(['submit', 'accept', 'overdue']);
    expect(ofType(last, 'notification').map((n) => n.template)).toEqual([
      'dossier_overdue',
      'dossier_overdue',
    ]);
    expect(dossier.status).toBe('received');
  });

  it('a timer whose time has not come is stale', () => {
    const { dossier } = run(def, [ACCEPT]);
    refused(def, dossier, { at: '2026-11-26T08:59', timer: 'dossier_due' }, 'TIMER_STALE');
    refused(def, dossier, { at: '2026-11-25T08:59', timer: 'dossier_warning' }, 'TIMER_STALE');
  });

  it('no warning is set when the due time is less than a working day away', () => {
    const sameDay = definition({ processingTime: { value: 0, unit: 'working_days' } });
    const { last } = run(sameDay, [ACCEPT]);
    expect(timersSet(last)).toEqual([{ id: 'dossier_due', kind: 'dossier_due', at: at('2026-11-23T17:00') }]);
  });

  it('before acceptance there is no due time: dossier timers are stale', () => {
    const { dossier } = run(def);
    refused(def, dossier, { at: '2026-11-26T09:00', timer: 'dossier_due' }, 'TIMER_STALE');
  });

  it('unknown or malformed timers are stale, never a crash', () => {
    const { dossier } = run(def, [ACCEPT]);
    for (const timer of ['nope', 'step_due', 'step_due:t99', 'reply_due:t2', 'step_due:t1', ':', '']) {
      refused(def, dossier, { at: '2026-11-30T09:00', timer }, 'TIMER_STALE');
    }
    refused(def, dossier, { at: '2026-11-30T09:00', timer: 42 as never }, 'TIMER_STALE');
  });

  it('a step timer for a task without a due time is stale', () => {
    const { dossier } = run(def, [ACCEPT]);
    refused(def, dossier, { at: '2026-11-30T09:00', timer: 'step_due:t2' }, 'TIMER_STALE');
  });
});
