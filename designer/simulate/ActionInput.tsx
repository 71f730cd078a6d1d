/** The input an action takes, as fields a clerk fills: pre-filled with test values (input.ts), each changeable. */
import { Input, InputNumber, Select, Switch } from 'antd';
import { useId } from 'react';
import { formatInstant, parseInstant } from '../../runtime/engine/index.ts';
import { showMoney } from '../../runtime/web/form/index.ts';
import { toLocalInput } from './clock.ts';
import type { InputField } from './input.ts';
import { useSimulateWords } from './words.ts';

type Values = Record<string, unknown>;

export function ActionInput({
  fields,
  values,
  onChange,
}: {
  fields: InputField[];
  values: Values;
  onChange(values: Values): void;
}) {
  return (
    <div className="mc-sim-input">
      {fields.map((field) => (
        <InputRow
          key={field.key}
          field={field}
          value={values[field.key]}
          onChange={(v) => onChange({ ...values, [field.key]: v })}
        />
      ))}
    </div>
  );
}

function InputRow({
  field,
  value,
  onChange,
}: {
  field: InputField;
  value: unknown;
  onChange(v: unknown): void;
}) {
  const { t } = useSimulateWords();
  const id = useId();
  const label = t(`act.fields.${field.key as 'reason'}`, { defaultValue: field.key });
  const control = () => {
    switch (field.kind) {
      case 'fixed':
        return <output id={id}>{typeof value === 'number' ? showMoney(value) : String(value)}</output>;
      case 'choice':
        return (
          <Select
            id={id}
            value={value}
            onChange={onChange}
            options={field.choices?.map((c) => ({
              value: c as string,
              label: t(`act.choices.${c as 'counter'}`, { defaultValue: String(c) }),
            }))}
          />
        );
      case 'time': {
        const at = typeof value === 'string' ? parseInstant(value) : undefined;
        return (
          <Input
            id={id}
            type="datetime-local"
            value={at === undefined ? '' : toLocalInput(at)}
            onChange={(e) => {
              const next = parseInstant(e.target.value);
              if (next !== undefined) onChange(formatInstant(next));
            }}
          />
        );
      }
      case 'number':
        return <InputNumber id={id} value={value as number} onChange={onChange} />;
      case 'yes_no':
        return <Switch id={id} checked={value === true} onChange={onChange} />;
      default:
        return <Input id={id} value={value as string} onChange={(e) => onChange(e.target.value)} />;
    }
  };
  return (
    <div className="mc-sim-field">
      <label htmlFor={id}>{label}</label>
      {control()}
    </div>
  );
}
