import { describe, expect, it } from 'vitest';
import {
  at,
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
  timersCleared,
  timersSet,
  UNIT,
  ACCEPT,
} from '../../../test/engine/support/builder.ts';

function withAppraisal(config: Record<string, unknown>) {
  const nodes = [
    node('start', 'start'),
    node('reception', 'reception'),
    node('appraisal', 'task', config),
    node('issue', 'result'),
    node('deliver', 'delivery'),
    node('end', 'end'),
  ];
  return definition({ nodes, edges: chain(...nodes.map((n) => n.id)) });
}

describe('task', () => {
  it('opens for its role and unit with a due time from its allotment, and a step timer', () => {
    const def = withAppraisal({
      role: 'specialist',
      unit: 'PHONG_TP',
      allotment: { value: 2, unit: 'working_hours' },
    });
    const { dossier, last } = run(def, [ACCEPT]);
    const [task] = opened(last);
    expect(task).toEqual({
      id: 't2',
      node: 'appraisal',
      role: 'specialist',
      unit: 'PHONG_TP',
      openedAt: at('2026-11-23T09:00'),
      dueAt: at('2026-11-23T11:00'),
      kind: 'work',
    });
    expect(dossier.tasks).toEqual([task]);
    expect(timersSet(last)).toContainEqual({
      id: 'step_due:t2',
      kind: 'step_due',
      at: at('2026-11-23T11:00'),
      node: 'appraisal',
    });
    expect(notified(last)).toContain('task_assigned');
  });

  it('an allotment in working days runs over the lunch break and the weekend', () => {
    const def = withAppraisal({ role: 'specialist', allotment: { value: 1, unit: 'working_days' } });
    const { dossier } = run(def, [{ ...ACCEPT, at: '2026-11-27T14:00' }]);
    expect(dossier.tasks[0].dueAt).toBe(at('2026-11-30T14:00'));
  });

  it('without an allotment there is no due time and no timer', () => {
    const { dossier, last } = run(withAppraisal({ role: 'specialist' }), [ACCEPT]);
    expect(dossier.tasks[0].dueAt).toBeUndefined();
    expect(timersSet(last).filter((t) => t.kind === 'step_due')).toEqual([]);
  });

  it('complete closes the task, clears its timer, moves on and marks the dossier as taken up', () => {
    const def = withAppraisal({ role: 'specialist', allotment: { value: 2, unit: 'working_hours' } });
    const { dossier, last } = run(def, [
      ACCEPT,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' },
    ]);
    expect(closed(last)).toEqual([{ node: 'appraisal', outcome: 'completed' }]);
    expect(timersCleared(last)).toEqual(['step_due:t2']);
    expect(openNodes(dossier)).toEqual(['issue']);
    expect(dossier.status).toBe('processing');
    expect(dossier.taken).toBe(true);
    expect(dossier.history.at(-1)).toMatchObject({
      event: 'complete',
      node: 'appraisal',
      unit: UNIT,
      role: 'specialist',
    });
  });

  it('the role configured holds the task; another role may not complete it', () => {
    const def = withAppraisal({ role: 'leader' });
    const { dossier } = run(def, [ACCEPT]);
    expect(dossier.tasks[0].role).toBe('leader');
    const error = refused(
      def,
      dossier,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' },
      'ROLE_NOT_ALLOWED',
    );
    expect(error.path).toBe('/role');
  });

  it('with outcomes configured, complete needs one of them and records it', () => {
    const def = withAppraisal({ role: 'specialist', outcomes: ['simple', 'complex'] });
    const { dossier } = run(def, [ACCEPT]);
    const complete = (input?: Record<string, unknown>) => ({
      at: '2026-11-23T10:00',
      action: 'complete',
      role: 'specialist',
      input,
    });
    expect(refused(def, dossier, complete(), 'INPUT_INVALID').path).toBe('/input/outcome');
    refused(def, dossier, complete({ outcome: 'other' }), 'INPUT_INVALID');
    refused(def, dossier, complete({ outcome: 7 }), 'INPUT_INVALID');
    const done = run(def, [ACCEPT, complete({ outcome: 'complex' })]);
    expect(done.dossier.outcomes).toEqual({ appraisal: 'complex' });
    expect(closed(done.last)).toEqual([{ node: 'appraisal', outcome: 'complex' }]);
  });

  it('without outcomes configured, an outcome given is still recorded', () => {
    const done = run(withAppraisal({ role: 'specialist' }), [
      ACCEPT,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist', input: { outcome: 'ok' } },
    ]);
    expect(done.dossier.outcomes).toEqual({ appraisal: 'ok' });
  });

  it('request_supplement and refuse are offered only when the task allows them', () => {
    const def = withAppraisal({ role: 'specialist' });
    const { dossier } = run(def, [ACCEPT]);
    const input = { reason: 'Thiếu bản vẽ' };
    refused(
      def,
      dossier,
      { at: '2026-11-23T10:00', action: 'request_supplement', role: 'specialist', input },
      'ACTION_NOT_AVAILABLE',
    );
    refused(
      def,
      dossier,
      { at: '2026-11-23T10:00', action: 'refuse', role: 'specialist', input },
      'ACTION_NOT_AVAILABLE',
    );
  });

  it('refusal after appraisal gives no slip 03, notifies the applicant, and has no timing class', () => {
    const def = withAppraisal({ role: 'specialist', allowRefuse: true });
    const { dossier, last } = run(def, [
      ACCEPT,
      {
        at: '2026-11-24T10:00',
        action: 'refuse',
        role: 'specialist',
        input: { reasons: ['Không đủ điều kiện'] },
      },
    ]);
    expect(dossier).toMatchObject({ status: 'refused', outcome: 'refused', tasks: [] });
    expect(dossier.timing).toBeUndefined();
    expect(last.some((e) => e.type === 'slip')).toBe(false);
    expect(notified(last)).toEqual(['refused']);
    expect(timersCleared(last)).toEqual(['dossier_due', 'dossier_warning']);
    expect(events(dossier)).toEqual(['submit', 'accept', 'refuse']);
  });

  it('a step_due timer records the overdue step and tells its holder; the task stays open', () => {
    const def = withAppraisal({ role: 'specialist', allotment: { value: 2, unit: 'working_hours' } });
    const { dossier, last } = run(def, [ACCEPT, { at: '2026-11-23T11:00', timer: 'step_due:t2' }]);
    expect(dossier.history.at(-1)).toMatchObject({
      event: 'step_overdue',
      role: 'system',
      node: 'appraisal',
      unit: UNIT,
    });
    expect(last).toContainEqual(
      expect.objectContaining({
        type: 'notification',
        template: 'step_overdue',
        to: { role: 'specialist', unit: UNIT },
      }),
    );
    expect(openNodes(dossier)).toEqual(['appraisal']);
  });
});
