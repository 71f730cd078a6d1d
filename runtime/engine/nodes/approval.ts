import { problem } from '../problems.ts';
import { refuseAction } from './common-actions.ts';
import { configOf, openWork, roleOf } from './holder.ts';
import { reasonsOf } from './input.ts';
import { durationSchema, MANY, roleSchema, unitSchema, type NodeType } from './types.ts';

interface ApprovalConfig {
  returnTo?: string;
}

/** A leader approves, or returns the work for rework to the step before (or the one configured). */
export const approval: NodeType = {
  type: 'approval',
  label: { vi: 'Phê duyệt', en: 'Approval' },
  description: {
    vi: 'Lãnh đạo phê duyệt hoặc trả lại để xử lý lại.',
    en: 'A leader approves, or returns the work for rework.',
  },
  icon: 'stamp',
  color: '#c62828',
  configSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      role: roleSchema,
      unit: unitSchema,
      allotment: durationSchema,
      returnTo: { type: 'string', description: 'node id; default: the step before' },
      allowRefuse: { type: 'boolean' },
    },
  },
  edges: { in: [1, MANY], out: [1, 1] },
  actions: [
    {
      action: 'approve',
      label: { vi: 'Phê duyệt', en: 'Approve' },
      roles: (node) => roleOf(node, 'leader'),
      run(run, node, task) {
        run.closeTask(task, 'approved');
        run.leave(node);
      },
    },
    {
      action: 'return',
      label: { vi: 'Trả lại xử lý lại', en: 'Return for rework' },
      roles: (node) => roleOf(node, 'leader'),
      run(run, node, task, event) {
        reasonsOf(event);
        run.closeTask(task, 'returned');
        const target =
          configOf<ApprovalConfig>(node).returnTo ?? run.index.incoming.get(node.id)?.[0]?.source;
        if (target) run.enter(target);
      },
    },
    refuseAction('leader', true),
  ],
  enter(run, node) {
    openWork(run, node, 'leader');
  },
  lint(node, { definition, path }) {
    const target = configOf<ApprovalConfig>(node).returnTo;
    if (target === undefined) return [];
    const found = definition.process.nodes.find((n) => n.id === target);
    if (found && ['task', 'interagency', 'reception'].includes(found.type)) return [];
    return [
      problem('APPROVAL_BAD_RETURN', `${path}/config/returnTo`, {
        vi: `Bước trả lại "${target}" phải là một bước xử lý có trong quy trình.`,
        en: `The return step "${target}" must be a work step of the process.`,
      }),
    ];
  },
};
