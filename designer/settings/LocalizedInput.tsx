/** A name in Vietnamese and in English, side by side. */
import { Input } from 'antd';
import type { Localized } from '../../schemas/procedure.ts';
import { useSettingsWords } from './words.ts';

export function LocalizedInput({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string;
  value: Localized;
  onChange(next: Localized): void;
  disabled: boolean;
}) {
  const { t } = useSettingsWords();
  return (
    <div className="mc-settings-localized">
      {(['vi', 'en'] as const).map((lng) => (
        <label key={lng}>
          <span>{t(`name.${lng}`, { field: label })}</span>
          <Input
            value={value[lng]}
            disabled={disabled}
            onChange={(e) => onChange({ ...value, [lng]: e.target.value })}
          />
        </label>
      ))}
    </div>
  );
}
