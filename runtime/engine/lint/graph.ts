import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import { NODE_TYPES } from '../nodes/registry.ts';
import { pointer, problem, type Problem } from '../problems.ts';
import { processIndex } from '../process-index.ts';
import { lintNodeConfig } from './node-config.ts';
import { message } from '../messages/index.ts';

/** The process graph: one start, known types, edges that connect, every step reachable and able to finish. */
export function lintGraph(definition: ProcedureDefinition): Problem[] {
  const { nodes, edges } = definition.process;
  const problems: Problem[] = [
    ...duplicateIds(nodes, '/process/nodes'),
    ...duplicateIds(edges, '/process/edges'),
  ];
  const index = processIndex(definition);

  const starts = nodes.filter((n) => n.type === 'start');
  if (starts.length !== 1) {
    problems.push(
      problem(
        'PROCESS_START_COUNT',
        '/process/nodes',
        message('lint.processStartCount', { startsCount: starts.length }),
      ),
    );
  }
  edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!index.nodes.has(edge[end])) {
        problems.push(
          problem(
            'EDGE_DANGLING',
            pointer('process', 'edges', i, end),
            message('lint.edgeDangling', { id: edge.id, edge: edge[end] }),
          ),
        );
      }
    }
    const source = index.nodes.get(edge.source);
    if (edge.condition !== undefined && source && source.type !== 'decision') {
      problems.push(
        problem(
          'EDGE_CONDITION_IGNORED',
          pointer('process', 'edges', i, 'condition'),
          message('lint.edgeConditionIgnored', { id: edge.id }),
          'warning',
        ),
      );
    }
  });

  nodes.forEach((node, i) => {
    const path = pointer('process', 'nodes', i);
    const type = NODE_TYPES.get(node.type);
    if (!type) {
      problems.push(
        problem(
          'NODE_TYPE_UNKNOWN',
          `${path}/type`,
          message('lint.nodeTypeUnknown', { type: node.type, known: [...NODE_TYPES.keys()].join(', ') }),
        ),
      );
      return;
    }
    const incoming = index.incoming.get(node.id)?.length ?? 0;
    const outgoing = index.outgoing.get(node.id)?.length ?? 0;
    problems.push(...edgeCount(node.id, path, 'in', incoming, type.edges.in));
    problems.push(...edgeCount(node.id, path, 'out', outgoing, type.edges.out));
    problems.push(...lintNodeConfig(type, node.config ?? {}, `${path}/config`));
    problems.push(...(type.lint?.(node, { definition, path, incoming, outgoing }) ?? []));
  });

  problems.push(...reachability(definition));
  return problems;
}

export function duplicateIds(items: { id: string }[], path: string): Problem[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [problem('DUPLICATE_ID', `${path}/${i}/id`, message('lint.duplicateId', { id: item.id }))];
  });
}

function edgeCount(
  id: string,
  path: string,
  way: 'in' | 'out',
  count: number,
  [min, max]: [number, number],
): Problem[] {
  if (count >= min && count <= max) return [];
  const expected = min === max ? `${min}` : max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `${min}–${max}`;
  return [
    way === 'in'
      ? problem('NODE_INCOMING_COUNT', path, message('lint.nodeIncomingCount', { id, count, expected }))
      : problem('NODE_OUTGOING_COUNT', path, message('lint.nodeOutgoingCount', { id, count, expected })),
  ];
}

/** Every step is reachable from the start, and from every step an end can be reached (no cycle without exit). */
function reachability(definition: ProcedureDefinition): Problem[] {
  const index = processIndex(definition);
  if (!index.start) return [];
  const forward = walk(index.start.id, (id) => (index.outgoing.get(id) ?? []).map((e) => e.target));
  const ends = definition.process.nodes.filter((n) => n.type === 'end').map((n) => n.id);
  const finishing = new Set<string>();
  for (const end of ends)
    for (const id of walk(end, (n) => (index.incoming.get(n) ?? []).map((e) => e.source))) finishing.add(id);
  return definition.process.nodes.flatMap((node, i) => {
    const path = pointer('process', 'nodes', i);
    if (!forward.has(node.id)) {
      return [problem('NODE_UNREACHABLE', path, message('lint.nodeUnreachable', { id: node.id }))];
    }
    if (!finishing.has(node.id)) {
      return [problem('NODE_NO_PATH_TO_END', path, message('lint.nodeNoPathToEnd', { id: node.id }))];
    }
    return [];
  });
}

function walk(from: string, next: (id: string) => string[]): Set<string> {
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length > 0) {
    for (const id of next(stack.pop()!)) {
      if (!seen.has(id)) {
        seen.add(id);
        stack.push(id);
      }
    }
  }
  return seen;
}
