import type { Outcome } from '../dossier.ts';
import { configOf } from './holder.ts';
import { MANY, type NodeType } from './types.ts';
import { message } from '../messages/index.ts';

/**
 * The end of a branch. `issued` ends the dossier once no other branch is still running; the other outcomes
 * (refused, withdrawn, stopped) end it at once.
 */
export const end: NodeType = {
  type: 'end',
  label: message('nodes.end.label'),
  description: message('nodes.end.description'),
  icon: 'stop',
  color: '#424242',
  configSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { outcome: { enum: ['issued', 'refused', 'withdrawn', 'stopped'], default: 'issued' } },
  },
  edges: { in: [1, MANY], out: [0, 0] },
  actions: [],
  enter(run, node) {
    const outcome = configOf<{ outcome?: Outcome }>(node).outcome ?? 'issued';
    const othersRunning =
      run.d.tasks.length > 0 || Object.keys(run.d.joins).length > 0 || run.branchesPending > 0;
    if (outcome === 'issued' && othersRunning) return;
    run.notify({ role: 'citizen' }, `finished_${outcome}`, message('nodes.finishedNotice'));
    run.finish(outcome);
  },
};
