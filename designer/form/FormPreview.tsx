/**
 * The live preview: the citizen renderer itself (runtime/web/form) on the draft's form, with test answers that it
 * checks as the portal does, every error shown at once in the language on screen. Provinces and communes come
 * from the unit list, dossier documents from the draft's components.
 */
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { SchemaForm } from '../../runtime/web/form/index.ts';
import { useFormSources } from '../../runtime/web/shell/form-sources.ts';
import { useLanguage } from '../../runtime/web/shell/language.ts';
import type { Component, FormDefinition } from '../../schemas/procedure.ts';
import { useFormWords } from './words.ts';

export function FormPreview({
  form,
  components,
}: {
  form: FormDefinition;
  components: readonly Component[];
}) {
  const { t } = useFormWords();
  const language = useLanguage();
  const [data, setData] = useState<unknown>(undefined);
  // A new form for each clearing: the renderer starts again from the schema's defaults.
  const [round, setRound] = useState(0);
  const sources = useFormSources(components);
  return (
    <section className="mc-form-preview" aria-labelledby="mc-form-preview-title">
      <div className="mc-form-preview-head">
        <Typography.Title level={2} id="mc-form-preview-title" className="mc-panel-title">
          {t('form.preview.title')}
        </Typography.Title>
        <Button
          size="small"
          onClick={() => {
            setData(undefined);
            setRound((r) => r + 1);
          }}
        >
          {t('form.preview.clear')}
        </Button>
      </div>
      <p className="mc-panel-hint">{t('form.preview.intro')}</p>
      <SchemaForm
        key={round}
        schema={form.schema}
        ui={form.ui}
        checks={form.checks}
        {...(data === undefined ? {} : { value: data })}
        onChange={setData}
        mode="preview"
        // The whole form at once: every change shows where it is made, whichever step it is on.
        steps="none"
        language={language}
        dataSources={sources}
        aria-label={t('form.preview.form')}
      />
    </section>
  );
}
