/**
 * The definition's process as React Flow nodes and edges. Positions are the definition's, times SCALE (the
 * examples place steps 150–160 units apart; a readable step is wider than that). Each flow node is made again
 * only when its step, its selection, its problems or the names it shows changed, so that React Flow redraws
 * only those.
 */
import { MarkerType, Position as Side, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { NODE_TYPES } from '../../runtime/engine/index.ts';
import type { Position, ProcessEdge, ProcessNode } from '../../schemas/procedure.ts';
import type { Selection } from '../draft/store.ts';
import type { Problem } from '../../runtime/engine/index.ts';
import { hasUnit, holderRole } from './types.ts';

export const SCALE = 1.5;
export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 84;

/**
 * Where a step's two handles are drawn (measured in Chromium). Declared, React Flow draws only the steps in view
 * from the start; otherwise it draws every step once to measure them, and a 1,000-step process opens slowly.
 */
const HANDLE = 6;
const HANDLES: NodeHandle[] = [
  {
    type: 'target',
    position: Side.Left,
    x: 3,
    y: NODE_HEIGHT / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
  {
    type: 'source',
    position: Side.Right,
    x: NODE_WIDTH - 4,
    y: NODE_HEIGHT / 2 - HANDLE / 2,
    width: HANDLE,
    height: HANDLE,
  },
];

export const toCanvas = (p: Position): Position => ({ x: p.x * SCALE, y: p.y * SCALE });
export const toDefinition = (p: Position): Position => ({ x: p.x / SCALE, y: p.y / SCALE });

/** What a step shows: resolved once per change, so that the node component only draws. */
export interface StepData extends Record<string, unknown> {
  node: ProcessNode;
  title: string;
  typeLabel: string;
  icon: string;
  color: string;
  role?: string;
  unit?: string;
  severity?: Problem['severity'];
  /** Words shown on the step besides its own (the review's "added", its comment count). */
  notes?: string[];
}

export type StepNode = Node<StepData, 'step'>;

export interface Names {
  language: 'vi' | 'en';
  role(code: string): string;
  unit(code: string): string;
  /** The procedure's handling unit: a step without its own unit works there. */
  defaultUnit: string;
}

const cache = new WeakMap<ProcessNode, StepNode>();

export function stepNode(
  node: ProcessNode,
  selected: boolean,
  severity: Problem['severity'] | undefined,
  names: Names,
): StepNode {
  const cached = cache.get(node);
  if (
    cached &&
    cached.selected === selected &&
    cached.data.severity === severity &&
    cached.data.names === names
  )
    return cached;
  const type = NODE_TYPES.get(node.type);
  const role = holderRole(node);
  const unit = (node.config?.unit as string | undefined) ?? (hasUnit(node) ? names.defaultUnit : undefined);
  const typeLabel = type?.label[names.language] ?? node.type;
  const made: StepNode = {
    id: node.id,
    type: 'step',
    position: toCanvas(node.position),
    selected,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    handles: HANDLES,
    ariaLabel: `${node.label?.[names.language] ?? typeLabel} (${typeLabel})`,
    data: {
      node,
      title: node.label?.[names.language] || typeLabel,
      typeLabel,
      icon: type?.icon ?? '',
      color: type?.color ?? '#595959',
      role: role && names.role(role),
      unit: unit && names.unit(unit),
      severity,
      names,
    },
  };
  cache.set(node, made);
  return made;
}

export type FlowEdge = Edge<{ edge: ProcessEdge }>;

const edgeCache = new WeakMap<ProcessEdge, FlowEdge>();

export function flowEdge(
  edge: ProcessEdge,
  selected: boolean,
  severity: Problem['severity'] | undefined,
  language: 'vi' | 'en',
  conditionWord: string,
): FlowEdge {
  const cached = edgeCache.get(edge);
  const label = edge.label?.[language] ?? (edge.condition !== undefined ? conditionWord : undefined);
  if (
    cached &&
    cached.selected === selected &&
    cached.label === label &&
    cached.className === classOf(severity)
  )
    return cached;
  const made: FlowEdge = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    selected,
    label,
    className: classOf(severity),
    markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
    data: { edge },
  };
  edgeCache.set(edge, made);
  return made;
}

const classOf = (severity: Problem['severity'] | undefined) => (severity ? `mc-edge-${severity}` : undefined);

export function selectionSets(selection: Selection) {
  return { nodes: new Set(selection.nodes), edges: new Set(selection.edges) };
}
