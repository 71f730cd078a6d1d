import type { ProcedureDefinition, ProcessNode } from '../../../schemas/procedure.ts';
import { problem, type Problem } from '../problems.ts';
import { refuseAction } from './common-actions.ts';
import { configOf, openWork, roleOf } from './holder.ts';
import { inputSchema, reasonsOf, reasonsSchema } from './input.ts';
import { holderSchema, MANY, stepSchema, type NodeType } from './types.ts';
import { message } from '../messages/index.ts';

interface ApprovalConfig {
  returnTo?: string;
}

const WORK_STEPS = ['task', 'interagency', 'reception'];

/**
 * Without `returnTo` a return re-enters the step before, which is only clear when one edge comes in from a work
 * step: re-entering a join would wait forever, a decision would route straight back, a split would fork again.
 */
function lintDefaultReturn(node: ProcessNode, definition: ProcedureDefinition, path: string): Problem[] {
  const before = definition.process.edges.filter((e) => e.target === node.id);
  const source =
    before.length === 1 ? definition.process.nodes.find((n) => n.id === before[0].source) : undefined;
  if (before.length === 0 || (before.length === 1 && (!source || WORK_STEPS.includes(source.type))))
    return [];
  return [problem('APPROVAL_RETURN_UNCLEAR', path, message('nodes.approvalReturnUnclear', { id: node.id }))];
}

/** A leader approves, or returns the work for rework to the step before (or the one configured). */
export const approval: NodeType = {
  type: 'approval',
  label: message('nodes.approval.label'),
  description: message('nodes.approval.description'),
  icon: 'stamp',
  color: '#c62828',
  configSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...holderSchema,
      returnTo: { ...stepSchema, description: 'node id; default: the step before' },
      allowRefuse: { type: 'boolean' },
    },
  },
  edges: { in: [1, MANY], out: [1, 1] },
  actions: [
    {
      action: 'approve',
      label: message('nodes.approve.label'),
      roles: (node) => roleOf(node, 'leader'),
      input: () => inputSchema(),
      run(run, node, task) {
        run.closeTask(task, 'approved');
        run.leave(node);
      },
    },
    {
      action: 'return',
      label: message('nodes.return.label'),
      roles: (node) => roleOf(node, 'leader'),
      input: () => reasonsSchema(),
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
    if (target === undefined) return lintDefaultReturn(node, definition, path);
    const found = definition.process.nodes.find((n) => n.id === target);
    if (found && WORK_STEPS.includes(found.type)) return [];
    return [
      problem(
        'APPROVAL_BAD_RETURN',
        `${path}/config/returnTo`,
        message('nodes.approvalBadReturn', { target }),
      ),
    ];
  },
};
