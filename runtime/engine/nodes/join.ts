import { MANY, type NodeType } from './types.ts';
import { message } from '../messages/index.ts';

/** Waits until every incoming branch has arrived, then goes on once. */
export const join: NodeType = {
  type: 'join',
  label: message('nodes.join.label'),
  description: message('nodes.join.description'),
  icon: 'merge',
  color: '#00838f',
  configSchema: { type: 'object', additionalProperties: false, properties: {} },
  edges: { in: [2, MANY], out: [1, 1] },
  actions: [],
  enter(run, node, via) {
    const arrived = [...(run.d.joins[node.id] ?? []), ...(via ? [via] : [])];
    const expected = run.index.incoming.get(node.id) ?? [];
    if (expected.every((edge) => arrived.includes(edge.id))) {
      delete run.d.joins[node.id];
      run.leave(node);
    } else {
      run.d.joins[node.id] = arrived;
    }
  },
};
