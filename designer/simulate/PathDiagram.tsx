/**
 * The process, read-only, with the path the dossier took lit: steps gone through coloured, the current ones
 * outlined, the edges followed drawn thick (the engine's `pathTaken`). The same steps are listed in words below it,
 * for those who do not see the diagram.
 */
import { ReactFlow, type ReactFlowInstance } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pathTaken, type Dossier } from '../../runtime/engine/index.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { flowEdge, stepNode } from '../process/flow.ts';
import { useNames } from '../process/names.ts';
import { StepNode } from '../process/StepNode.tsx';
import { useSimulateWords } from './words.ts';
// The steps are drawn as on the process tab, with its styles, whichever tab was opened first.
import '../process/process.css';

const NODE_TYPES = { step: StepNode };
const FIT = { padding: 0.1 };

export function PathDiagram({
  definition,
  dossier,
  stepName,
}: {
  definition: ProcedureDefinition;
  dossier: Dossier;
  stepName(id: string): string;
}) {
  const { t } = useSimulateWords();
  const names = useNames();
  const conditional = useTranslation('designer').t('process.edge.conditional');
  const path = useMemo(() => pathTaken(definition, dossier), [definition, dossier]);
  const nodes = useMemo(() => {
    const visited = new Set(path.nodes);
    const current = new Set(path.current);
    return definition.process.nodes.map((n) => ({
      ...stepNode(n, false, undefined, names),
      className: current.has(n.id) ? 'mc-sim-current' : visited.has(n.id) ? 'mc-sim-visited' : undefined,
    }));
  }, [definition.process.nodes, path, names]);
  const edges = useMemo(() => {
    const taken = new Set(path.edges);
    return definition.process.edges.map((e) => ({
      ...flowEdge(e, false, undefined, names.language, conditional),
      className: taken.has(e.id) ? 'mc-sim-taken' : undefined,
    }));
  }, [definition.process.edges, path, names.language, conditional]);
  // The whole process stays in view when the frame changes size (a phone turned, the window narrowed).
  const frame = useRef<HTMLDivElement>(null);
  const [flow, setFlow] = useState<ReactFlowInstance>();
  useEffect(() => {
    if (!flow || !frame.current) return;
    const observer = new ResizeObserver(() => void flow.fitView(FIT));
    observer.observe(frame.current);
    return () => observer.disconnect();
  }, [flow]);
  const list = (ids: string[]) => ids.map(stepName).join(' → ') || t('path.none');

  return (
    <section className="mc-sim-path" aria-labelledby="mc-sim-path-title">
      <h4 id="mc-sim-path-title">{t('path.title')}</h4>
      <div className="mc-sim-diagram" role="img" aria-label={t('path.diagram')} ref={frame}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          fitView
          onInit={setFlow}
          fitViewOptions={FIT}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          proOptions={{ hideAttribution: true }}
          minZoom={0.2}
        />
      </div>
      <dl className="mc-sim-facts">
        <div>
          <dt>{t('path.visited')}</dt>
          <dd>{list(path.nodes)}</dd>
        </div>
        <div>
          <dt>{t('path.current')}</dt>
          <dd>{list(path.current)}</dd>
        </div>
      </dl>
    </section>
  );
}
