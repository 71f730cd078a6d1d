import { describe, expect, it } from 'vitest';
import { lint } from '../../runtime/engine/index.ts';
import { example } from '../../test/support/examples.ts';
import { addNode, canConnect, connect, copy, move, paste, readFragment, remove } from './graph.ts';

const judicial = () => example('judicial-record');

describe('process graph edits', () => {
  it('appends a step after another, joined to it, on a free spot', () => {
    const d = remove(judicial(), { nodes: [], edges: ['e7'] }); // deliver → end removed: deliver may go on
    const { definition, id } = addNode(d, 'task', { after: 'deliver' });
    expect(id).toBe('task_1');
    const added = definition.process.nodes.at(-1)!;
    expect(added).toEqual({ id: 'task_1', type: 'task', position: { x: 1120, y: 200 } });
    expect(definition.process.edges.at(-1)).toEqual({ id: 'e_1', source: 'deliver', target: 'task_1' });
  });

  it('does not join a step whose type takes no more outgoing edges', () => {
    const { definition } = addNode(judicial(), 'task', { after: 'reception' });
    expect(definition.process.edges).toHaveLength(7);
    expect(canConnect(definition, 'reception', 'task_1')).toBe(false);
    expect(canConnect(definition, 'task_1', 'end')).toBe(true);
    expect(canConnect(definition, 'task_1', 'task_1')).toBe(false);
  });

  it('connects once, and removing a step removes its edges', () => {
    let { definition } = addNode(judicial(), 'task', { position: { x: 0, y: 300 } });
    definition = connect(definition, 'task_1', 'end').definition;
    expect(connect(definition, 'task_1', 'end').definition).toBe(definition);
    const removed = remove(definition, { nodes: ['verify'], edges: [] });
    expect(removed.process.nodes.map((n) => n.id)).not.toContain('verify');
    expect(removed.process.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e5', 'e6', 'e7', 'e_1']);
  });

  it('moves steps to whole positions and keeps every other object', () => {
    const d = judicial();
    const moved = move(d, new Map([['verify', { x: 500.4, y: 120.6 }]]));
    expect(moved.process.nodes[3].position).toEqual({ x: 500, y: 121 });
    expect(moved.process.nodes[2]).toBe(d.process.nodes[2]);
    expect(moved.form).toBe(d.form);
    expect(move(d, new Map([['verify', { x: 480, y: 100 }]]))).toBe(d);
  });

  it('copies steps with the edges between them, and pastes them into another procedure with new ids', () => {
    const fragment = copy(judicial(), { nodes: ['verify', 'approve'], edges: [] })!;
    expect(fragment.edges.map((e) => e.id)).toEqual(['e4']);
    const text = JSON.stringify(fragment);
    const into = example('household-business');
    const { definition, selection } = paste(into, readFragment(text)!, { x: 40, y: 40 });
    expect(selection).toEqual({ nodes: ['task_1', 'approval_1'], edges: ['e_1'] });
    const [task, approval] = definition.process.nodes.slice(-2);
    expect(task).toMatchObject({
      type: 'task',
      position: { x: 520, y: 140 },
      label: fragment.nodes[0].label,
    });
    // The approval returns to the pasted copy of "verify", not to a step of the other procedure.
    expect(approval.config).toEqual({ role: 'leader', returnTo: 'task_1' });
    expect(definition.process.edges.at(-1)).toEqual({ id: 'e_1', source: 'task_1', target: 'approval_1' });
    // A role called like a step is left alone: only step references follow.
    expect(task.config?.role).toBe('specialist');
    expect(lint(definition).filter((p) => p.code === 'DUPLICATE_ID')).toEqual([]);
  });

  it('reads only its own fragments from the clipboard', () => {
    for (const text of [
      '',
      'hello',
      '{}',
      '[1]',
      JSON.stringify({ format: 'motcua.process-fragment', nodes: [{}], edges: [] }),
    ]) {
      expect(readFragment(text)).toBeUndefined();
    }
  });
});
