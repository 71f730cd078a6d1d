/**
 * The diff on the diagram: this version's steps and transitions marked added or changed, and those the published
 * version had and this one removed, taken from the published version so that they are drawn where they were.
 */
import type { ProcedureDefinition, ProcessEdge, ProcessNode } from '../../schemas/procedure.ts';
import type { ChangeKind, VersionDiff } from './changes.ts';

export interface Marked<T> {
  item: T;
  mark?: ChangeKind;
}

const idOf = (x: unknown) => String((x as { id?: unknown })?.id);

function marked<T>(items: T[], part: VersionDiff['nodes']): Marked<T>[] {
  const added = new Set(part.added.map(idOf));
  const changed = new Set(part.changed.map((c) => c.id));
  const mark = (id: string): ChangeKind | undefined =>
    added.has(id) ? 'added' : changed.has(id) ? 'changed' : undefined;
  return [
    ...items.map((item) => ({ item, mark: mark(idOf(item)) })),
    ...part.removed.map((item) => ({ item: item as T, mark: 'removed' as const })),
  ];
}

export function diagramMarks(
  definition: ProcedureDefinition,
  diff: VersionDiff,
): { nodes: Marked<ProcessNode>[]; edges: Marked<ProcessEdge>[] } {
  return {
    nodes: marked(definition.process.nodes, diff.nodes),
    edges: marked(definition.process.edges, diff.edges),
  };
}
