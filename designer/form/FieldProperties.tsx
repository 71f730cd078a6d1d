/**
 * The properties of the selected field: its names and help in both languages, whether it is required, the checks
 * on its value (length, range, pattern, format), a value filled in beforehand, its choices, and when it is shown
 * (a rule through the rule editors). Each edit is one change of the draft; typing in one box is one undo step.
 */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { FormDefinition, Localized, ProcedureDefinition } from '../../schemas/procedure.ts';
import { RuleField } from '../rules/index.ts';
import { ChoicesEditor } from './ChoicesEditor.tsx';
import { removeField, setKeyword, setRequired, setUi } from './model/edit.ts';
import { valueType } from './model/kinds.ts';
import type { FormField } from './model/tree.ts';
import { useFormWords } from './words.ts';

export interface FieldPropertiesProps {
  field: FormField | undefined;
  definition: ProcedureDefinition;
  change(recipe: (form: FormDefinition) => FormDefinition, coalesce?: string): void;
  onRemoved(): void;
  disabled: boolean;
}

export function FieldProperties(p: FieldPropertiesProps) {
  const { t } = useFormWords();
  return (
    <section className="mc-form-properties" aria-labelledby="mc-form-properties-title">
      <Typography.Title level={2} id="mc-form-properties-title" className="mc-panel-title">
        {t('form.properties.title')}
      </Typography.Title>
      {p.field ? (
        <Properties key={p.field.path} {...p} field={p.field} />
      ) : (
        <p className="mc-panel-hint">{t('form.properties.none')}</p>
      )}
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="mc-field">
      <span className="mc-label">{label}</span>
      {children}
    </label>
  );
}

