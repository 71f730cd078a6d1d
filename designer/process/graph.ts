/**
 * Edits of the process graph as pure functions, definition in, new definition out (untouched parts keep their
 * objects: the canvas redraws only what changed, and a draft opened and saved without edits is the same JSON).
 */
import { NODE_TYPES } from '../../runtime/engine/index.ts';
import type { Position, ProcedureDefinition, ProcessEdge, ProcessNode } from '../../schemas/procedure.ts';
import type { Selection } from '../draft/store.ts';

type Definition = ProcedureDefinition;

/** Room between a step and the one appended after it, in the definition's coordinates. */
export const STEP_GAP = 160;

/** The first `<prefix>_<n>` not in `taken` (n from 1). */
export function freshId(prefix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}_${n}`;
    if (!taken.has(id)) return id;
  }
}

const ids = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id));

function withProcess(d: Definition, nodes: ProcessNode[], edges: ProcessEdge[]): Definition {
  return { ...d, process: { ...d.process, nodes, edges } };
}

/** Whether another edge may leave `source` (its type's limit) and one may enter `target`. */
export function canConnect(d: Definition, source: string, target: string): boolean {
  if (source === target) return false;
  const { nodes, edges } = d.process;
  if (edges.some((e) => e.source === source && e.target === target)) return false;
  const from = NODE_TYPES.get(nodes.find((n) => n.id === source)?.type ?? '');
  const to = NODE_TYPES.get(nodes.find((n) => n.id === target)?.type ?? '');
  if (!from || !to) return false;
  const out = edges.filter((e) => e.source === source).length;
  const into = edges.filter((e) => e.target === target).length;
  return out < from.edges.out[1] && into < to.edges.in[1];
}

export function connect(
  d: Definition,
  source: string,
  target: string,
): { definition: Definition; id?: string } {
  if (!canConnect(d, source, target)) return { definition: d };
  const id = freshId('e', ids(d.process.edges));
  return { definition: withProcess(d, d.process.nodes, [...d.process.edges, { id, source, target }]), id };
}

/**
 * Adds a step of `type` at `position`; given `after`, beside that step, joined to it by an edge when its type
 * allows one more outgoing edge.
 */
export function addNode(
  d: Definition,
  type: string,
  where: { position: Position } | { after: string },
): { definition: Definition; id: string } {
  const id = freshId(type, ids(d.process.nodes));
  const previous = 'after' in where ? d.process.nodes.find((n) => n.id === where.after) : undefined;
  const position = previous
    ? freeSpot(d, { x: previous.position.x + STEP_GAP, y: previous.position.y })
    : (where as { position: Position }).position;
  const added = withProcess(d, [...d.process.nodes, { id, type, position }], d.process.edges);
  return { definition: previous ? connect(added, previous.id, id).definition : added, id };
}

/** The first place at or below `spot` that no step occupies. */
function freeSpot(d: Definition, spot: Position): Position {
  const taken = (p: Position) =>
    d.process.nodes.some(
      (n) => Math.abs(n.position.x - p.x) < STEP_GAP / 2 && Math.abs(n.position.y - p.y) < 60,
    );
  let p = spot;
  while (taken(p)) p = { x: p.x, y: p.y + 100 };
  return p;
}

/** Removes the selected steps and edges, and every edge of a removed step. */
export function remove(d: Definition, selection: Selection): Definition {
  if (selection.nodes.length === 0 && selection.edges.length === 0) return d;
  const nodes = new Set(selection.nodes);
  const edges = new Set(selection.edges);
  return withProcess(
    d,
    d.process.nodes.filter((n) => !nodes.has(n.id)),
    d.process.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
  );
}

/** Moves steps to new positions (rounded to whole units); the others keep their objects. */
export function move(d: Definition, positions: ReadonlyMap<string, Position>): Definition {
  let changed = false;
  const nodes = d.process.nodes.map((n) => {
    const p = positions.get(n.id);
    if (!p) return n;
    const position = { x: Math.round(p.x), y: Math.round(p.y) };
    if (position.x === n.position.x && position.y === n.position.y) return n;
    changed = true;
    return { ...n, position };
  });
  return changed ? withProcess(d, nodes, d.process.edges) : d;
}

/** Replaces one step with `update(step)`. */
export function updateNode(d: Definition, id: string, update: (n: ProcessNode) => ProcessNode): Definition {
  return withProcess(
    d,
    d.process.nodes.map((n) => (n.id === id ? update(n) : n)),
    d.process.edges,
  );
}

export function updateEdge(d: Definition, id: string, update: (e: ProcessEdge) => ProcessEdge): Definition {
  return withProcess(
    d,
    d.process.nodes,
    d.process.edges.map((e) => (e.id === id ? update(e) : e)),
  );
}

/** `object` with `key` set to `value`, or without `key` when `value` is undefined. */
export function withKey<T extends object, K extends keyof T>(object: T, key: K, value: T[K] | undefined): T {
  const copy = { ...object };
  if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** The selection's steps and the edges between them, to copy: the clipboard's JSON. */
export interface Fragment {
  format: 'motcua.process-fragment';
  version: 1;
  nodes: ProcessNode[];
  edges: ProcessEdge[];
}

export const FRAGMENT_FORMAT = 'motcua.process-fragment';

export function copy(d: Definition, selection: Selection): Fragment | undefined {
  const chosen = new Set(selection.nodes);
  const nodes = d.process.nodes.filter((n) => chosen.has(n.id));
  if (nodes.length === 0) return undefined;
  const edges = d.process.edges.filter((e) => chosen.has(e.source) && chosen.has(e.target));
  return { format: FRAGMENT_FORMAT, version: 1, nodes, edges };
}

/** A fragment read from the clipboard's text, or undefined when the text is something else. */
export function readFragment(text: string): Fragment | undefined {
  try {
    const value = JSON.parse(text) as Partial<Fragment>;
    const wellFormed =
      value.format === FRAGMENT_FORMAT &&
      Array.isArray(value.nodes) &&
      Array.isArray(value.edges) &&
      value.nodes.every(
        (n) => typeof n?.id === 'string' && typeof n.type === 'string' && isPosition(n.position),
      ) &&
      value.edges.every((e) => typeof e?.source === 'string' && typeof e.target === 'string');
    return wellFormed ? (value as Fragment) : undefined;
  } catch {
    return undefined;
  }
}

const isPosition = (p: unknown): p is Position =>
  typeof (p as Position)?.x === 'number' && typeof (p as Position).y === 'number';

/**
 * Adds a copied fragment with new ids (steps and edges), shifted by `offset`; references inside the fragment
 * (a "return to" step) follow their step's new id. Selects what was pasted.
 */
export function paste(
  d: Definition,
  fragment: Fragment,
  offset: Position,
): { definition: Definition; selection: Selection } {
  const taken = ids(d.process.nodes);
  const renamed = new Map<string, string>();
  for (const n of fragment.nodes) {
    const id = freshId(n.type, taken);
    taken.add(id);
    renamed.set(n.id, id);
  }
  const nodes = fragment.nodes.map((n) => ({
    ...n,
    id: renamed.get(n.id)!,
    position: { x: n.position.x + offset.x, y: n.position.y + offset.y },
    ...(n.config ? { config: followRenames(n.type, n.config, renamed) } : {}),
  }));
  const takenEdges = ids(d.process.edges);
  const edges = fragment.edges
    .filter((e) => renamed.has(e.source) && renamed.has(e.target))
    .map((e) => {
      const id = freshId('e', takenEdges);
      takenEdges.add(id);
      return { ...e, id, source: renamed.get(e.source)!, target: renamed.get(e.target)! };
    });
  return {
    definition: withProcess(d, [...d.process.nodes, ...nodes], [...d.process.edges, ...edges]),
    selection: { nodes: nodes.map((n) => n.id), edges: edges.map((e) => e.id) },
  };
}

/** A step's config with its references to copied steps (the properties whose format is `step`) renamed. */
function followRenames(
  type: string,
  config: Record<string, unknown>,
  renamed: Map<string, string>,
): Record<string, unknown> {
  const properties = (NODE_TYPES.get(type)?.configSchema.properties ?? {}) as Record<
    string,
    { format?: string }
  >;
  return Object.fromEntries(
    Object.entries(config).map(([k, v]) => [
      k,
      properties[k]?.format === 'step' && typeof v === 'string' && renamed.has(v) ? renamed.get(v) : v,
    ]),
  );
}
