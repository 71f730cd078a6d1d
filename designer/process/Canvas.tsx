/**
 * The process on a React Flow canvas. The draft store holds the truth; this draws it, and turns what people do
 * (drag, connect, select, drop a palette item) into changes of the draft. While a step is dragged only the
 * canvas moves it; the draft gets the new position once, when it is dropped (one undo step).
 */
import {
  Background,
  Controls,
  getNodesBounds,
  getViewportForBounds,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Position } from '../../schemas/procedure.ts';
import { useDraft, useDraftActions, useDraftStore } from '../draft/hooks.ts';
import type { Selection } from '../draft/store.ts';
import {
  flowEdge,
  selectionSets,
  stepNode,
  toDefinition,
  type Names,
  type StepNode as Step,
} from './flow.ts';
import { addNode, canConnect, connect, move } from './graph.ts';
import type { PlacedProblem } from './problems.ts';
import { severityByElement } from './problems.ts';
import { StepNode } from './StepNode.tsx';

/** The type of a palette item being dragged onto the canvas. */
export const PALETTE_MIME = 'application/x-motcua-node-type';

const NODE_TYPES = { step: StepNode };
/** The "whole diagram" button: all of it, however small. */
const FIT_ALL = { padding: 0.1, maxZoom: 1 };
/** Below this zoom a step's words cannot be read. */
const READABLE_ZOOM = 0.8;
const MIN_ZOOM = 0.1;
/** Screen pixels between a diagram opened readable and the canvas's edge. */
const EDGE_MARGIN = 24;
/** Beyond this many steps, only those in view are drawn (React Flow slows past ~1,000 DOM nodes). */
const DRAW_ALL_UP_TO = 200;

