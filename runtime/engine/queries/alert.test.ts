import { describe, expect, it } from 'vitest';
import { at, calendar, definition, run } from '../../../test/engine/support/builder.ts';
import { dossierAlert } from './alert.ts';

const cal = calendar();
const def = definition();
// Accepted Monday 23/11/2026 09:00: three working days, due Thursday 26/11 at 09:00.
const accepted = run(def, [{ at: '2026-11-23T09:00', action: 'accept', role: 'reception' }]).dossier;
const alertAt = (d: typeof accepted, iso: string) => dossierAlert(d, { now: at(iso), calendar: cal });

describe('dossierAlert', () => {
  it('is on track until one working day before the due time, due soon then, overdue after it', () => {
    expect(accepted.dueAt).toBe(at('2026-11-26T09:00'));
    expect(alertAt(accepted, '2026-11-25T08:59')).toBe('on_track');
    expect(alertAt(accepted, '2026-11-25T09:00')).toBe('due_soon');
    expect(alertAt(accepted, '2026-11-26T09:00')).toBe('due_soon');
    expect(alertAt(accepted, '2026-11-26T09:01')).toBe('overdue');
  });

  it('counts working time only: a weekend does not bring the due time nearer', () => {
    const friday = run(def, [{ at: '2026-11-27T09:00', action: 'accept', role: 'reception' }], {
      at: '2026-11-27T08:00',
    }).dossier;
    // Due Wednesday 02/12 at 09:00; its last working day starts Tuesday 09:00.
    expect(alertAt(friday, '2026-11-30T16:00')).toBe('on_track');
    expect(alertAt(friday, '2026-12-01T09:00')).toBe('due_soon');
  });

  it('is on track before acceptance (no clock yet) and stands still while the applicant supplements', () => {
    expect(alertAt(run(def).dossier, '2027-01-01T09:00')).toBe('on_track');
    const paused = run(def, [
      { at: '2026-11-23T09:00', action: 'accept', role: 'reception' },
      {
        at: '2026-11-23T10:00',
        action: 'request_supplement',
        role: 'specialist',
        input: { reason: 'Thiếu giấy' },
      },
    ]).dossier;
    expect(alertAt(paused, '2027-01-01T09:00')).toBe('on_track');
  });

  it('judges an issued result at its time, and an extended dossier against the original due time only', () => {
    const issued = run(def, [
      { at: '2026-11-23T09:00', action: 'accept', role: 'reception' },
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' },
      { at: '2026-11-23T11:00', action: 'approve', role: 'leader' },
      { at: '2026-11-23T12:00', action: 'issue_result', role: 'leader' },
    ]).dossier;
    expect(alertAt(issued, '2026-12-20T09:00')).toBe('on_track');
    const extended = run(def, [
      { at: '2026-11-23T09:00', action: 'accept', role: 'reception' },
      {
        at: '2026-11-24T09:00',
        action: 'extend',
        role: 'leader',
        input: { reason: 'Cần xác minh', promisedAt: '2026-12-03T09:00' },
      },
    ]).dossier;
    expect(alertAt(extended, '2026-11-25T10:00')).toBe('on_track');
    expect(alertAt(extended, '2026-11-26T10:00')).toBe('overdue');
  });
});
