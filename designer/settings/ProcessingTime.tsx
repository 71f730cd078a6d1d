/** The processing time: a fixed number of working days (or hours…), or a rule over the form's answers. */
import { InputNumber, Radio, Select } from 'antd';
import { MAX_DURATION, TIME_UNITS } from '../../runtime/engine/index.ts';
import type { ProcedureDefinition, ProcessingTime as Time, TimeUnit } from '../../schemas/procedure.ts';
import { RuleField } from '../rules/index.ts';
import { useSettingsWords } from './words.ts';

export function ProcessingTime({
  definition,
  disabled,
  now,
  onChange,
}: {
  definition: ProcedureDefinition;
  disabled: boolean;
  now: number;
  onChange(next: Time, field: string): void;
}) {
  const { t } = useSettingsWords();
  const time = definition.processingTime;
  const byRule = 'rule' in time;
  const label = t('time.processing');
  return (
    <fieldset className="mc-settings-fieldset">
      <legend>{label}</legend>
      <Radio.Group
        aria-label={t('time.how')}
        value={byRule ? 'rule' : 'fixed'}
        disabled={disabled}
        className="mc-settings-wide"
        onChange={(e) =>
          onChange(
            e.target.value === 'rule'
              ? { rule: 'value' in time ? time.value : 0, unit: time.unit }
              : { value: 'value' in time ? time.value : 0, unit: time.unit },
            'how',
          )
        }
        options={[
          { value: 'fixed', label: t('time.fixed') },
          { value: 'rule', label: t('time.byRule') },
        ]}
      />
      <div className="mc-settings-row">
        {!byRule && (
          <label>
            <span>{t('time.amount')}</span>
            <InputNumber
              min={0}
              max={MAX_DURATION}
              precision={0}
              value={time.value}
              disabled={disabled}
              onChange={(v) => onChange({ ...time, value: v ?? 0 }, 'value')}
            />
          </label>
        )}
        <label>
          <span>{t('time.unit')}</span>
          <Select
            aria-label={t('time.unit')}
            className="mc-settings-choice"
            value={time.unit}
            disabled={disabled}
            onChange={(unit: TimeUnit) => onChange({ ...time, unit }, 'unit')}
            options={TIME_UNITS.map((u) => ({ value: u, label: t(`time.units.${u}`) }))}
          />
        </label>
      </div>
      {byRule && (
        <RuleField
          definition={definition}
          path="/processingTime/rule"
          value={time.rule}
          now={now}
          label={label}
          disabled={disabled}
          onChange={(rule) => onChange({ ...time, rule: rule ?? 0 }, 'rule')}
        />
      )}
    </fieldset>
  );
}