export function Canvas({ problems, names }: { problems: readonly PlacedProblem[]; names: Names }) {
  const { t } = useTranslation('designer');
  const store = useDraftStore();
  const { change, select } = useDraftActions();
  const process = useDraft((s) => s.definition.process);
  const selection = useDraft((s) => s.selection);
  const readonly = useDraft((s) => s.save.status === 'readonly');
  const flow = useReactFlow();
  const [dragged, setDragged] = useState<ReadonlyMap<string, Position>>();
  const dragging = useRef(false);
  const frame = useRef<HTMLDivElement>(null);

  const severity = useMemo(() => severityByElement(problems), [problems]);
  const chosen = useMemo(() => selectionSets(selection), [selection]);
  const placed = useMemo(
    () => process.nodes.map((n) => stepNode(n, chosen.nodes.has(n.id), severity.get(`node:${n.id}`), names)),
    [process.nodes, chosen, severity, names],
  );
  const nodes = useMemo(
    () =>
      dragged ? placed.map((n) => (dragged.has(n.id) ? { ...n, position: dragged.get(n.id)! } : n)) : placed,
    [placed, dragged],
  );
  const conditionWord = t('process.edge.conditional');
  const edges = useMemo(
    () =>
      process.edges.map((e) =>
        flowEdge(e, chosen.edges.has(e.id), severity.get(`edge:${e.id}`), names.language, conditionWord),
      ),
    [process.edges, chosen, severity, names.language, conditionWord],
  );

  const selectWith = useCallback(
    (kind: keyof Selection, changes: { id: string; selected: boolean }[]) => {
      const current = store.getState().selection;
      const ids = new Set(current[kind]);
      for (const c of changes) {
        if (c.selected) ids.add(c.id);
        else ids.delete(c.id);
      }
      if (ids.size === current[kind].length && current[kind].every((id) => ids.has(id))) return;
      select({ ...current, [kind]: [...ids] });
    },
    [store, select],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<Step>[]) => {
      const selects = changes.flatMap((c) => (c.type === 'select' ? [c] : []));
      if (selects.length > 0) selectWith('nodes', selects);
      const moves = changes.flatMap((c) => (c.type === 'position' && c.position ? [c] : []));
      if (moves.length === 0) return;
      if (moves.some((c) => c.dragging)) {
        dragging.current = true;
        setDragged((before) => {
          const next = new Map(before);
          for (const c of moves) next.set(c.id, c.position!);
          return next;
        });
        return;
      }
      // Dropped after a drag (one step), or moved with the arrow keys (presses in a row are one undo step).
      const positions = new Map(moves.map((c) => [c.id, toDefinition(c.position!)]));
      const coalesce = dragging.current ? undefined : `move:${[...positions.keys()].join(',')}`;
      change((d) => move(d, positions), { coalesce });
      dragging.current = false;
      setDragged(undefined);
    },
    [change, selectWith],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const selects = changes.flatMap((c) => (c.type === 'select' ? [c] : []));
      if (selects.length > 0) selectWith('edges', selects);
    },
    [selectWith],
  );

  const onConnect = useCallback(
    (c: Connection) => change((d) => connect(d, c.source, c.target).definition),
    [change],
  );
  const isValidConnection = useCallback(
    (c: { source: string; target: string }) => canConnect(store.getState().definition, c.source, c.target),
    [store],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_MIME);
      if (!type) return;
      event.preventDefault();
      const at = toDefinition(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      const position = { x: Math.round(at.x), y: Math.round(at.y) };
      const added = addNode(store.getState().definition, type, { position });
      change(() => added.definition, { select: { nodes: [added.id], edges: [] } });
    },
    [change, store, flow],
  );

  // The view on opening, known before React Flow first draws: only the steps in it are drawn, once. Afterwards
  // the view moves only when people move it.
  const [opening, setOpening] = useState<Viewport>();
  useLayoutEffect(() => {
    const box = frame.current?.getBoundingClientRect();
    if (box) setOpening(openingView(placed, box));
  }, []);

  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('process.a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('process.a11y.node'),
      'node.a11yDescription.ariaLiveMessage': ({ direction }: { direction: string }) =>
        t('process.a11y.moved', { direction: t(`process.a11y.directions.${direction}`, direction) }),
      'edge.a11yDescription.default': t('process.a11y.edge'),
      'controls.ariaLabel': t('process.controls.label'),
      'controls.zoomIn.ariaLabel': t('process.controls.zoomIn'),
      'controls.zoomOut.ariaLabel': t('process.controls.zoomOut'),
      'controls.fitView.ariaLabel': t('process.controls.fitView'),
      'controls.interactive.ariaLabel': t('process.controls.interactive'),
      'minimap.ariaLabel': t('process.controls.minimap'),
      'handle.ariaLabel': t('process.controls.handle'),
    }),
    [t],
  );

  return (
    <div ref={frame} className="mc-canvas-frame">
      {opening && (
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onConnect={onConnect}
          isValidConnection={isValidConnection}
          onDragOver={onDragOver}
          onDrop={onDrop}
          nodesDraggable={!readonly}
          nodesConnectable={!readonly}
          // Deleting goes through the editor's own shortcut (one undo step, the draft's rules).
          deleteKeyCode={null}
          selectionKeyCode="Shift"
          multiSelectionKeyCode={['Control', 'Meta', 'Shift']}
          onlyRenderVisibleElements={process.nodes.length > DRAW_ALL_UP_TO}
          defaultViewport={opening}
          minZoom={MIN_ZOOM}
          ariaLabelConfig={ariaLabelConfig}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={24} />
          <Controls showInteractive={false} fitViewOptions={FIT_ALL} />
          <MiniMap
            pannable
            zoomable
            nodeColor={(n) => (n.data as Step['data']).color}
            // In screen pixels (React Flow scales these to the map): the part of the process on screen.
            maskStrokeColor="#1677ff"
            maskStrokeWidth={2}
          />
        </ReactFlow>
      )}
    </div>
  );
}

/** The whole process if it can be read so, else its start at a readable size (the minimap shows all). */
function openingView(steps: Step[], box: { width: number; height: number }): Viewport {
  if (steps.length === 0) return { x: 0, y: 0, zoom: 1 };
  const bounds = getNodesBounds(steps);
  const zoom = Math.min(1, (box.width * 0.9) / bounds.width, (box.height * 0.9) / bounds.height);
  if (zoom >= READABLE_ZOOM) {
    return getViewportForBounds(bounds, box.width, box.height, MIN_ZOOM, FIT_ALL.maxZoom, FIT_ALL.padding);
  }
  // Too big to read whole: readable, from the left edge. A diagram lower than the view is centred in it; a taller
  // one shows its start (that row centred, with no empty band beyond the diagram's top or bottom).
  const start = steps.find((s) => s.data.node.type === 'start') ?? steps[0];
  const margin = EDGE_MARGIN / READABLE_ZOOM;
  const tall = box.height / READABLE_ZOOM;
  const top =
    bounds.height + 2 * margin <= tall
      ? bounds.y + bounds.height / 2 - tall / 2
      : Math.max(
          bounds.y - margin,
          Math.min(
            start.position.y + (start.height ?? 0) / 2 - tall / 2,
            bounds.y + bounds.height + margin - tall,
          ),
        );
  return { x: EDGE_MARGIN - bounds.x * READABLE_ZOOM, y: -top * READABLE_ZOOM, zoom: READABLE_ZOOM };
}
