import { describe, expect, it } from 'vitest';
import { simulate } from './simulate.ts';
import { at, chain, DATA, definition, node } from '../../test/engine/support/builder.ts';

/** reception → appraisal (2 working hours) → end; due in 1 working day. */
const def = definition({
  nodes: [
    node('start', 'start'),
    node('reception', 'reception'),
    node('appraisal', 'task', { role: 'specialist', allotment: { value: 2, unit: 'working_hours' } }),
    node('end', 'end'),
  ],
  edges: chain('start', 'reception', 'appraisal', 'end'),
  processingTime: { value: 1, unit: 'working_days' },
});
const accept = { at: '2026-11-23T09:00', role: 'reception', action: 'accept' };

describe('simulate', () => {
  it('fires each timer when its time comes, before a later step, and drops the stale ones', () => {
    const result = simulate(def, {
      submit: { at: '2026-11-23T08:00', data: DATA },
      steps: [accept, { at: '2026-11-23T14:00', role: 'specialist', action: 'complete' }],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dossier.history.map((h) => [h.event, h.at])).toEqual([
      ['submit', at('2026-11-23T08:00')],
      ['accept', at('2026-11-23T09:00')],
      ['step_overdue', at('2026-11-23T11:00')],
      ['complete', at('2026-11-23T14:00')],
    ]);
    expect(result.dossier.status).toBe('completed');
  });

  it('lets time run to `until`, so that the due timers fire', () => {
    const result = simulate(def, {
      submit: { at: '2026-11-23T08:00', data: DATA },
      steps: [accept],
      until: '2026-11-25T08:00',
    });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.dossier.history.map((h) => h.event)).toEqual([
      'submit',
      'accept',
      'step_overdue',
      'overdue',
    ]);
    expect(result.dossier.history.at(-1)!.at).toBe(at('2026-11-24T09:00'));
  });

  it('reports the step that failed, with the dossier as it was', () => {
    const result = simulate(def, {
      submit: { at: '2026-11-23T08:00', data: DATA },
      steps: [accept, { at: '2026-11-23T10:00', role: 'leader', action: 'complete' }],
    });
    expect(result).toMatchObject({
      ok: false,
      step: 1,
      error: { code: 'ROLE_NOT_ALLOWED' },
      dossier: { status: 'received' },
    });
  });

  it('refuses steps out of time order, bad times, a bad calendar and a bad submission', () => {
    expect(
      simulate(def, {
        submit: { at: '2026-11-23T08:00', data: DATA },
        steps: [{ ...accept, at: '2026-11-23T07:00' }],
      }),
    ).toMatchObject({ ok: false, step: 0, error: { code: 'SCENARIO_TIME_ORDER' } });
    expect(simulate(def, { submit: { at: 'yesterday', data: DATA } })).toMatchObject({
      ok: false,
      step: 'submit',
      error: { code: 'SCENARIO_BAD_TIME' },
    });
    expect(simulate(def, { submit: { at: '2026-11-23T08:00', data: DATA }, until: 'later' })).toMatchObject({
      ok: false,
      step: 'until',
    });
    expect(
      simulate(def, { calendar: { weekdays: [] }, submit: { at: '2026-11-23T08:00', data: DATA } }),
    ).toMatchObject({ ok: false, step: 'calendar' });
    expect(simulate(def, { submit: { at: '2026-11-23T08:00', data: {} } })).toMatchObject({
      ok: false,
      step: 'submit',
      error: { code: 'FORM_INVALID' },
    });
  });

  it('refuses a scenario of the wrong shape with its path, rather than failing on it', () => {
    const scenario = { submit: { at: '2026-11-23T08:00', data: DATA }, steps: [null] } as never;
    expect(simulate(def, scenario)).toMatchObject({
      ok: false,
      step: 'scenario',
      error: { code: 'SCENARIO_INVALID', path: '/steps/0' },
    });
    const result = simulate(def, 'not a scenario' as never);
    if (result.ok) throw new Error('accepted a string as a scenario');
    expect(result.error.message.en).toMatch(/^Invalid scenario at \/: The scenario must be/);
  });

  it('uses the scenario’s calendar: a make-up Saturday is worked', () => {
    const result = simulate(def, {
      calendar: { workingDays: ['2026-11-28'] },
      submit: { at: '2026-11-27T08:00', data: DATA },
      steps: [{ ...accept, at: '2026-11-27T16:00' }],
    });
    if (!result.ok) throw new Error(result.error.code);
    expect(result.dossier.deemedReceivedAt).toBe(at('2026-11-28T07:30'));
  });
});
