import { problem } from '../problems.ts';
import { compileRule, isTruthy } from '../rules/index.ts';
import { ruleFailure } from '../rule-failure.ts';
import { ruleData } from '../facts.ts';
import { MANY, type NodeType } from './types.ts';
import { message } from '../messages/index.ts';

/** An exclusive branch: the first outgoing edge whose condition holds, else the one edge without a condition. */
export const decision: NodeType = {
  type: 'decision',
  label: message('nodes.decision.label'),
  description: message('nodes.decision.description'),
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
      problem(
        defaults.length === 0 ? 'DECISION_NO_DEFAULT' : 'DECISION_MANY_DEFAULTS',
        path,
        message('nodes.decisionDefaultCount', { id: node.id, defaultsCount: defaults.length }),
      ),
    ];
  },
};
