import { fail } from '../errors.ts';
import { refuseAction, requestSupplementAction } from './common-actions.ts';
import { configOf, openWork, roleOf } from './holder.ts';
import { inputSchema, optionalText } from './input.ts';
import { holderSchema, MANY, type NodeType } from './types.ts';
import { message } from '../messages/index.ts';

interface TaskConfig {
  role: string;
  outcomes?: string[];
}

/** A step of work (appraisal, drafting): a role in a unit, with its time allotment and an outcome. */
export const task: NodeType = {
  type: 'task',
  label: message('nodes.task.label'),
  description: message('nodes.task.description'),
  icon: 'clipboard',
  color: '#6a1b9a',
  configSchema: {
    type: 'object',
    required: ['role'],
    additionalProperties: false,
    properties: {
      ...holderSchema,
      outcomes: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
      allowSupplement: { type: 'boolean' },
      allowRefuse: { type: 'boolean' },
    },
  },
  edges: { in: [1, MANY], out: [1, 1] },
  actions: [
    {
      action: 'complete',
      label: message('nodes.complete.label'),
      roles: (node) => roleOf(node, 'specialist'),
      input(at) {
        const outcomes = at && configOf<TaskConfig>(at.node).outcomes;
        if (!outcomes) return inputSchema({ outcome: { type: 'string' } });
        return inputSchema({ outcome: { enum: outcomes } }, ['outcome']);
      },
      run(run, node, task, event) {
        const outcome = optionalText(event, 'outcome');
        const allowed = configOf<TaskConfig>(node).outcomes;
        if (allowed && (outcome === undefined || !allowed.includes(outcome))) {
          fail('INPUT_INVALID', message('nodes.outcomeNotOneOf', { allowed: allowed.join(', ') }), {
            path: '/input/outcome',
          });
        }
        if (outcome !== undefined) {
          run.d.outcomes[node.id] = outcome;
          run.reviseProcessingTime();
        }
        run.closeTask(task, outcome ?? 'completed');
        run.leave(node);
      },
    },
    requestSupplementAction('specialist', true),
    refuseAction('specialist', true),
  ],
  enter(run, node) {
    openWork(run, node, 'specialist');
  },
};
