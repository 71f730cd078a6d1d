import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import { NODE_TYPES } from '../nodes/registry.ts';
import { pointer, problem, type Problem } from '../problems.ts';
import { processIndex } from '../process-index.ts';
import { lintNodeConfig } from './node-config.ts';

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
      problem('PROCESS_START_COUNT', '/process/nodes', {
        vi: `Quy trình phải có đúng một bước bắt đầu; hiện có ${starts.length}.`,
        en: `The process needs exactly one start; it has ${starts.length}.`,
      }),
    );
  }
  edges.forEach((edge, i) => {
    for (const end of ['source', 'target'] as const) {
      if (!index.nodes.has(edge[end])) {
        problems.push(
          problem('EDGE_DANGLING', pointer('process', 'edges', i, end), {
            vi: `Cạnh "${edge.id}" nối tới bước "${edge[end]}" không tồn tại.`,
            en: `Edge "${edge.id}" points to a step "${edge[end]}" that does not exist.`,
          }),
        );
      }
    }
    const source = index.nodes.get(edge.source);
    if (edge.condition !== undefined && source && source.type !== 'decision') {
      problems.push(
        problem(
          'EDGE_CONDITION_IGNORED',
          pointer('process', 'edges', i, 'condition'),
          {
            vi: `Điều kiện trên cạnh "${edge.id}" bị bỏ qua: chỉ cạnh ra từ bước rẽ nhánh mới xét điều kiện.`,
            en: `The condition on edge "${edge.id}" is ignored: only a decision's outgoing edges have conditions.`,
          },
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
        problem('NODE_TYPE_UNKNOWN', `${path}/type`, {
          vi: `Loại bước "${node.type}" không tồn tại (có: ${[...NODE_TYPES.keys()].join(', ')}).`,
          en: `Unknown node type "${node.type}" (known: ${[...NODE_TYPES.keys()].join(', ')}).`,
        }),
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
    return [
      problem('DUPLICATE_ID', `${path}/${i}/id`, {
        vi: `Mã "${item.id}" bị trùng.`,
        en: `The id "${item.id}" is used twice.`,
      }),
    ];
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
    problem(way === 'in' ? 'NODE_INCOMING_COUNT' : 'NODE_OUTGOING_COUNT', path, {
      vi: `Bước "${id}" có ${count} cạnh ${way === 'in' ? 'vào' : 'ra'}; cần ${expected}.`,
      en: `Step "${id}" has ${count} ${way === 'in' ? 'incoming' : 'outgoing'} edge(s); it needs ${expected}.`,
    }),
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
      return [
        problem('NODE_UNREACHABLE', path, {
          vi: `Không có đường từ bước bắt đầu tới bước "${node.id}".`,
          en: `Step "${node.id}" cannot be reached from the start.`,
        }),
      ];
    }
    if (!finishing.has(node.id)) {
      return [
        problem('NODE_NO_PATH_TO_END', path, {
          vi: `Từ bước "${node.id}" không có đường tới bước kết thúc (vòng lặp không lối ra hoặc nhánh cụt).`,
          en: `No path leads from step "${node.id}" to an end (a cycle without exit or a dead end).`,
        }),
      ];
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
