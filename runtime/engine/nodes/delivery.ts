import type { ProcessNode } from '../../../schemas/procedure.ts';
import { fail } from '../errors.ts';
import { problem } from '../problems.ts';
import { inPersonDocuments } from '../result-delivery.ts';
import { configOf, openWork, roleOf } from './holder.ts';
import { inputSchema, oneOf } from './input.ts';
import { holderSchema, MANY, type NodeType } from './types.ts';

const METHODS = ['online', 'counter', 'post'] as const;
type Method = (typeof METHODS)[number];

const methodsOf = (node: ProcessNode) => configOf<{ methods?: Method[] }>(node).methods;

/** Returns the result to the applicant online, at the counter or by post. */
export const delivery: NodeType = {
  type: 'delivery',
  label: { vi: 'Trả kết quả', en: 'Deliver the result' },
  description: {
    vi: 'Trả kết quả trực tuyến, tại Bộ phận Một cửa hoặc qua bưu chính.',
    en: 'Returns the result online, at the counter or by post.',
  },
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
      label: { vi: 'Trả kết quả', en: 'Deliver the result' },
      roles: (node) => roleOf(node, 'reception'),
      input: (at) =>
        inputSchema({ method: { enum: (at && methodsOf(at.node)) ?? [...METHODS] } }, ['method']),
      run(run, node, task, event) {
        const method = oneOf(event, 'method', methodsOf(node) ?? METHODS);
        const inPerson = inPersonDocuments(run.definition, run.d);
        if (method !== 'counter' && inPerson.length > 0) {
          fail(
            'RESULT_IN_PERSON',
            `Kết quả "${inPerson.map((r) => r.name.vi).join('", "')}" phải được nhận trực tiếp tại Bộ phận Một cửa, không trả trực tuyến hoặc qua bưu chính.`,
            `Result "${inPerson.map((r) => r.name.en).join('", "')}" must be collected in person at the counter, not returned online or by post.`,
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
      problem('RESULT_IN_PERSON_NO_COUNTER', `${path}/config/methods`, {
        vi: `Kết quả "${inPerson[0].name.vi}" phải nhận trực tiếp, nhưng bước này không trả kết quả tại Bộ phận Một cửa.`,
        en: `Result "${inPerson[0].name.en}" must be collected in person, but this step does not deliver at the counter.`,
      }),
    ];
  },
};
