import { describe, expect, it } from 'vitest';
import { definition, edge, node, run } from '../../../test/engine/support/builder.ts';
import { pathTaken } from './path.ts';

describe('pathTaken', () => {
  const def = definition();

  it('lights the steps and edges followed so far, and where work is open', () => {
    const d = run(def, [
      { at: '2026-11-23T09:00', action: 'accept', role: 'reception' },
      { at: '2026-11-23T10:00', action: 'complete', role: 'specialist' },
    ]).dossier;
    expect(pathTaken(def, d)).toEqual({
      nodes: ['start', 'reception', 'appraisal', 'sign'],
      edges: ['start__reception', 'reception__appraisal', 'appraisal__sign'],
      current: ['sign'],
    });
  });

  it('follows only the branch a decision took', () => {
    const nodes = [
      node('start', 'start'),
      node('reception', 'reception'),
      node('route', 'decision'),
      node('simple', 'task', { role: 'specialist' }),
      node('complex', 'task', { role: 'specialist' }),
      node('end', 'end'),
    ];
    const edges = [
      edge('start', 'reception'),
      edge('reception', 'route'),
      edge('route', 'simple', { '==': [{ var: 'kind' }, 'a'] }),
      edge('route', 'complex'),
      edge('simple', 'end'),
      edge('complex', 'end'),
    ];
    const branching = definition({ nodes, edges });
    const d = run(branching, [{ at: '2026-11-23T09:00', action: 'accept', role: 'reception' }], {
      data: { name: 'Nguyễn Văn A', kind: 'b' },
    }).dossier;
    expect(pathTaken(branching, d).edges).toEqual(['start__reception', 'reception__route', 'route__complex']);
    expect(pathTaken(branching, d).nodes).not.toContain('simple');
  });

  it('shows the steps known from the history for a dossier stored before edges were recorded', () => {
    const d = run(def, [{ at: '2026-11-23T09:00', action: 'accept', role: 'reception' }]).dossier;
    const { traversed: _, ...older } = d;
    expect(pathTaken(def, older)).toEqual({
      nodes: ['start', 'reception', 'appraisal'],
      edges: [],
      current: ['appraisal'],
    });
  });
});
