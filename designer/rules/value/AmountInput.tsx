/**
 * One amount of a value rule: a fixed number (VND through the citizen form's money input, or a number of days),
 * or — for fees — a price per copy counted by a number field, beyond some free copies.
 */
import { InputNumber, Radio, Select } from 'antd';
import { BUILT_IN_WIDGETS } from '../../../runtime/web/form/index.ts';
import { RendererInput } from '../builder/ValueInput.tsx';
import type { RuleFieldInfo } from '../model/fields.ts';
import type { RulePlaceKind } from '../model/place.ts';
import type { Amount } from '../model/value-rule.ts';
import { fieldName, useRuleWords } from '../words.ts';

/** An amount as typed: parts may still be missing. */
export type AmountDraft =
  { kind: 'fixed'; value?: number } | { kind: 'perCopy'; field?: string; price?: number; free?: number };

export function completeAmount(d: AmountDraft): Amount | undefined {
  if (d.kind === 'fixed') return d.value === undefined ? undefined : { kind: 'fixed', value: d.value };
  const { field, price, free } = d;
  return field === undefined || price === undefined
    ? undefined
    : { kind: 'perCopy', field, price, free: free ?? 0 };
}

const whole = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;

interface AmountInputProps {
  value: AmountDraft;
  onChange(value: AmountDraft): void;
  unit: Extract<RulePlaceKind, { kind: 'value' }>['unit'];
  /** The number fields that can count copies; empty where amounts are not per copy. */
  counts: readonly RuleFieldInfo[];
  /** Names the amount ("Trường hợp 2"). */
  label: string;
  disabled: boolean;
}

function Money(p: { value?: number; onChange(v?: number): void; label: string; disabled: boolean }) {
  return (
    <RendererInput
      widget={BUILT_IN_WIDGETS.money}
      integer
      value={p.value ?? ''}
      onChange={(v) => p.onChange(whole(v))}
      label={p.label}
      disabled={p.disabled}
    />
  );
}

export function AmountInput({ value, onChange, unit, counts, label, disabled }: AmountInputProps) {
  const words = useRuleWords();
  const { t } = words;
  const unitWord = t(`value.units.${unit}`);
  const fixed =
    value.kind === 'fixed' ? (
      unit === 'vnd' ? (
        <Money
          value={value.value}
          onChange={(v) => onChange({ kind: 'fixed', value: v })}
          label={`${label}: ${t('value.amount')}`}
          disabled={disabled}
        />
      ) : (
        <InputNumber
          aria-label={`${label}: ${t('value.count')} (${unitWord})`}
          min={0}
          precision={0}
          suffix={unitWord}
          value={value.value ?? null}
          disabled={disabled}
          onChange={(v) => onChange({ kind: 'fixed', value: whole(v) })}
        />
      )
    ) : null;
  return (
    <div className="mc-rule-amount">
      {counts.length > 0 && (
        <Radio.Group
          aria-label={`${label}: ${t('value.kind')}`}
          value={value.kind}
          optionType="button"
          disabled={disabled}
          onChange={(e) =>
            onChange(e.target.value === 'fixed' ? { kind: 'fixed' } : { kind: 'perCopy', free: 0 })
          }
          options={[
            { value: 'fixed', label: t('value.fixed') },
            { value: 'perCopy', label: t('value.perCopy') },
          ]}
        />
      )}
      {fixed}
      {value.kind === 'perCopy' && (
        <>
          <Money
            value={value.price}
            onChange={(price) => onChange({ ...value, price })}
            label={`${label}: ${t('value.price')}`}
            disabled={disabled}
          />
          <span>{t('value.perCopyOf')}</span>
          <Select
            className="mc-rule-field"
            aria-label={`${label}: ${t('value.copiesField')}`}
            placeholder={t('value.copiesField')}
            value={value.field}
            options={counts.map((f) => ({ value: f.path, label: fieldName(f, words) }))}
            popupMatchSelectWidth={false}
            disabled={disabled}
            onChange={(field: string) => onChange({ ...value, field })}
          />
          <span>{t('value.freeFirst')}</span>
          <InputNumber
            className="mc-rule-days"
            aria-label={`${label}: ${t('value.free')}`}
            min={0}
            precision={0}
            suffix={t('value.freeUnit')}
            value={value.free ?? 0}
            disabled={disabled}
            onChange={(v) => onChange({ ...value, free: whole(v) ?? 0 })}
          />
        </>
      )}
    </div>
  );
}
