/**
 * One dossier component's files: what it accepts and how large, shown before choosing; the upload's progress; the
 * refusal (too large, wrong type — the browser's guess first, then the server's, read from the content) in plain
 * words; the files stored so far, each removable.
 */
import { Alert, Button, Progress, Tag, Typography } from 'antd';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Component } from '../../../../schemas/procedure.ts';
import { useLanguage } from '../../shell/language.ts';
import { typeNames } from '../component-words.ts';
import { fileSize, MIB } from './file-size.ts';
import { ReusePicker } from './ReusePicker.tsx';
import { uploadFile, UploadFailed, type UploadedFile, type UploadTarget } from './upload.ts';

export function ComponentFiles({
  component,
  required,
  missing,
  files,
  target,
  onAdd,
  onRemove,
}: {
  component: Component;
  required: boolean;
  /** Required and still without a file, once the person tried to go on. */
  missing: boolean;
  files: readonly UploadedFile[];
  /** Where the files go: an application not yet filed (its procedure), or a filed dossier (a supplement). */
  target: UploadTarget;
  onAdd(file: UploadedFile): void;
  /** Absent where a stored file cannot be taken back (added to a filed dossier). */
  onRemove?(id: string): void;
}) {
  const { t } = useTranslation('portalApply');
  const language = useLanguage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [sending, setSending] = useState<{ name: string; fraction: number } | undefined>(undefined);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const name = component.name[language];
  const rules = t('apply.files.rules', {
    types: typeNames(component.acceptedTypes),
    size: component.maxSizeMB,
  });

  const refused = (error: unknown): string => {
    if (error instanceof UploadFailed && error.words) return error.words[language];
    if (error instanceof UploadFailed && error.code === 'NETWORK') return t('apply.files.network');
    return t('apply.files.failed');
  };

  const send = async (file: File) => {
    setFailure(undefined);
    if (file.size > component.maxSizeMB * MIB) {
      setFailure(
        t('apply.files.tooLarge', { name: file.name, size: fileSize(file.size), max: component.maxSizeMB }),
      );
      return;
    }
    if (file.type && component.acceptedTypes.length > 0 && !component.acceptedTypes.includes(file.type)) {
      setFailure(t('apply.files.wrongType', { name: file.name, types: typeNames(component.acceptedTypes) }));
      return;
    }
    setSending({ name: file.name, fraction: 0 });
    try {
      onAdd(
        await uploadFile(file, { componentId: component.id, ...target }, (fraction) =>
          setSending({ name: file.name, fraction }),
        ),
      );
    } catch (error) {
      setFailure(refused(error));
    } finally {
      setSending(undefined);
    }
  };

  return (
    <section
      className={`mc-apply-component${missing ? ' mc-apply-missing' : ''}`}
      aria-labelledby={`${id}-name`}
    >
      <Typography.Title level={3} id={`${id}-name`} className="mc-apply-component-name">
        {name}{' '}
        <Tag color={required ? 'red' : undefined}>
          {t(required ? 'apply.files.required' : 'apply.files.optional')}
        </Tag>
      </Typography.Title>
      <p id={`${id}-rules`} className="mc-apply-rules">
        {t('apply.files.copies', { original: component.copies.original, copy: component.copies.copy })} ·{' '}
        {rules}
      </p>
      {files.length > 0 && (
        <ul className="mc-apply-files" aria-label={t('apply.files.stored', { name })}>
          {files.map((f) => (
            <li key={f.id}>
              <span>
                {f.fileName} <Typography.Text type="secondary">({fileSize(f.size)})</Typography.Text>
              </span>
              {onRemove && (
                <Button
                  size="small"
                  onClick={() => onRemove(f.id)}
                  aria-label={t('apply.files.remove', { name: f.fileName })}
                >
                  {t('apply.files.removeShort')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {sending && (
        <div aria-live="polite">
          <span>{t('apply.files.sending', { name: sending.name })}</span>
          <Progress
            percent={Math.round(sending.fraction * 100)}
            aria-label={t('apply.files.progress', { name: sending.name })}
          />
        </div>
      )}
      {failure && <Alert type="error" showIcon title={failure} role="alert" />}
      {missing && !failure && <Alert type="error" showIcon title={t('apply.files.missing', { name })} />}
      <input
        ref={input}
        type="file"
        hidden
        accept={component.acceptedTypes.join(',')}
        aria-label={t('apply.files.choose', { name })}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void send(file);
        }}
      />
      <div className="mc-apply-file-actions">
        <Button
          onClick={() => input.current?.click()}
          disabled={sending !== undefined}
          aria-describedby={`${id}-rules`}
          aria-label={t('apply.files.choose', { name })}
        >
          {t(files.length > 0 ? 'apply.files.chooseMore' : 'apply.files.chooseShort')}
        </Button>
        {'procedureCode' in target && (
          <ReusePicker component={component} procedureCode={target.procedureCode} onAdd={onAdd} />
        )}
      </div>
    </section>
  );
}
