import { describe, expect, it } from 'vitest';
import {
  ACCEPT,
  at,
  definition,
  notified,
  run,
  timersCleared,
  timersSet,
  withConfig,
} from '../../../test/engine/support/builder.ts';
import { lint } from '../lint/index.ts';

/** The judicial record's rule (DOMAIN §11): 10 working days, 15 when the appraisal finds verification is needed. */
const def = definition({
  nodes: withConfig('appraisal', {
    role: 'specialist',
    outcomes: ['simple', 'needs_verification'],
    allowSupplement: true,
  }),
  processingTime: {
    rule: { if: [{ '==': [{ var: '$dossier.outcomes.appraisal' }, 'needs_verification'] }, 15, 10] },
    unit: 'working_days',
  },
});
const complete = (outcome: string, when = '2026-11-24T10:00') =>
  ({ at: when, action: 'complete', role: 'specialist', input: { outcome } }) as const;

describe('a processing time chosen by an officer’s outcome', () => {
  it('lints clean: the processing time rule may read the outcomes', () => {
    expect(lint(def).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('an outcome that keeps the time leaves the due time and its timers alone', () => {
    const { dossier, last } = run(def, [ACCEPT, complete('simple')]);
    expect(dossier.dueAt).toBe(at('2026-12-07T09:00'));
    expect(timersSet(last).filter((t) => t.id.startsWith('dossier'))).toEqual([]);
    expect(notified(last)).not.toContain('due_changed');
  });

  it('"needs verification" sets 15 working days from the clock’s start: due time, timers, the applicant told', () => {
    const { dossier, last } = run(def, [ACCEPT, complete('needs_verification')]);
    expect(dossier.processingTime).toEqual({ value: 15, unit: 'working_days' });
    expect(dossier.dueAt).toBe(at('2026-12-14T09:00'));
    expect(timersCleared(last)).toEqual(expect.arrayContaining(['dossier_due', 'dossier_warning']));
    expect(timersSet(last)).toContainEqual({
      id: 'dossier_due',
      kind: 'dossier_due',
      at: at('2026-12-14T09:00'),
    });
    expect(notified(last)).toContain('due_changed');
  });

  it('keeps the working time a supplement paused the clock', () => {
    const { dossier } = run(def, [
      ACCEPT,
      {
        at: '2026-11-24T09:00',
        action: 'request_supplement',
        role: 'specialist',
        input: { reasons: ['Thiếu giấy tờ'] },
      },
      { at: '2026-11-25T09:00', action: 'supplement', role: 'citizen' },
    ]);
    // One working day waited: 10 working days end a day later.
    expect(dossier.dueAt).toBe(at('2026-12-08T09:00'));
    const verified = run(def, [
      ACCEPT,
      {
        at: '2026-11-24T09:00',
        action: 'request_supplement',
        role: 'specialist',
        input: { reasons: ['Thiếu giấy tờ'] },
      },
      { at: '2026-11-25T09:00', action: 'supplement', role: 'citizen' },
      complete('needs_verification', '2026-11-25T10:00'),
    ]);
    expect(verified.dossier.dueAt).toBe(at('2026-12-15T09:00'));
  });
});
