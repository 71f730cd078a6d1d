import { describe, expect, it } from 'vitest';
import {
  chain,
  closed,
  definition,
  edge,
  fork,
  node,
  openNodes,
  refused,
  run,
  timersCleared,
  ACCEPT,
} from '../../../test/engine/support/builder.ts';

/** reception → split ⇒ police (unit CA) ∥ insurance (unit BHXH) → joined → issue → deliver → end. */
function parallelProcess() {
  return definition(
    fork(
      [
        node('police', 'task', {
          role: 'specialist',
          unit: 'CA',
          allotment: { value: 1, unit: 'working_days' },
        }),
        node('insurance', 'task', {
          role: 'specialist',
          unit: 'BHXH',
          allotment: { value: 2, unit: 'working_days' },
        }),
      ],
      [node('issue', 'result'), node('deliver', 'delivery'), node('end', 'end')],
    ),
  );
}

describe('parallel split and join', () => {
  const def = parallelProcess();

  it('opens every branch at once, each for its own unit and with its own due time', () => {
    const { dossier } = run(def, [ACCEPT]);
    expect(dossier.tasks).toMatchObject([
      { id: 't2', node: 'police', unit: 'CA' },
      { id: 't3', node: 'insurance', unit: 'BHXH' },
    ]);
    expect(dossier.tasks[0].dueAt).toBeLessThan(dossier.tasks[1].dueAt!);
  });

  it('the join waits until every branch has arrived, then goes on once', () => {
    const one = run(def, [
      ACCEPT,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist', unit: 'CA' },
    ]);
    expect(openNodes(one.dossier)).toEqual(['insurance']);
    expect(one.dossier.joins).toEqual({ joined: ['police__joined'] });
    expect(one.dossier.status).toBe('processing');

    const both = run(def, [
      ACCEPT,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist', unit: 'CA' },
      { at: '2026-11-24T10:00', action: 'complete', role: 'specialist', node: 'insurance' },
    ]);
    expect(openNodes(both.dossier)).toEqual(['issue']);
    expect(both.dossier.joins).toEqual({});
    expect(closed(both.last)).toEqual([{ node: 'insurance', outcome: 'completed' }]);
    expect(timersCleared(both.last)).toEqual(['step_due:t3']);
  });

  it('the order the branches finish in does not matter', () => {
    const { dossier } = run(def, [
      ACCEPT,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist', node: 'insurance' },
      { at: '2026-11-23T11:00', action: 'complete', role: 'specialist', node: 'police' },
      { at: '2026-11-23T13:00', action: 'issue_result', role: 'leader' },
      { at: '2026-11-23T14:00', action: 'deliver_result', role: 'reception', input: { method: 'online' } },
    ]);
    expect(dossier.status).toBe('completed');
  });

  it('the same action offered to the same role by two branches needs the node named', () => {
    const { dossier } = run(def, [ACCEPT]);
    const error = refused(
      def,
      dossier,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' },
      'NODE_REQUIRED',
    );
    expect(error.path).toBe('/node');
    refused(
      def,
      dossier,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist', unit: 'UBND' },
      'UNIT_NOT_ALLOWED',
    );
    refused(
      def,
      dossier,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist', node: 'issue' },
      'ACTION_NOT_AVAILABLE',
    );
  });
});

describe('branches without a join', () => {
  function forked(outcomeA: string) {
    const { nodes, edges } = fork([
      node('a', 'task', { role: 'specialist' }),
      node('b', 'task', { role: 'leader' }),
    ]);
    return definition({
      nodes: [...nodes, node('endA', 'end', { outcome: outcomeA }), node('endB', 'end')],
      edges: [...edges, edge('a', 'endA'), edge('b', 'endB')],
    });
  }

  it('an issued end waits for the other branches', () => {
    const def = forked('issued');
    const first = run(def, [ACCEPT, { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' }]);
    expect(first.dossier.outcome).toBeUndefined();
    expect(openNodes(first.dossier)).toEqual(['b']);
    const second = run(def, [
      ACCEPT,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' },
      { at: '2026-11-23T11:00', action: 'complete', role: 'leader' },
    ]);
    expect(second.dossier).toMatchObject({ outcome: 'issued', status: 'completed', tasks: [] });
  });

  it('a refused end stops every other branch at once', () => {
    const def = forked('refused');
    const { dossier, last } = run(def, [
      ACCEPT,
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' },
    ]);
    expect(dossier).toMatchObject({ outcome: 'refused', status: 'refused', tasks: [] });
    expect(closed(last)).toEqual([
      { node: 'a', outcome: 'completed' },
      { node: 'b', outcome: 'refused' },
    ]);
  });
});

describe('branches that end without any work', () => {
  /** reception → split ⇒ (check: a decision straight to an end) and (main: a task → its own end). */
  function autoBranch(checkFirst: boolean, outcome: 'issued' | 'refused') {
    const nodes = [
      node('start', 'start'),
      node('reception', 'reception'),
      node('split', 'parallel'),
      node('check', 'decision'),
      node('flagged', 'end', { outcome: 'refused' }),
      node('quiet', 'end', { outcome }),
      node('main', 'task', { role: 'specialist' }),
      node('end', 'end'),
    ];
    const branches = checkFirst
      ? [edge('split', 'check'), edge('split', 'main')]
      : [edge('split', 'main'), edge('split', 'check')];
    const edges = [
      ...chain('start', 'reception', 'split'),
      ...branches,
      edge('check', 'flagged', { '==': [{ var: 'kind' }, 'b'] }),
      edge('check', 'quiet'),
      edge('main', 'end'),
    ];
    return definition({ nodes, edges });
  }

  it('an issued end reached at once does not finish the dossier before the other branch has started', () => {
    for (const checkFirst of [true, false]) {
      const def = autoBranch(checkFirst, 'issued');
      const { dossier } = run(def, [ACCEPT]);
      expect(dossier.outcome).toBeUndefined();
      expect(openNodes(dossier)).toEqual(['main']);
      const done = run(def, [ACCEPT, { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' }]);
      expect(done.dossier).toMatchObject({ status: 'completed', tasks: [] });
    }
  });

  it('a refused end reached at once ends the dossier, and no branch opens work after it', () => {
    for (const checkFirst of [true, false]) {
      const def = autoBranch(checkFirst, 'refused');
      const { dossier, last } = run(def, [ACCEPT], { data: { name: 'Nguyễn Văn A', kind: 'b' } });
      expect(dossier).toMatchObject({ status: 'refused', tasks: [] });
      const stillOpen =
        last.filter((e) => e.type === 'task_opened').length -
        last.filter((e) => e.type === 'task_closed').length;
      expect(stillOpen).toBe(-1 /* the reception task, closed by accept */);
    }
  });
});
