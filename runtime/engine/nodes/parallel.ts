import { MANY, type NodeType } from './types.ts';
import { message } from '../messages/index.ts';

/** Splits the work: every outgoing branch runs at once (e.g. police and social insurance in parallel). */
export const parallel: NodeType = {
  type: 'parallel',
  label: message('nodes.parallel.label'),
  description: message('nodes.parallel.description'),
  icon: 'fork',
  color: '#00838f',
  configSchema: { type: 'object', additionalProperties: false, properties: {} },
  edges: { in: [1, MANY], out: [2, MANY] },
  actions: [],
  enter(run, node) {
    run.leave(node);
  },
};
