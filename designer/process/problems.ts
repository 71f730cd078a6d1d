/** Lint problems placed on the diagram: which step or edge each one is about, errors first. */
import type { Problem } from '../../runtime/engine/index.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';

export interface PlacedProblem extends Problem {
  /** The step or edge it is about, if any. */
  element?: { kind: 'node' | 'edge'; id: string };
  /** What follows the element in the path (e.g. "/config/role"), the property at fault. */
  property?: string;
}

const ELEMENT = /^\/process\/(nodes|edges)\/(\d+)(\/.*)?$/;

export function placeProblems(
  definition: ProcedureDefinition,
  problems: readonly Problem[],
): PlacedProblem[] {
  const placed = problems.map((p): PlacedProblem => {
    const match = ELEMENT.exec(p.path);
    if (!match) return p;
    const list = match[1] === 'nodes' ? definition.process.nodes : definition.process.edges;
    const item = list[Number(match[2])];
    if (!item) return p;
    return {
      ...p,
      element: { kind: match[1] === 'nodes' ? 'node' : 'edge', id: item.id },
      property: match[3],
    };
  });
  // Errors first, then warnings; otherwise the engine's order (the order of the definition).
  return [...placed.filter((p) => p.severity === 'error'), ...placed.filter((p) => p.severity !== 'error')];
}

/** The worst problem of each step and edge. */
export function severityByElement(problems: readonly PlacedProblem[]): Map<string, Problem['severity']> {
  const worst = new Map<string, Problem['severity']>();
  for (const p of problems) {
    if (!p.element) continue;
    const key = `${p.element.kind}:${p.element.id}`;
    if (worst.get(key) !== 'error') worst.set(key, p.severity);
  }
  return worst;
}
