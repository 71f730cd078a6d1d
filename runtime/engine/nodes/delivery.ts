import type { ProcessNode } from '../../../schemas/procedure.ts';
import { fail } from '../errors.ts';
import { problem } from '../problems.ts';
import { inPersonDocuments } from '../result-delivery.ts';
import { configOf, openWork, roleOf } from './holder.ts';
import { inputSchema, oneOf } from './input.ts';
import { holderSchema, MANY, type NodeType } from './types.ts';
import { joinLocalized, message } from '../messages/index.ts';

const METHODS = ['online', 'counter', 'post'] as const;
type Method = (typeof METHODS)[number];

const methodsOf = (node: ProcessNode) => configOf<{ methods?: Method[] }>(node).methods;

/** Returns the result to the applicant online, at the counter or by post. */
export const delivery: NodeType = {
  type: 'delivery',
  label: message('nodes.delivery.label'),
  description: message('nodes.delivery.description'),
  icon: 'send',
  color: '#1565c0',
  configSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...holderSchema,
      methods: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...METHODS] } },
    },
  },
  edges: { in: [1, MANY], out: [1, 1] },
  actions: [
    {
      action: 'deliver_result',
      label: message('nodes.delivery.label'),
      roles: (node) => roleOf(node, 'reception'),
      input: (at) =>
        inputSchema({ method: { enum: (at && methodsOf(at.node)) ?? [...METHODS] } }, ['method']),
      run(run, node, task, event) {
        const method = oneOf(event, 'method', methodsOf(node) ?? METHODS);
        const inPerson = inPersonDocuments(run.definition, run.d);
        if (method !== 'counter' && inPerson.length > 0) {
          fail(
            'RESULT_IN_PERSON',
            message('nodes.resultInPerson', {
              names: joinLocalized(
                inPerson.map((r) => r.name),
                '", "',
              ),
            }),
            { path: '/input/method' },
          );
        }
        run.closeTask(task, `delivered_${method}`);
        run.leave(node);
      },
    },
  ],
  enter(run, node) {
    openWork(run, node, 'reception');
  },
  lint(node, { definition, path }) {
    const methods = methodsOf(node);
    const inPerson = definition.results.filter((r) => r.delivery === 'in_person');
    if (!methods || methods.includes('counter') || inPerson.length === 0) return [];
    return [
      problem(
        'RESULT_IN_PERSON_NO_COUNTER',
        `${path}/config/methods`,
        message('nodes.resultInPersonNoCounter', { name: inPerson[0].name }),
      ),
    ];
  },
};
