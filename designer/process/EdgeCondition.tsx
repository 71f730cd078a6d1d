/**
 * The condition of an edge leaving a decision, through the rule editors (designer/rules): the form's fields, the
 * product's operators, the raw view for what the visual builder cannot show. No condition: the default branch.
 */
import { useTranslation } from 'react-i18next';
import type { ProcessEdge } from '../../schemas/procedure.ts';
import { RuleField } from '../rules/index.ts';
import { useDraft, useDraftActions } from '../draft/hooks.ts';
import { updateEdge, withKey } from './graph.ts';

export function EdgeCondition({ edge }: { edge: ProcessEdge }) {
  const { t } = useTranslation('designer');
  const { change } = useDraftActions();
  const definition = useDraft((s) => s.definition);
  const readonly = useDraft((s) => s.save.status === 'readonly');
  const index = definition.process.edges.findIndex((e) => e.id === edge.id);
  return (
    <div className="mc-field">
      <span className="mc-label">{t('process.properties.condition')}</span>
      <p className="mc-panel-hint">{t('process.properties.conditionHint')}</p>
      <RuleField
        definition={definition}
        path={`/process/edges/${index}/condition`}
        value={edge.condition}
        label={t('process.properties.condition')}
        disabled={readonly}
        onChange={(rule) =>
          change((d) => updateEdge(d, edge.id, (e) => withKey(e, 'condition', rule)), {
            coalesce: `condition:${edge.id}`,
          })
        }
      />
    </div>
  );
}