/** A text in both languages: a label, a help. */
function Localized2({
  value,
  labels,
  onChange,
  disabled,
  long,
}: {
  value: Localized | undefined;
  labels: [string, string];
  onChange(next: Localized | undefined, language: 'vi' | 'en'): void;
  disabled: boolean;
  long?: boolean;
}) {
  const Box = long ? Input.TextArea : Input;
  return (
    <>
      {(['vi', 'en'] as const).map((language, i) => (
        <Row key={language} label={labels[i]}>
          <Box
            value={value?.[language] ?? ''}
            disabled={disabled}
            {...(long ? { autoSize: { minRows: 1, maxRows: 4 } } : {})}
            onChange={(e) => {
              const next = { vi: value?.vi ?? '', en: value?.en ?? '', [language]: e.target.value };
              onChange(next.vi === '' && next.en === '' ? undefined : next, language);
            }}
          />
        </Row>
      ))}
    </>
  );
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function isPattern(text: string): boolean {
  try {
    new RegExp(text, 'u');
    return true;
  } catch {
    return false;
  }
}

function Properties({
  field,
  definition,
  change,
  onRemoved,
  disabled,
}: FieldPropertiesProps & { field: FormField }) {
  const { t, fieldName } = useFormWords();
  const path = field.path;
  const type = valueType(field.kind);
  const schema = field.schema;
  const keyword = (name: string, value: unknown) =>
    change((f) => setKeyword(f, path, name, value), `${name}:${path}`);
  const [pattern, setPattern] = useState(typeof schema.pattern === 'string' ? schema.pattern : '');
  const [shownWhen, setShownWhen] = useState(field.ui?.visibleIf !== undefined);
  const name = fieldName(field);
  const title = typeof schema.title === 'string' ? schema.title : undefined;

  return (
    <div className="mc-properties-body">
      <p className="mc-properties-type">
        {t('form.properties.kind')}: <strong>{t(`form.palette.kinds.${field.kind}`)}</strong>
        <br />
        {t('form.properties.key')}: <code>{path}</code>
      </p>
      <Localized2
        value={field.ui?.label ?? (title ? { vi: title, en: title } : undefined)}
        labels={[t('form.properties.labelVi'), t('form.properties.labelEn')]}
        disabled={disabled}
        onChange={(label, language) =>
          change((f) => setUi(f, path, 'label', label), `label:${path}:${language}`)
        }
      />
      <Localized2
        long
        value={field.ui?.help}
        labels={[t('form.properties.helpVi'), t('form.properties.helpEn')]}
        disabled={disabled}
        onChange={(help, language) => change((f) => setUi(f, path, 'help', help), `help:${path}:${language}`)}
      />
      <Checkbox
        className="mc-field"
        checked={field.required}
        disabled={disabled}
        onChange={(e) => change((f) => setRequired(f, path, e.target.checked))}
      >
        {t('form.properties.required')}
      </Checkbox>

      {(type === 'text' || type === 'number') && (
        <fieldset className="mc-form-checks">
          <legend>{t('form.properties.validation')}</legend>
          {type === 'text' ? (
            <>
              <Row label={t('form.properties.minLength')}>
                <InputNumber
                  min={0}
                  precision={0}
                  value={num(schema.minLength)}
                  disabled={disabled}
                  onChange={(v) => keyword('minLength', v ?? undefined)}
                />
              </Row>
              <Row label={t('form.properties.maxLength')}>
                <InputNumber
                  min={1}
                  precision={0}
                  value={num(schema.maxLength)}
                  disabled={disabled}
                  onChange={(v) => keyword('maxLength', v ?? undefined)}
                />
              </Row>
              {field.kind === 'text' && (
                <>
                  <Row label={t('form.properties.pattern')}>
                    <Input
                      value={pattern}
                      disabled={disabled}
                      status={isPattern(pattern) ? undefined : 'error'}
                      onChange={(e) => {
                        setPattern(e.target.value);
                        if (isPattern(e.target.value)) keyword('pattern', e.target.value || undefined);
                      }}
                    />
                  </Row>
                  {!isPattern(pattern) && (
                    <Typography.Text type="danger" role="alert">
                      {t('form.properties.patternInvalid')}
                    </Typography.Text>
                  )}
                  <Row label={t('form.properties.format')}>
                    <Select
                      value={typeof schema.format === 'string' ? schema.format : ''}
                      disabled={disabled}
                      options={(['', 'email', 'date', 'uri'] as const).map((f) => ({
                        value: f,
                        label: t(`form.properties.formats.${f || 'none'}`),
                      }))}
                      onChange={(v: string) => keyword('format', v || undefined)}
                    />
                  </Row>
                </>
              )}
            </>
          ) : (
            <>
              <Row label={t('form.properties.minimum')}>
                <InputNumber
                  value={num(schema.minimum)}
                  disabled={disabled}
                  onChange={(v) => keyword('minimum', v ?? undefined)}
                />
              </Row>
              <Row label={t('form.properties.maximum')}>
                <InputNumber
                  value={num(schema.maximum)}
                  disabled={disabled}
                  onChange={(v) => keyword('maximum', v ?? undefined)}
                />
              </Row>
            </>
          )}
        </fieldset>
      )}

      {type === 'choice' && <ChoicesEditor field={field} change={change} disabled={disabled} />}

      <DefaultValue field={field} onChange={(v) => keyword('default', v)} disabled={disabled} />

      <fieldset className="mc-form-visibility">
        <legend>{t('form.properties.visibility')}</legend>
        <Radio.Group
          value={shownWhen ? 'when' : 'always'}
          disabled={disabled}
          onChange={(e) => {
            const when = e.target.value === 'when';
            setShownWhen(when);
            if (!when) change((f) => setUi(f, path, 'visibleIf', undefined));
          }}
          options={[
            { value: 'always', label: t('form.properties.always') },
            { value: 'when', label: t('form.properties.when') },
          ]}
        />
        {shownWhen && (
          <RuleField
            definition={definition}
            path={`/form/ui/fields/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/visibleIf`}
            value={field.ui?.visibleIf}
            label={t('form.properties.visibleIf', { field: name })}
            disabled={disabled}
            onChange={(rule) => change((f) => setUi(f, path, 'visibleIf', rule), `visibleIf:${path}`)}
          />
        )}
      </fieldset>

      <Button
        danger
        icon={<DeleteOutlined />}
        disabled={disabled}
        onClick={() => {
          change((f) => removeField(f, path));
          onRemoved();
        }}
      >
        {t('form.properties.remove')}
      </Button>
    </div>
  );
}

/** The value filled in beforehand: typed for texts and numbers, picked for yes/no and a single choice. */
function DefaultValue({
  field,
  onChange,
  disabled,
}: {
  field: FormField;
  onChange(value: unknown): void;
  disabled: boolean;
}) {
  const { t } = useFormWords();
  const type = valueType(field.kind);
  const value = field.schema.default;
  const label = t('form.properties.default');
  if (type === 'text' && field.kind !== 'date' && field.kind !== 'file')
    return (
      <Row label={label}>
        <Input
          value={typeof value === 'string' ? value : ''}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value || undefined)}
        />
      </Row>
    );
  if (type === 'number')
    return (
      <Row label={label}>
        <InputNumber value={num(value)} disabled={disabled} onChange={(v) => onChange(v ?? undefined)} />
      </Row>
    );
  const choices =
    type === 'boolean'
      ? [
          { value: 'true', label: t('form.properties.yes') },
          { value: 'false', label: t('form.properties.no') },
        ]
      : field.kind === 'select' || field.kind === 'radio'
        ? (Array.isArray(field.schema.enum) ? field.schema.enum : []).map((c) => ({
            value: JSON.stringify(c),
            label: field.ui?.options?.[String(c)]?.vi || String(c),
          }))
        : undefined;
  if (!choices) return null;
  return (
    <Row label={label}>
      <Select
        value={value === undefined ? '' : JSON.stringify(value)}
        disabled={disabled}
        options={[{ value: '', label: t('form.properties.noDefault') }, ...choices]}
        onChange={(v: string) => onChange(v === '' ? undefined : JSON.parse(v))}
      />
    </Row>
  );
}
