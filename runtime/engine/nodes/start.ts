import type { NodeType } from './types.ts';

export const start: NodeType = {
  type: 'start',
  label: { vi: 'Bắt đầu', en: 'Start' },
  description: { vi: 'Hồ sơ được nộp.', en: 'The dossier is submitted.' },
  icon: 'play',
  color: '#2e7d32',
  configSchema: { type: 'object', additionalProperties: false, properties: {} },
  edges: { in: [0, 0], out: [1, 1] },
  actions: [],
  enter(run, node) {
    run.leave(node);
  },
};
