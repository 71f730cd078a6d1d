/**
 * The process, read-only, with the path the dossier took lit: steps gone through coloured, the current ones
 * outlined, the edges followed drawn thick (the engine's `pathTaken`). The same steps are listed in words below it,
 * for those who do not see the diagram.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pathTaken, type Dossier } from '../../runtime/engine/index.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { flowEdge, stepNode } from '../process/flow.ts';
import { useNames } from '../process/names.ts';
import { ReadOnlyDiagram } from '../process/ReadOnlyDiagram.tsx';
import { useSimulateWords } from './words.ts';

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
  const list = (ids: string[]) => ids.map(stepName).join(' → ') || t('path.none');

  return (
    <section className="mc-sim-path" aria-labelledby="mc-sim-path-title">
      <h4 id="mc-sim-path-title">{t('path.title')}</h4>
      <ReadOnlyDiagram nodes={nodes} edges={edges} label={t('path.diagram')} className="mc-sim-diagram" />
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
