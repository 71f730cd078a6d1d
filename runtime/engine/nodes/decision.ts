import { problem } from '../problems.ts';
import { compileRule, isTruthy } from '../rules/index.ts';
import { ruleFailure } from '../rule-failure.ts';
import { ruleData } from '../facts.ts';
import { MANY, type NodeType } from './types.ts';

/** An exclusive branch: the first outgoing edge whose condition holds, else the one edge without a condition. */
export const decision: NodeType = {
  type: 'decision',
  label: { vi: 'Rẽ nhánh', en: 'Decision' },
  description: {
    vi: 'Chọn một nhánh theo quy tắc trên dữ liệu tờ khai và thông tin hồ sơ; có nhánh mặc định.',
    en: 'Picks one branch by a rule over form data and dossier facts; has a default branch.',
  },
  icon: 'split',
  color: '#ef6c00',
  configSchema: { type: 'object', additionalProperties: false, properties: {} },
  edges: { in: [1, MANY], out: [2, MANY] },
  actions: [],
  enter(run, node) {
    const edges = run.outgoing(node);
    const data = ruleData(run.d);
    const chosen =
      edges.find(
        (edge) =>
          edge.condition !== undefined &&
          isTruthy(
            ruleFailure(`/process/edges/${run.definition.process.edges.indexOf(edge)}/condition`, () =>
              compileRule(edge.condition)(data, { now: run.now }),
            ),
          ),
      ) ?? edges.find((edge) => edge.condition === undefined);
    if (chosen) run.enter(chosen.target, chosen.id);
  },
  lint(node, { definition, path }) {
    const defaults = definition.process.edges.filter(
      (e) => e.source === node.id && e.condition === undefined,
    );
    if (defaults.length === 1) return [];
    return [
      problem(defaults.length === 0 ? 'DECISION_NO_DEFAULT' : 'DECISION_MANY_DEFAULTS', path, {
        vi: `Bước rẽ nhánh "${node.id}" phải có đúng một nhánh mặc định (cạnh không có điều kiện); hiện có ${defaults.length}.`,
        en: `Decision "${node.id}" needs exactly one default branch (an edge without a condition); it has ${defaults.length}.`,
      }),
    ];
  },
};
