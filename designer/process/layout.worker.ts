/** Runs elkjs's layered layout off the page's thread (1,000 steps take about two seconds). */
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { LayoutRequest } from './layout.ts';

const elk = new ELK();

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { nodes, edges, width, height } = event.data;
  const graph: ElkNode = {
    id: 'process',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '60',
      'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
    },
    children: nodes.map((id) => ({ id, width, height })),
    edges: edges.map(([source, target], i) => ({ id: `e${i}`, sources: [source], targets: [target] })),
  };
  const laid = await elk.layout(graph);
  self.postMessage((laid.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
};
