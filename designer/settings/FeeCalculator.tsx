/**
 * The fee calculator: the clerk answers the questions the fees depend on and sees each line and the total in VND,
 * computed by the engine as the server will compute them.
 */
import { Alert, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { showMoney } from '../../runtime/web/form/format/money.ts';
import { formRuleFields } from '../rules/model/fields.ts';
import { calculate, feeFields } from './calculator.ts';
import { useSettingsWords } from './words.ts';

export function FeeCalculator({ definition, now }: { definition: ProcedureDefinition; now: number }) {
  const { t, pick } = useSettingsWords();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const fields = useMemo(() => {
    const known = new Map(formRuleFields(definition.form).map((f) => [f.path, f]));
    return feeFields(definition).map((path) => ({ path, info: known.get(path) }));
  }, [definition]);
  const result = calculate(definition, answers, now);
  const answer = (path: string, text: string) => setAnswers((a) => ({ ...a, [path]: text }));

  return (
    <section className="mc-settings-calculator" aria-labelledby="mc-fee-calculator">
      <h3 id="mc-fee-calculator">{t('fees.calculator.title')}</h3>
      <div className="mc-settings-row">
        {fields.map(({ path, info }) => {
          const label = info ? pick(info.label) : path;
          return (
            <label key={path}>
              <span>{label}</span>
              {info?.choices ? (
                <Select
                  aria-label={label}
                  allowClear
                  className="mc-settings-choice"
                  value={answers[path]}
                  onChange={(v: string | undefined) => answer(path, v ?? '')}
                  options={info.choices.map((c) => ({ value: String(c.value), label: pick(c.label) }))}
                />
              ) : (
                <Input value={answers[path] ?? ''} onChange={(e) => answer(path, e.target.value)} />
              )}
            </label>
          );
        })}
      </div>
      {result.ok ? (
        <div aria-live="polite">
          <ul>
            {result.value.items.map((item) => (
              <li key={item.id}>
                {pick(item.label)}: {showMoney(item.amount)} ₫
              </li>
            ))}
          </ul>
          <p className="mc-settings-total">
            {t('fees.calculator.total', { amount: showMoney(result.value.total) })}
          </p>
        </div>
      ) : (
        <Alert role="status" type="warning" showIcon title={pick(result.error.message)} />
      )}
    </section>
  );
}
