/**
 * The version's process, read-only, coloured by what changed from the published version: added steps and
 * transitions green, changed amber, removed ones drawn dashed red where the published version had them. Each
 * marked step also says so in words, with its count of comments; a legend explains the colours. Clicking a step
 * chooses it for comments (the change list below offers the same by keyboard).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { flowEdge, stepNode } from '../process/flow.ts';
import { useNames } from '../process/names.ts';
import { ReadOnlyDiagram } from '../process/ReadOnlyDiagram.tsx';
import type { ChangeKind, VersionDiff } from './changes.ts';
import type { ReviewComments } from './comments.ts';
import { diagramMarks } from './diagram-marks.ts';

const KINDS: ChangeKind[] = ['added', 'changed', 'removed'];

export function ReviewDiagram({
  definition,
  diff,
  comments,
  onStepClick,
}: {
  definition: ProcedureDefinition;
  diff: VersionDiff;
  comments: ReviewComments;
  onStepClick(id: string): void;
}) {
  const { t } = useTranslation('designerReview');
  const names = useNames();
  const conditional = useTranslation('designer').t('process.edge.conditional');
  const marks = useMemo(() => diagramMarks(definition, diff), [definition, diff]);
  const nodes = useMemo(
    () =>
      marks.nodes.map(({ item, mark }) => {
        const step = stepNode(item, false, undefined, names);
        const count = comments.of({ kind: 'node', key: item.id }).length;
        const notes = [
          ...(mark ? [t(`diff.kinds.${mark}`)] : []),
          ...(count ? [t('comments.count', { count })] : []),
        ];
        return {
          ...step,
          className: mark && `mc-diff-${mark}`,
          ariaLabel: [step.ariaLabel, ...notes].join(', '),
          data: { ...step.data, notes },
        };
      }),
    [marks.nodes, names, comments, t],
  );
  const edges = useMemo(
    () =>
      marks.edges.map(({ item, mark }) => {
        const edge = flowEdge(item, false, undefined, names.language, conditional);
        if (!mark) return edge;
        const word = t(`diff.kinds.${mark}`);
        return { ...edge, className: `mc-diff-${mark}`, label: edge.label ? `${word}: ${edge.label}` : word };
      }),
    [marks.edges, names.language, conditional, t],
  );
  return (
    <section className="mc-review-diagram" aria-labelledby="mc-review-diagram-title">
      <h3 id="mc-review-diagram-title">{t('diagram.title')}</h3>
      <ReadOnlyDiagram
        nodes={nodes}
        edges={edges}
        label={t('diagram.label')}
        className="mc-review-canvas"
        onStepClick={onStepClick}
      />
      <ul className="mc-review-legend" aria-label={t('diagram.legend')}>
        {KINDS.map((kind) => (
          <li key={kind}>
            <span className={`mc-review-swatch mc-diff-${kind}`} aria-hidden />
            {t(`diagram.${kind}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
