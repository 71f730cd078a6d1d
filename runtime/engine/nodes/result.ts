import { problem } from '../problems.ts';
import { configOf, openWork, roleOf } from './holder.ts';
import { inputSchema, optionalText } from './input.ts';
import { holderSchema, MANY, type NodeType } from './types.ts';
import { message } from '../messages/index.ts';

interface ResultConfig {
  document?: string;
}

/** Issues the result document (signed, with a QR code); the dossier is then ready to be returned. */
export const result: NodeType = {
  type: 'result',
  label: message('nodes.result.label'),
  description: message('nodes.result.description'),
  icon: 'certificate',
  color: '#2e7d32',
  configSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...holderSchema,
      document: { type: 'string', format: 'result', description: 'id of a result in the definition' },
    },
  },
  edges: { in: [1, MANY], out: [1, 1] },
  actions: [
    {
      action: 'issue_result',
      label: message('nodes.result.label'),
      roles: (node) => roleOf(node, 'leader'),
      input: () =>
        inputSchema({
          file: {
            type: 'string',
            description: 'The signed result file the officer uploaded; without one the server generates it.',
          },
        }),
      run(run, node, task, event) {
        const document = configOf<ResultConfig>(node).document;
        const file = optionalText(event, 'file');
        run.d.resultAt ??= run.now;
        run.effects.push({
          type: 'result_issued',
          node: node.id,
          ...(document ? { document } : {}),
          ...(file ? { file } : {}),
        });
        run.notify({ role: 'citizen' }, 'result_ready', message('nodes.resultNotice'));
        run.closeTask(task, 'issued');
        run.leave(node);
      },
    },
  ],
  enter(run, node) {
    openWork(run, node, 'leader');
  },
  lint(node, { definition, path }) {
    const document = configOf<ResultConfig>(node).document;
    if (document === undefined || definition.results.some((r) => r.id === document)) return [];
    return [
      problem(
        'RESULT_UNKNOWN_DOCUMENT',
        `${path}/config/document`,
        message('nodes.resultUnknownDocument', { document }),
      ),
    ];
  },
};
