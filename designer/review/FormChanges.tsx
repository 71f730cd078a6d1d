/**
 * The version's form as citizens will see it, its new and changed fields framed in their colour with the word
 * beside the label; removed fields are in the list below (they are not in this form). Shown when fields changed,
 * read-only and without errors, as a citizen first sees it.
 */
import { Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SchemaForm, type FieldMark } from '../../runtime/web/form/index.ts';
import { useFormSources } from '../../runtime/web/shell/form-sources.ts';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import type { VersionDiff } from './changes.ts';

export function FormChanges({ definition, diff }: { definition: ProcedureDefinition; diff: VersionDiff }) {
  const { t } = useTranslation('designerReview');
  const language = useLanguage();
  const sources = useFormSources(definition.components);
  const marks = useMemo(() => {
    const marked = new Map<string, FieldMark>();
    const mark = (tone: FieldMark['tone']) => ({ tone, word: t(`diff.kinds.${tone}`) });
    for (const field of diff.fields.added as { path?: unknown }[]) {
      if (typeof field.path === 'string') marked.set(field.path, mark('added'));
    }
    // A changed field is named by its pointer.
    for (const { id } of diff.fields.changed) marked.set(id, mark('changed'));
    return marked;
  }, [diff.fields, t]);
  if (marks.size === 0 || !definition.form) return null;
  return (
    <section className="mc-review-form" aria-labelledby="mc-review-form-title">
      <Typography.Title level={3} id="mc-review-form-title">
        {t('diff.formLabel')}
      </Typography.Title>
      <p>{t('diff.form')}</p>
      <SchemaForm
        schema={definition.form.schema}
        ui={definition.form.ui}
        checks={definition.form.checks}
        steps="none"
        disabled
        language={language}
        dataSources={sources}
        marks={marks}
        aria-label={t('diff.formLabel')}
      />
    </section>
  );
}
