/**
 * The value a condition compares its field with, in the input that suits the field: the citizen form's own date
 * (dd/mm/yyyy), money and number inputs, the field's choices by their labels, yes/no, tags for a list of texts.
 */
import { InputNumber, Select } from 'antd';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_WIDGETS, type Widget } from '../../../runtime/web/form/index.ts';
import type { RuleFieldInfo } from '../model/fields.ts';
import type { ValueShape } from '../model/operators.ts';
import { useRuleWords, type RuleWords } from '../words.ts';

interface InputProps {
  value: unknown;
  onChange(value: unknown): void;
  label: string;
  disabled?: boolean;
}

const noop = () => undefined;

/** One of the renderer's widgets, labelled for assistive technology (the row shows no label of its own). */
export function RendererInput({
  widget: W,
  integer,
  ...p
}: InputProps & { widget: Widget; integer?: boolean }) {
  const id = useId();
  const { i18n } = useTranslation();
  const { language } = useRuleWords();
  // The renderer's widgets read its own words (namespace `form`).
  const t = useMemo(() => i18n.getFixedT(language, 'form') as (key: string) => string, [i18n, language]);
  return (
    <span className="mc-rule-input">
      <label htmlFor={id} className="mc-visually-hidden">
        {p.label}
      </label>
      <W
        id={id}
        value={p.value === '' ? undefined : p.value}
        onChange={(v) => p.onChange(v ?? '')}
        onBlur={noop}
        schema={integer ? { type: 'integer' } : {}}
        options={[]}
        label={p.label}
        required={false}
        invalid={false}
        disabled={!!p.disabled}
        language={language}
        mode="config"
        dataSources={{}}
        path=""
        t={t}
      />
    </span>
  );
}

function choiceOptions(field: RuleFieldInfo, words: RuleWords) {
  if (field.type === 'boolean')
    return [
      { value: 'true', label: words.t('builder.yes') },
      { value: 'false', label: words.t('builder.no') },
    ];
  return (field.choices ?? []).map((c) => ({ value: JSON.stringify(c.value), label: words.pick(c.label) }));
}

/** A choice (or yes/no) by its label; the option keys are the values as JSON, so numbers stay numbers. */
function ChoiceInput({ field, multiple, ...p }: InputProps & { field: RuleFieldInfo; multiple: boolean }) {
  const words = useRuleWords();
  const options = choiceOptions(field, words);
  const key = (v: unknown) => JSON.stringify(v);
  const shown = multiple
    ? (Array.isArray(p.value) ? p.value : []).map(key)
    : p.value === '' || p.value === undefined
      ? undefined
      : key(p.value);
  return (
    <Select
      className="mc-rule-value-select"
      aria-label={p.label}
      placeholder={words.t('builder.choose')}
      mode={multiple ? 'multiple' : undefined}
      options={options}
      value={shown}
      showSearch={{ optionFilterProp: 'label' }}
      popupMatchSelectWidth={false}
      disabled={p.disabled}
      onChange={(v: string | string[]) =>
        p.onChange(Array.isArray(v) ? v.map((x) => JSON.parse(x) as unknown) : JSON.parse(v))
      }
    />
  );
}

/** A list of texts: each typed entry becomes one (trimmed, as the export writes it). */
function TextListInput(p: InputProps) {
  const words = useRuleWords();
  return (
    <Select
      className="mc-rule-value-select"
      aria-label={p.label}
      mode="tags"
      placeholder={words.t('builder.typeHere')}
      open={false}
      suffixIcon={null}
      disabled={p.disabled}
      value={Array.isArray(p.value) ? (p.value as string[]) : []}
      onChange={(v: string[]) => p.onChange([...new Set(v.map((x) => x.trim()).filter((x) => x !== ''))])}
    />
  );
}

function OneValue({ field, ...p }: InputProps & { field: RuleFieldInfo }) {
  switch (field.type) {
    case 'text':
      return <RendererInput widget={BUILT_IN_WIDGETS.text} {...p} />;
    case 'number':
      return <RendererInput widget={BUILT_IN_WIDGETS.number} {...p} />;
    case 'money':
      return <RendererInput widget={BUILT_IN_WIDGETS.money} integer {...p} />;
    case 'date':
      return <RendererInput widget={BUILT_IN_WIDGETS.date} {...p} />;
    default:
      return <ChoiceInput field={field} multiple={false} {...p} />;
  }
}

export function ValueInput({ field, shape, ...p }: InputProps & { field: RuleFieldInfo; shape: ValueShape }) {
  const words = useRuleWords();
  const { t } = words;
  switch (shape) {
    case 'none':
      return null;
    case 'days':
      return (
        <InputNumber
          className="mc-rule-days"
          aria-label={`${p.label}: ${t('builder.days')}`}
          min={0}
          precision={0}
          suffix={t('builder.daysUnit')}
          value={typeof p.value === 'number' ? p.value : null}
          onChange={(v) => p.onChange(v ?? '')}
          disabled={p.disabled}
        />
      );
    case 'list':
      return field.type === 'text' ? <TextListInput {...p} /> : <ChoiceInput field={field} multiple {...p} />;
    case 'pair': {
      const pair = Array.isArray(p.value) ? p.value : ['', ''];
      const set = (i: number) => (v: unknown) => p.onChange(i === 0 ? [v, pair[1]] : [pair[0], v]);
      return (
        <span className="mc-rule-pair">
          <OneValue
            field={field}
            label={`${p.label}: ${t('builder.from')}`}
            disabled={p.disabled}
            value={pair[0]}
            onChange={set(0)}
          />
          <span aria-hidden="true">{t('builder.to')}</span>
          <OneValue
            field={field}
            label={`${p.label}: ${t('builder.to')}`}
            disabled={p.disabled}
            value={pair[1]}
            onChange={set(1)}
          />
        </span>
      );
    }
    default:
      return <OneValue field={field} {...p} />;
  }
}
