import type { ProcedureDefinition, ProcessEdge, ProcessNode } from '../../schemas/procedure.ts';

/** Lookups over a definition's graph, built once per definition object. */
export interface ProcessIndex {
  nodes: Map<string, ProcessNode>;
  outgoing: Map<string, ProcessEdge[]>;
  incoming: Map<string, ProcessEdge[]>;
  start?: ProcessNode;
}

const cache = new WeakMap<ProcedureDefinition, ProcessIndex>();

export function processIndex(definition: ProcedureDefinition): ProcessIndex {
  let index = cache.get(definition);
  if (index) return index;
  const nodes = new Map<string, ProcessNode>();
  const outgoing = new Map<string, ProcessEdge[]>();
  const incoming = new Map<string, ProcessEdge[]>();
  for (const node of definition.process.nodes) {
    nodes.set(node.id, node);
    outgoing.set(node.id, []);
    incoming.set(node.id, []);
  }
  for (const edge of definition.process.edges) {
    outgoing.get(edge.source)?.push(edge);
    incoming.get(edge.target)?.push(edge);
  }
  index = { nodes, outgoing, incoming, start: definition.process.nodes.find((n) => n.type === 'start') };
  cache.set(definition, index);
  return index;
}
