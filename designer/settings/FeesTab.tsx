/**
 * The "Lệ phí" tab: the fee and charge lines, each an amount in VND or a rule (per copy, exemptions are rules
 * built with the rule builder), and a calculator that prices sample answers.
 */
import { Button, Radio } from 'antd';
import { useState } from 'react';
import type { FeeItem } from '../../schemas/procedure.ts';
import { RuleField } from '../rules/index.ts';
import { useDraft } from '../draft/hooks.ts';
import { FeeCalculator } from './FeeCalculator.tsx';
import { FeePeriod } from './FeePeriod.tsx';
import { ItemCard } from './ItemCard.tsx';
import { freshId } from './list.ts';
import { LocalizedInput } from './LocalizedInput.tsx';
import { Problems } from './Problems.tsx';
import { useList } from './useList.ts';
import { useProblems } from './useProblems.ts';
import { useSettingsWords } from './words.ts';
import './settings.css';

export function FeesTab() {
  const { t, pick } = useSettingsWords();
  const definition = useDraft((s) => s.definition);
  const edits = useList('fees');
  const { list, readonly, add, update } = edits;
  const problems = useProblems();
  const [now] = useState(() => Date.now());

  const addFee = () =>
    add({
      id: freshId(list, 'fee'),
      kind: 'fee',
      label: { vi: t('fees.newName', { lng: 'vi' }), en: t('fees.newName', { lng: 'en' }) },
      amount: 0,
    });

  return (
    <div className="mc-settings">
      <h2>{t('fees.title')}</h2>
      {list.map((fee, index) => {
        const name = pick(fee.label) || fee.id;
        const set = (next: Partial<FeeItem>, field: string) => update(index, { ...fee, ...next }, field);
        return (
          <ItemCard key={fee.id} name={name} index={index} edits={edits}>
            <LocalizedInput
              label={t('fees.name')}
              value={fee.label}
              disabled={readonly}
              onChange={(v) => set({ label: v }, 'label')}
            />
            <Radio.Group
              aria-label={t('fees.kind', { name })}
              value={fee.kind}
              disabled={readonly}
              className="mc-settings-wide"
              onChange={(e) => set({ kind: e.target.value as FeeItem['kind'] }, 'kind')}
              options={[
                { value: 'fee', label: t('fees.kinds.fee') },
                { value: 'charge', label: t('fees.kinds.charge') },
              ]}
            />
            <FeePeriod fee={fee} disabled={readonly} onChange={(next, field) => update(index, next, field)} />
            <RuleField
              definition={definition}
              path={`/fees/${index}/amount`}
              value={fee.amount}
              now={now}
              label={t('fees.amount', { name })}
              disabled={readonly}
              onChange={(rule) => set({ amount: rule ?? 0 }, 'amount')}
            />
            <Problems problems={problems} path={`/fees/${index}`} />
          </ItemCard>
        );
      })}
      <Button type="primary" disabled={readonly} onClick={addFee}>
        {t('fees.add')}
      </Button>
      <FeeCalculator definition={definition} now={now} />
    </div>
  );
}
