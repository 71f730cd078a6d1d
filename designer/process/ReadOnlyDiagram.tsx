/**
 * A process drawn read-only (the simulation's path, the review's diff): nothing moves, connects or is selected,
 * and the whole process stays in view when the frame changes size (a phone turned, the window narrowed). The
 * caller marks steps and edges with classes, and says in words what the picture shows beside it.
 */
import { ReactFlow, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useRef, useState } from 'react';
import type { FlowEdge, StepNode as Step } from './flow.ts';
import { StepNode } from './StepNode.tsx';
// The steps are drawn as on the process tab, with its styles, whichever tab was opened first.
import './process.css';

const NODE_TYPES = { step: StepNode };
const FIT = { padding: 0.1 };

export function ReadOnlyDiagram({
  nodes,
  edges,
  label,
  className,
  onStepClick,
}: {
  nodes: Step[];
  edges: FlowEdge[];
  /** What the picture is, for screen readers (the words beside it say what it shows). */
  label: string;
  className: string;
  onStepClick?(id: string): void;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const [flow, setFlow] = useState<ReactFlowInstance<Step, FlowEdge>>();
  useEffect(() => {
    if (!flow || !frame.current) return;
    const observer = new ResizeObserver(() => void flow.fitView(FIT));
    observer.observe(frame.current);
    return () => observer.disconnect();
  }, [flow]);
  return (
    <div className={className} role="img" aria-label={label} ref={frame}>
      <ReactFlow<Step, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        fitView
        onInit={setFlow}
        fitViewOptions={FIT}
        onNodeClick={onStepClick && ((_, node) => onStepClick(node.id))}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        proOptions={{ hideAttribution: true }}
        minZoom={0.2}
      />
    </div>
  );
}
