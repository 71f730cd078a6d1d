/** A duration (a step's time allotment): an amount and its unit on one line, for the properties panel. */
import { InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAX_DURATION, TIME_UNITS } from '../../runtime/engine/index.ts';
import type { Widget } from '../../runtime/web/form/index.ts';
import type { Duration, TimeUnit } from '../../schemas/procedure.ts';

export const DurationWidget: Widget = ({
  id,
  value,
  onChange,
  onBlur,
  disabled,
  describedBy,
  invalid,
  label,
}) => {
  const { t } = useTranslation('designer');
  const duration = value as Partial<Duration> | undefined;
  const set = (next: Partial<Duration>) => {
    const merged = { unit: 'working_days' as TimeUnit, ...duration, ...next };
    onChange(merged.value === undefined || merged.value === null ? undefined : merged);
  };
  return (
    <Space.Compact className="mc-duration">
      <InputNumber
        id={id}
        min={0}
        max={MAX_DURATION}
        value={duration?.value}
        disabled={disabled}
        status={invalid ? 'error' : undefined}
        aria-describedby={describedBy}
        onBlur={onBlur}
        onChange={(v) => set({ value: v ?? undefined })}
      />
      <Select
        aria-label={t('process.duration.unit', { field: label })}
        value={duration?.unit ?? 'working_days'}
        disabled={disabled}
        onChange={(unit: TimeUnit) => set({ unit })}
        options={TIME_UNITS.map((u) => ({ value: u, label: t(`process.duration.units.${u}`) }))}
      />
    </Space.Compact>
  );
};
