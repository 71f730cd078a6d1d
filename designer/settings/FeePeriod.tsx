/** When a fee line applies (by the dossier's time of receipt) and which charge it is a table of. */
import { Input } from 'antd';
import type { EffectivePeriod, FeeItem } from '../../schemas/procedure.ts';
import { DateInput } from './DateInput.tsx';
import { useSettingsWords } from './words.ts';

const ENDS = ['from', 'until'] as const;

/** The line without `key` when `value` is empty: an absent end is an open one. */
function withOptional<K extends 'purpose' | 'effective'>(fee: FeeItem, key: K, value: FeeItem[K]): FeeItem {
  const next: FeeItem = { ...fee, [key]: value };
  const empty = value === '' || (typeof value === 'object' && Object.keys(value).length === 0);
  if (empty) delete next[key];
  return next;
}

export function FeePeriod({
  fee,
  disabled,
  onChange,
}: {
  fee: FeeItem;
  disabled: boolean;
  onChange: (next: FeeItem, field: string) => void;
}) {
  const { t } = useSettingsWords();
  const setEnd = (end: (typeof ENDS)[number], day: string) => {
    const { [end]: _dropped, ...period }: EffectivePeriod = fee.effective ?? {};
    onChange(withOptional(fee, 'effective', day ? { ...period, [end]: day } : period), 'effective');
  };
  return (
    <div className="mc-settings-row">
      <label>
        <span>{t('fees.purpose')}</span>
        <Input
          value={fee.purpose ?? ''}
          placeholder={fee.id}
          disabled={disabled}
          onChange={(e) => onChange(withOptional(fee, 'purpose', e.target.value.trim()), 'purpose')}
        />
      </label>
      {ENDS.map((end) => (
        <label key={end}>
          <span>{t(`fees.effective.${end}`)}</span>
          <DateInput
            value={fee.effective?.[end] ?? ''}
            disabled={disabled}
            onChange={(day) => setEnd(end, day)}
          />
        </label>
      ))}
    </div>
  );
}
