import { problem } from '../problems.ts';
import { configOf, openWork, roleOf } from './holder.ts';
import { inputSchema, optionalText } from './input.ts';
import { holderSchema, MANY, type NodeType } from './types.ts';

interface ResultConfig {
  document?: string;
}

/** Issues the result document (signed, with a QR code); the dossier is then ready to be returned. */
export const result: NodeType = {
  type: 'result',
  label: { vi: 'Ban hành kết quả', en: 'Issue the result' },
  description: { vi: 'Ký và ban hành kết quả giải quyết.', en: 'Signs and issues the result document.' },
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
      label: { vi: 'Ban hành kết quả', en: 'Issue the result' },
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
        run.notify({ role: 'citizen' }, 'result_ready', {
          vi: 'Đã có kết quả giải quyết hồ sơ.',
          en: 'The result of your dossier is ready.',
        });
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
      problem('RESULT_UNKNOWN_DOCUMENT', `${path}/config/document`, {
        vi: `Kết quả "${document}" không có trong danh sách kết quả của thủ tục.`,
        en: `Result "${document}" is not among the procedure's results.`,
      }),
    ];
  },
};
