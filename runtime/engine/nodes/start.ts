import type { NodeType } from './types.ts';
import { message } from '../messages/index.ts';

export const start: NodeType = {
  type: 'start',
  label: message('nodes.start.label'),
  description: message('nodes.start.description'),
  icon: 'play',
  color: '#2e7d32',
  configSchema: { type: 'object', additionalProperties: false, properties: {} },
  edges: { in: [0, 0], out: [1, 1] },
  actions: [],
  enter(run, node) {
    run.leave(node);
  },
};
