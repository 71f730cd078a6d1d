/**
 * The Problems panel: what lint finds, errors first, each with the step or edge it is about. Choosing one selects
 * that element, brings it into view and opens the property at fault in the properties panel.
 */
import { ExclamationCircleFilled, WarningFilled } from '@ant-design/icons';
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { NODE_TYPES } from '../../runtime/engine/index.ts';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { useDraft } from '../draft/hooks.ts';
import type { PlacedProblem } from './problems.ts';

/**
 * A problem in a clerk's words where the engine's speaks of graphs and ids: the edges of a step counted against
 * what its type takes, reachability, a configuration field named by its label. Otherwise the engine's message.
 */
function plainWords(
  p: PlacedProblem,
  definition: ProcedureDefinition,
  t: TFunction<'designer'>,
  language: 'vi' | 'en',
): string {
  const id = p.element?.kind === 'node' ? p.element.id : undefined;
  const type = NODE_TYPES.get(definition.process.nodes.find((n) => n.id === id)?.type ?? '');
  if (id && type && (p.code === 'NODE_INCOMING_COUNT' || p.code === 'NODE_OUTGOING_COUNT')) {
    const into = p.code === 'NODE_INCOMING_COUNT';
    const count = definition.process.edges.filter((e) => (into ? e.target : e.source) === id).length;
    const [min, max] = into ? type.edges.in : type.edges.out;
    const way = into ? 'in' : 'out';
    if (count === 0) return t(`process.problems.words.${way}None`);
    return count < min
      ? t(`process.problems.words.${way}Few`, { count, min })
      : t(`process.problems.words.${way}Many`, { count, max });
  }
  if (p.code === 'NODE_UNREACHABLE' || p.code === 'NODE_NO_PATH_TO_END')
    return t(`process.problems.words.${p.code}`);
  // A name left empty in one language: the name's field, as the properties panel labels it.
  const name = /^\/label\/(vi|en)$/.exec(p.property ?? '')?.[1] as 'vi' | 'en' | undefined;
  if (name) {
    const which =
      p.element?.kind === 'edge'
        ? t(`process.properties.edgeName.${name}`)
        : t(`process.properties.stepName.${name}`);
    return `${which}: ${p.message[language]}`;
  }
  const field = /^\/config\/([^/]+)/.exec(p.property ?? '')?.[1];
  const label = field && t(`process.config.${field}.label`, { defaultValue: '' });
  return label ? `${label}: ${p.message[language]}` : p.message[language];
}

export function ProblemsPanel({
  problems,
  stepTitle,
  onOpen,
}: {
  problems: readonly PlacedProblem[];
  stepTitle: (id: string) => string;
  onOpen(problem: PlacedProblem): void;
}) {
  const { t } = useTranslation('designer');
  const language = useLanguage();
  const definition = useDraft((s) => s.definition);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section className="mc-problems" aria-labelledby="mc-problems-title">
      <Typography.Title level={2} id="mc-problems-title" className="mc-panel-title">
        {t('process.problems.title')}{' '}
        <span className="mc-problems-count" role="status">
          {problems.length === 0
            ? t('process.problems.none')
            : t('process.problems.count', { errors, warnings: problems.length - errors })}
        </span>
      </Typography.Title>
      {problems.length > 0 && (
        <ol className="mc-problems-list">
          {problems.map((p, i) => (
            <li key={`${p.code}${p.path}${i}`}>
              <button
                type="button"
                className={`mc-problem mc-problem-${p.severity}`}
                onClick={() => onOpen(p)}
              >
                {p.severity === 'error' ? (
                  <ExclamationCircleFilled aria-hidden />
                ) : (
                  <WarningFilled aria-hidden />
                )}
                <span className="mc-visually-hidden">{t(`process.problems.${p.severity}`)}: </span>
                {p.element && (
                  <strong>
                    {p.element.kind === 'node'
                      ? stepTitle(p.element.id)
                      : t('process.problems.edge', { id: p.element.id })}
                    {': '}
                  </strong>
                )}
                {plainWords(p, definition, t, language)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
