import { describe, expect, it } from 'vitest';
import {
  at,
  chain,
  definition,
  edge,
  node,
  notified,
  openNodes,
  run,
  timersCleared,
  ACCEPT,
  fork,
} from '../../../test/engine/support/builder.ts';

/** reception → appraisal (outcomes) → route ⇒ by outcome to an end of each kind. */
function endings() {
  const nodes = [
    node('start', 'start'),
    node('reception', 'reception'),
    node('appraisal', 'task', { role: 'specialist', outcomes: ['ok', 'refuse', 'stop', 'withdraw'] }),
    node('route', 'decision'),
    node('issued', 'end'),
    node('refused', 'end', { outcome: 'refused' }),
    node('stopped', 'end', { outcome: 'stopped' }),
    node('withdrawn', 'end', { outcome: 'withdrawn' }),
  ];
  const is = (value: string) => ({ '==': [{ var: '$dossier.outcomes.appraisal' }, value] });
  const edges = [
    ...chain('start', 'reception', 'appraisal', 'route'),
    edge('route', 'refused', is('refuse')),
    edge('route', 'stopped', is('stop')),
    edge('route', 'withdrawn', is('withdraw')),
    edge('route', 'issued'),
  ];
  return definition({ nodes, edges });
}

const finish = (outcome: string) =>
  run(endings(), [
    ACCEPT,
    { at: '2026-11-24T10:00', action: 'complete', role: 'specialist', input: { outcome } },
  ]);

describe('end', () => {
  it('issued: completes the dossier, clears its timers and fixes the timing on the finish time', () => {
    const { dossier, last } = finish('ok');
    expect(dossier).toMatchObject({
      status: 'completed',
      outcome: 'issued',
      timing: 'early',
      finishedAt: at('2026-11-24T10:00'),
      tasks: [],
    });
    expect(notified(last)).toEqual(['finished_issued']);
    expect(timersCleared(last)).toEqual(['dossier_due', 'dossier_warning']);
  });

  it('each configured outcome gives its status', () => {
    expect(finish('refuse').dossier).toMatchObject({ status: 'refused', outcome: 'refused' });
    expect(finish('stop').dossier).toMatchObject({ status: 'stopped', outcome: 'stopped' });
    expect(finish('withdraw').dossier).toMatchObject({ status: 'withdrawn', outcome: 'withdrawn' });
    expect(notified(finish('stop').last)).toEqual(['finished_stopped']);
  });

  it('an issued end reached by one branch leaves the dossier open while another branch waits at a join', () => {
    // b feeds a join together with a; a also reaches its own end directly through split2.
    const { nodes, edges } = fork([
      node('a', 'task', { role: 'specialist' }),
      node('b', 'task', { role: 'leader' }),
    ]);
    const def = definition({
      nodes: [
        ...nodes,
        node('split2', 'parallel'),
        node('joined', 'join'),
        node('endA', 'end'),
        node('end', 'end'),
      ],
      edges: [
        ...edges,
        edge('a', 'split2'),
        edge('split2', 'endA'),
        edge('split2', 'joined'),
        edge('b', 'joined'),
        edge('joined', 'end'),
      ],
    });
    const specialist = { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' } as const;
    const leader = { at: '2026-11-23T10:00', action: 'complete', role: 'leader' } as const;
    // Either branch first. a first: it reaches endA while b is still open, and endA must not finish the dossier.
    // b first: its branch waits at the join, so when a reaches endA nothing but the join holds the dossier open.
    const orders = [
      { first: specialist, then: leader, waiting: 'b' },
      { first: leader, then: specialist, waiting: 'a' },
    ];
    for (const { first, then, waiting } of orders) {
      const one = run(def, [ACCEPT, first]);
      expect(one.dossier.status, first.role).toBe('processing');
      expect(one.dossier.outcome, first.role).toBeUndefined();
      expect(openNodes(one.dossier), first.role).toEqual([waiting]);
      const both = run(def, [ACCEPT, first, { ...then, at: '2026-11-23T11:00' }]);
      expect(both.dossier, first.role).toMatchObject({ status: 'completed', outcome: 'issued', tasks: [] });
      // endA did not finish the dossier early: it is finished once, when the join's branch reaches `end`.
      expect(
        notified(both.effects).filter((n) => n.startsWith('finished_')),
        first.role,
      ).toEqual(['finished_issued']);
    }
  });
});
