/**
 * Automatic layout (elkjs, layered, left to right) in a web worker, and whether a process needs it: steps that
 * overlap on the canvas (a new draft, an import without positions) cannot be read.
 */
import type { Position, Process } from '../../schemas/procedure.ts';
import { NODE_HEIGHT, NODE_WIDTH, toCanvas, toDefinition } from './flow.ts';

export interface LayoutRequest {
  nodes: string[];
  edges: [string, string][];
  width: number;
  height: number;
}

/** New positions (the definition's coordinates) for every step. */
export function autoLayout(process: Process): Promise<Map<string, Position>> {
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const request: LayoutRequest = {
    nodes: process.nodes.map((n) => n.id),
    edges: process.edges.map((e) => [e.source, e.target]),
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
  };
  return new Promise<Map<string, Position>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<[string, Position][]>) =>
      resolve(new Map(event.data.map(([id, p]) => [id, toDefinition(p)])));
    worker.onerror = (event) => reject(new Error(event.message));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** Whether any two steps overlap on the canvas. */
export function overlaps(process: Process): boolean {
  // Sorted by x, each step is compared with those that start before it ends: fast on thousands of steps.
  const boxes = process.nodes.map((n) => toCanvas(n.position)).sort((a, b) => a.x - b.x);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j].x < boxes[i].x + NODE_WIDTH; j++) {
      if (Math.abs(boxes[j].y - boxes[i].y) < NODE_HEIGHT) return true;
    }
  }
  return false;
}
