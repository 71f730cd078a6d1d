/** The legal texts the procedure rests on: title, number and the date it took effect. */
import { Button, Input } from 'antd';
import type { LegalBasis } from '../../schemas/procedure.ts';
import { DateInput } from './DateInput.tsx';
import { ItemCard } from './ItemCard.tsx';
import { useList } from './useList.ts';
import { useSettingsWords } from './words.ts';

const FIELDS = ['title', 'number', 'effectiveDate'] as const;

export function LegalBasisEditor() {
  const { t } = useSettingsWords();
  const edits = useList('legalBasis');
  const { list, readonly, add, update } = edits;
  return (
    <fieldset className="mc-settings-fieldset">
      <legend>{t('legal.heading')}</legend>
      {list.map((basis, index) => {
        const name = basis.number || basis.title || t('legal.untitled');
        return (
          // Legal texts have no id: their place is their key.
          <ItemCard key={index} name={name} index={index} edits={edits}>
            <div className="mc-settings-row">
              {FIELDS.map((field) => {
                const set = (text: string) => update(index, { ...basis, [field]: text } as LegalBasis, field);
                return (
                  <label key={field}>
                    <span>{t(`legal.${field}`)}</span>
                    {field === 'effectiveDate' ? (
                      <DateInput value={basis[field]} disabled={readonly} onChange={set} />
                    ) : (
                      <Input value={basis[field]} disabled={readonly} onChange={(e) => set(e.target.value)} />
                    )}
                  </label>
                );
              })}
            </div>
          </ItemCard>
        );
      })}
      <Button disabled={readonly} onClick={() => add({ title: '', number: '', effectiveDate: '' })}>
        {t('legal.add')}
      </Button>
    </fieldset>
  );
}
