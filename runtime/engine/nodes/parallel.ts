import { MANY, type NodeType } from './types.ts';

/** Splits the work: every outgoing branch runs at once (e.g. police and social insurance in parallel). */
export const parallel: NodeType = {
  type: 'parallel',
  label: { vi: 'Song song', en: 'Parallel split' },
  description: {
    vi: 'Chuyển hồ sơ đồng thời sang mọi nhánh.',
    en: 'Sends the dossier down every branch at once.',
  },
  icon: 'fork',
  color: '#00838f',
  configSchema: { type: 'object', additionalProperties: false, properties: {} },
  edges: { in: [1, MANY], out: [2, MANY] },
  actions: [],
  enter(run, node) {
    run.leave(node);
  },
};
