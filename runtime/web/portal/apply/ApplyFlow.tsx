/**
 * Applying online, generated from the live definition: the e-form (steps, rules, errors as the server judges them),
 * then each component's files, then a last look and the submission. The fees follow the answers on the side. The
 * whole application is handed to `onChange` as it grows, for the draft.
 */
import { useMutation } from '@tanstack/react-query';
import { Button, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ProcedureDefinition } from '../../../../schemas/procedure.ts';
import { trpc } from '../../api/client.ts';
import { SchemaForm, showMoney, type FormValidator } from '../../form/index.ts';
import { useFormSources } from '../../shell/form-sources.ts';
import { useLanguage } from '../../shell/language.ts';
import { ComponentFiles } from './ComponentFiles.tsx';
import { componentsRequired, feePreview } from './fee-preview.ts';
import { FeeSummary } from './FeeSummary.tsx';
import { ReviewStage } from './ReviewStage.tsx';
import { Stages, type Stage } from './Stages.tsx';
import type { UploadedFile } from './upload.ts';

/** What the person has given so far: enough to take up again later, elsewhere. */
export interface Application {
  answers: unknown;
  /** The answers as the form handed them in (hidden fields left out), once they were valid. */
  handedIn?: unknown;
  files: UploadedFile[];
  stage: Stage;
  /** One per application: a retried submission returns the first dossier instead of filing again. */
  idempotencyKey: string;
}

export function ApplyFlow({
  definition,
  validate,
  initial,
  onChange,
  onFiling,
  onSubmitted,
}: {
  definition: ProcedureDefinition;
  validate: FormValidator;
  initial: Application;
  onChange(application: Application): void;
  /** Filing starts (true) or was refused (false): nothing else may write the application meanwhile. */
  onFiling(filing: boolean): void;
  onSubmitted(code: string): void;
}) {
  const { t } = useTranslation('portalApply');
  const language = useLanguage();
  const navigate = useNavigate();
  const [application, setApplication] = useState(initial);
  const [missing, setMissing] = useState<string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const sources = useFormSources(definition.components);
  const submit = useMutation(
    trpc.dossiers.submit.mutationOptions({
      onSuccess: (out) => onSubmitted(out.code),
      onError: () => onFiling(false),
    }),
  );

  const update = (change: Partial<Application> | ((current: Application) => Application)) =>
    setApplication((current) => (typeof change === 'function' ? change(current) : { ...current, ...change }));
  useEffect(() => {
    if (application !== initial) onChange(application);
  }, [application, initial, onChange]);
  const go = (stage: Stage) => {
    moved.current = true;
    setMissing([]);
    update({ stage });
  };
  // A new stage is announced by moving the focus to its heading (not on the first render: the page's own).
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [application.stage]);

  const now = Date.now();
  const fees = feePreview(definition, application.answers ?? {}, now);
  const required = componentsRequired(definition, application.answers ?? {}, now);
  const { stage, files } = application;

  const toReview = () => {
    const lacking = definition.components
      .filter((c) => required.has(c.id) && !files.some((f) => f.componentId === c.id))
      .map((c) => c.id);
    setMissing(lacking);
    if (lacking.length === 0) go('review');
    else document.getElementById(`mc-files-${lacking[0]}`)?.querySelector('button')?.focus();
  };

  return (
    <div className="mc-apply">
      <div className="mc-apply-main">
        <Stages current={stage} onGo={go} />
        <Typography.Title level={2} ref={heading} tabIndex={-1} className="mc-apply-stage-title">
          {t(`apply.stages.${stage}`)}
        </Typography.Title>
        {/* Kept while hidden: going back to the form finds the answers, and the step, as they were left. */}
        <div hidden={stage !== 'form'}>
          <SchemaForm
            schema={definition.form.schema}
            ui={definition.form.ui}
            checks={definition.form.checks}
            validate={validate}
            defaultValue={application.answers}
            onChange={(answers) => update({ answers })}
            onSubmit={(handedIn) => {
              update({ handedIn });
              go('files');
            }}
            language={language}
            dataSources={sources}
            submitLabel={t('apply.form.next')}
            aria-label={t('apply.form.label', { name: definition.name[language] })}
          />
        </div>
        {stage === 'files' && (
          <div className="mc-apply-list">
            <p>{t('apply.files.intro')}</p>
            {definition.components.map((c) => (
              <div key={c.id} id={`mc-files-${c.id}`}>
                <ComponentFiles
                  component={c}
                  required={required.has(c.id)}
                  missing={missing.includes(c.id) && !files.some((f) => f.componentId === c.id)}
                  files={files.filter((f) => f.componentId === c.id)}
                  target={{ procedureCode: definition.code }}
                  onAdd={(file) => update((a) => ({ ...a, files: [...a.files, file] }))}
                  onRemove={(id) => update((a) => ({ ...a, files: a.files.filter((f) => f.id !== id) }))}
                />
              </div>
            ))}
            <div className="mc-form-actions">
              <Button onClick={() => go('form')}>{t('apply.back')}</Button>
              <Button type="primary" onClick={toReview}>
                {t('apply.files.next')}
              </Button>
            </div>
          </div>
        )}
        {stage === 'review' && (
          <>
            <ReviewStage
              components={definition.components}
              files={files}
              sending={submit.isPending}
              error={submit.error ?? undefined}
              onSubmit={() => {
                onFiling(true);
                submit.mutate({
                  procedureCode: definition.code,
                  data: (application.handedIn ?? {}) as Record<string, unknown>,
                  attachments: files.map((f) => f.id),
                  idempotencyKey: application.idempotencyKey,
                });
              }}
            />
            <p>
              <Button type="link" onClick={() => go('files')}>
                {t('apply.back')}
              </Button>
              <Button
                type="link"
                onClick={() => void navigate(`/thu-tuc/${encodeURIComponent(definition.code)}`)}
              >
                {t('apply.procedure')}
              </Button>
            </p>
          </>
        )}
      </div>
      {/* On a phone the estimate comes after the whole form: its total stays in sight at the bottom meanwhile. */}
      {fees && fees.total > 0 && (
        <div className="mc-apply-feebar">
          <Typography.Text strong>{t('apply.fees.bar', { amount: showMoney(fees.total) })}</Typography.Text>
          <a href="#mc-apply-fees">{t('apply.fees.details')}</a>
        </div>
      )}
      <aside id="mc-apply-fees" className="mc-apply-side" aria-label={t('apply.fees.title')}>
        <FeeSummary fees={fees} none={definition.fees.length === 0} />
      </aside>
    </div>
  );
}
