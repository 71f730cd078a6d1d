import { describe, expect, it } from 'vitest';
import { ofType, ACCEPT } from '../../../test/engine/support/builder.ts';
import {
  at,
  chain,
  closed,
  definition,
  edge,
  node,
  notified,
  openNodes,
  refused,
  run,
  timersCleared,
  timersSet,
  UNIT,
} from '../../../test/engine/support/builder.ts';

function withInteragency(config: Record<string, unknown>, decide = false) {
  const nodes = [
    node('start', 'start'),
    node('reception', 'reception'),
    node('other', 'interagency', config),
    ...(decide ? [node('route', 'decision'), node('rework', 'task', { role: 'specialist' })] : []),
    node('issue', 'result'),
    node('deliver', 'delivery'),
    node('end', 'end'),
  ];
  const edges = decide
    ? [
        ...chain('start', 'reception', 'other', 'route'),
        edge('route', 'rework', { '!': [{ var: '$dossier.replies.other' }] }),
        edge('route', 'issue'),
        edge('rework', 'issue'),
        ...chain('issue', 'deliver', 'end'),
      ]
    : chain(...nodes.map((n) => n.id));
  return definition({ nodes, edges });
}

describe('interagency handoff', () => {
  const def = withInteragency({
    unit: 'CA_TINH',
    role: 'specialist',
    allotment: { value: 1, unit: 'working_days' },
  });

  it('hands the task to the other unit with its own time slice', () => {
    const { dossier, last } = run(def, [ACCEPT]);
    expect(dossier.tasks).toEqual([
      expect.objectContaining({
        node: 'other',
        unit: 'CA_TINH',
        role: 'specialist',
        dueAt: at('2026-11-24T09:00'),
        kind: 'work',
      }),
    ]);
    expect(last).toContainEqual(
      expect.objectContaining({
        type: 'notification',
        template: 'task_assigned',
        to: { role: 'specialist', unit: 'CA_TINH' },
      }),
    );
  });

  it('only the other unit completes it', () => {
    const { dossier } = run(def, [ACCEPT]);
    refused(
      def,
      dossier,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist', unit: UNIT },
      'UNIT_NOT_ALLOWED',
    );
    refused(
      def,
      dossier,
      { at: '2026-11-23T10:00', action: 'consult', role: 'specialist' },
      'ACTION_NOT_AVAILABLE',
    );
    const done = run(def, [
      ACCEPT,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist', unit: 'CA_TINH' },
    ]);
    expect(closed(done.last)).toEqual([{ node: 'other', outcome: 'completed' }]);
    expect(openNodes(done.dossier)).toEqual(['issue']);
    expect(done.dossier.history.at(-1)).toMatchObject({ event: 'complete', unit: 'CA_TINH' });
  });
});

