import type { ProcessNode } from '../../../schemas/procedure.ts';
import type { Run } from '../run.ts';
import type { Task } from '../dossier.ts';
import { fail } from '../errors.ts';
import { configOf } from './holder.ts';
import { inputSchema, optionalText } from './input.ts';
import { durationSchema, MANY, roleSchema, unitSchema, type NodeType } from './types.ts';
import type { Duration } from '../../../schemas/procedure.ts';
import { message } from '../messages/index.ts';

interface InteragencyConfig {
  unit: string;
  role?: string;
  allotment?: Duration;
  mode?: 'handoff' | 'consult';
  /** DOMAIN §4.4: no reply in time counts as agreement — configurable. */
  silenceMeansAgreement?: boolean;
}

const config = (node: ProcessNode) => configOf<InteragencyConfig>(node);
const isConsult = (node: ProcessNode) => config(node).mode === 'consult';

function answer(
  run: Run,
  node: ProcessNode,
  task: Task,
  agree: boolean,
  text: string | undefined,
  bySilence: boolean,
) {
  const consultation = run.d.consultations.findLast((c) => c.node === node.id && !c.reply);
  if (consultation) {
    const index = run.d.consultations.indexOf(consultation);
    run.d.consultations[index] = { ...consultation, reply: { at: run.now, agree, text, bySilence } };
  }
  run.closeTask(task, agree ? 'agreed' : 'disagreed');
  run.leave(node);
}

/**
 * Liên thông: the dossier is handed to another unit with its own time slice (`handoff`), or another unit is
 * consulted and must reply by a deadline (`consult`).
 */
export const interagency: NodeType = {
  type: 'interagency',
  label: message('nodes.interagency.label'),
  description: message('nodes.interagency.description'),
  icon: 'building',
  color: '#4e342e',
  configSchema: {
    type: 'object',
    required: ['unit'],
    additionalProperties: false,
    properties: {
      unit: { ...unitSchema, description: 'the other unit’s code' },
      role: roleSchema,
      allotment: durationSchema,
      mode: { enum: ['handoff', 'consult'], default: 'handoff' },
      silenceMeansAgreement: { type: 'boolean', default: true },
    },
  },
  edges: { in: [1, MANY], out: [1, 1] },
  actions: [
    {
      action: 'complete',
      label: message('nodes.interagencyComplete.label'),
      roles: (node) => [config(node).role ?? 'specialist'],
      available: (node) => !isConsult(node),
      input: () => inputSchema(),
      run(run, node, task) {
        run.closeTask(task, 'completed');
        run.leave(node);
      },
    },
    {
      action: 'consult',
      label: message('nodes.consult.label'),
      roles: () => ['specialist'],
      available: isConsult,
      input: () => inputSchema({ question: { type: 'string' } }),
      run(run, node, task, event) {
        const { unit, role, allotment } = config(node);
        run.closeTask(task, 'consulted');
        const reply = run.openTask(node, { role: role ?? 'specialist', unit }, allotment, 'reply');
        run.d.consultations.push({
          node: node.id,
          unit,
          askedAt: run.now,
          dueAt: reply.dueAt,
          question: optionalText(event, 'question'),
        });
      },
    },
    {
      action: 'reply',
      label: message('nodes.reply.label'),
      roles: (node) => [config(node).role ?? 'specialist'],
      available: isConsult,
      taskKind: 'reply',
      input: () => inputSchema({ agree: { type: 'boolean' }, text: { type: 'string' } }, ['agree']),
      run(run, node, task, event) {
        const agree = event.input?.agree;
        if (typeof agree !== 'boolean') {
          fail('INPUT_INVALID', message('nodes.agreeNotBoolean'), {
            path: '/input/agree',
          });
        }
        answer(run, node, task, agree, optionalText(event, 'text'), false);
      },
    },
  ],
  enter(run, node) {
    if (isConsult(node)) run.openTask(node, { role: 'specialist', unit: run.d.unit });
    else
      run.openTask(
        node,
        { role: config(node).role ?? 'specialist', unit: config(node).unit },
        config(node).allotment,
      );
  },
  onTimer(run, node, task) {
    run.record({ at: run.now, event: 'consult_timeout', role: 'system', node: node.id, unit: task.unit });
    if (config(node).silenceMeansAgreement !== false) answer(run, node, task, true, undefined, true);
    else {
      run.notify(
        { role: 'specialist', unit: run.d.unit },
        'consult_overdue',
        message('nodes.replyOverdue', { unit: task.unit }),
      );
    }
  },
};
