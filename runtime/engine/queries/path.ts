import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import type { Dossier } from '../dossier.ts';
import { processIndex } from '../process-index.ts';

/** The part of the diagram a dossier went through: what to light up. */
export interface PathTaken {
  /** Steps reached: in the order first reached along the recorded edges, then those known from the history. */
  nodes: string[];
  /** Edges followed, in the order first followed. */
  edges: string[];
  /** Steps where work is open now (none while the applicant supplements). */
  current: string[];
}

/**
 * The path taken so far, from the edges the engine recorded, the steps acted on in the history and the open
 * tasks (a return for rework jumps back without an edge). A dossier stored before edges were recorded shows
 * the steps only.
 */
export function pathTaken(definition: ProcedureDefinition, dossier: Dossier): PathTaken {
  const index = processIndex(definition);
  const edgesById = new Map(definition.process.edges.map((e) => [e.id, e]));
  const edges = [...new Set(dossier.traversed ?? [])].filter((id) => edgesById.has(id));
  const current = [...new Set(dossier.tasks.map((t) => t.node))];
  const nodes = new Set<string>(index.start ? [index.start.id] : []);
  for (const id of dossier.traversed ?? []) {
    const edge = edgesById.get(id);
    if (edge) nodes.add(edge.source).add(edge.target);
  }
  for (const h of dossier.history) if (h.node && index.nodes.has(h.node)) nodes.add(h.node);
  for (const node of current) nodes.add(node);
  return { nodes: [...nodes], edges, current };
}