describe('interagency consultation', () => {
  const config = {
    mode: 'consult',
    unit: 'SO_TC',
    role: 'specialist',
    allotment: { value: 1, unit: 'working_days' },
  };
  const consult = {
    at: '2026-11-23T10:00',
    action: 'consult',
    role: 'specialist',
    input: { question: 'Có ý kiến gì không?' },
  } as const;

  it('the handling unit’s specialist sends the question; a reply task opens for the other unit with a reply deadline', () => {
    const def = withInteragency(config);
    const before = run(def, [ACCEPT]);
    expect(before.dossier.tasks).toMatchObject([
      { node: 'other', unit: UNIT, role: 'specialist', kind: 'work' },
    ]);
    refused(
      def,
      before.dossier,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' },
      'ACTION_NOT_AVAILABLE',
    );
    refused(
      def,
      before.dossier,
      { at: '2026-11-23T10:00', action: 'reply', role: 'specialist', input: { agree: true } },
      'ACTION_NOT_AVAILABLE',
    );

    const { dossier, last } = run(def, [ACCEPT, consult]);
    expect(closed(last)).toEqual([{ node: 'other', outcome: 'consulted' }]);
    expect(dossier.tasks).toEqual([
      {
        id: 't3',
        node: 'other',
        role: 'specialist',
        unit: 'SO_TC',
        openedAt: at('2026-11-23T10:00'),
        dueAt: at('2026-11-24T10:00'),
        kind: 'reply',
      },
    ]);
    expect(timersSet(last)).toEqual([
      { id: 'reply_due:t3', kind: 'reply_due', at: at('2026-11-24T10:00'), node: 'other' },
    ]);
    expect(dossier.consultations).toEqual([
      {
        node: 'other',
        unit: 'SO_TC',
        askedAt: at('2026-11-23T10:00'),
        dueAt: at('2026-11-24T10:00'),
        question: 'Có ý kiến gì không?',
      },
    ]);
  });

  it('the other unit replies; agree goes straight on', () => {
    const def = withInteragency(config, true);
    const before = run(def, [ACCEPT, consult]).dossier;
    refused(
      def,
      before,
      { at: '2026-11-23T11:00', action: 'reply', role: 'specialist', unit: UNIT, input: { agree: true } },
      'UNIT_NOT_ALLOWED',
    );
    refused(
      def,
      before,
      { at: '2026-11-23T11:00', action: 'reply', role: 'specialist', unit: 'SO_TC' },
      'INPUT_INVALID',
    );
    refused(
      def,
      before,
      { at: '2026-11-23T11:00', action: 'reply', role: 'specialist', unit: 'SO_TC', input: { agree: 'yes' } },
      'INPUT_INVALID',
    );
    const { dossier, last } = run(def, [
      ACCEPT,
      consult,
      {
        at: '2026-11-23T11:00',
        action: 'reply',
        role: 'specialist',
        unit: 'SO_TC',
        input: { agree: true, text: 'Đồng ý' },
      },
    ]);
    expect(dossier.consultations[0].reply).toEqual({
      at: at('2026-11-23T11:00'),
      agree: true,
      text: 'Đồng ý',
      bySilence: false,
    });
    expect(closed(last)).toEqual([{ node: 'other', outcome: 'agreed' }]);
    expect(timersCleared(last)).toEqual(['reply_due:t3']);
    expect(openNodes(dossier)).toEqual(['issue']);
  });

  it('a disagreement is recorded and routing can read it from $dossier.replies', () => {
    const def = withInteragency(config, true);
    const { dossier, last } = run(def, [
      ACCEPT,
      consult,
      { at: '2026-11-23T11:00', action: 'reply', role: 'specialist', unit: 'SO_TC', input: { agree: false } },
    ]);
    expect(dossier.consultations[0].reply).toMatchObject({ agree: false, bySilence: false });
    expect(closed(last)).toEqual([{ node: 'other', outcome: 'disagreed' }]);
    expect(openNodes(dossier)).toEqual(['rework']);
  });

  it('silence by the reply deadline counts as agreement when so configured', () => {
    const def = withInteragency(config, true);
    const { dossier, last } = run(def, [ACCEPT, consult, { at: '2026-11-24T10:00', timer: 'reply_due:t3' }]);
    expect(dossier.history.at(-1)).toMatchObject({
      event: 'consult_timeout',
      role: 'system',
      node: 'other',
      unit: 'SO_TC',
    });
    expect(dossier.consultations[0].reply).toEqual({
      at: at('2026-11-24T10:00'),
      agree: true,
      bySilence: true,
    });
    expect(closed(last)).toEqual([{ node: 'other', outcome: 'agreed' }]);
    expect(openNodes(dossier)).toEqual(['issue']);
  });

  it('when silence is not agreement the handling unit is told and the reply stays awaited', () => {
    const def = withInteragency({ ...config, silenceMeansAgreement: false });
    const { dossier, last } = run(def, [ACCEPT, consult, { at: '2026-11-24T10:00', timer: 'reply_due:t3' }]);
    expect(notified(last)).toEqual(['consult_overdue']);
    expect(ofType(last, 'notification')[0].to).toEqual({ role: 'specialist', unit: UNIT });
    expect(dossier.consultations[0].reply).toBeUndefined();
    expect(dossier.tasks).toMatchObject([{ id: 't3', kind: 'reply', unit: 'SO_TC' }]);
    const late = run(def, [
      ACCEPT,
      consult,
      { at: '2026-11-24T10:00', timer: 'reply_due:t3' },
      { at: '2026-11-25T10:00', action: 'reply', role: 'specialist', unit: 'SO_TC', input: { agree: true } },
    ]);
    expect(openNodes(late.dossier)).toEqual(['issue']);
  });

  it('a reply timer that has already been answered is stale', () => {
    const def = withInteragency(config);
    const { dossier } = run(def, [
      ACCEPT,
      consult,
      { at: '2026-11-23T11:00', action: 'reply', role: 'specialist', unit: 'SO_TC', input: { agree: true } },
    ]);
    refused(def, dossier, { at: '2026-11-24T10:00', timer: 'reply_due:t3' }, 'TIMER_STALE');
  });

  it('a reply deadline timer naming the work task, not the reply task, is stale', () => {
    const def = withInteragency(config);
    const { dossier } = run(def, [ACCEPT]);
    refused(def, dossier, { at: '2026-11-24T10:00', timer: 'reply_due:t2' }, 'TIMER_STALE');
  });
});
