/** What the procedure issues: each result's names and whether it is issued online (signed) or handed over in person. */
import { Button, Checkbox, Radio } from 'antd';
import { ItemCard } from './ItemCard.tsx';
import { freshId } from './list.ts';
import { LocalizedInput } from './LocalizedInput.tsx';
import { useList } from './useList.ts';
import { useSettingsWords } from './words.ts';

export function ResultsEditor() {
  const { t, pick } = useSettingsWords();
  const edits = useList('results');
  const { list, readonly, add, update } = edits;
  return (
    <fieldset className="mc-settings-fieldset">
      <legend>{t('results.title')}</legend>
      {list.map((result, index) => {
        const name = pick(result.name) || result.id;
        return (
          <ItemCard key={result.id} name={name} index={index} edits={edits}>
            <LocalizedInput
              label={t('results.name')}
              value={result.name}
              disabled={readonly}
              onChange={(v) => update(index, { ...result, name: v }, 'name')}
            />
            <Radio.Group
              aria-label={t('results.delivery', { name })}
              value={result.electronic === true}
              disabled={readonly}
              onChange={(e) =>
                update(index, { ...result, electronic: e.target.value as boolean }, 'electronic')
              }
              options={[
                { value: true, label: t('results.online') },
                { value: false, label: t('results.inPerson') },
              ]}
            />
            <Checkbox
              checked={result.delivery === 'in_person'}
              disabled={readonly}
              onChange={(e) => {
                const { delivery: _was, ...rest } = result;
                update(index, e.target.checked ? { ...rest, delivery: 'in_person' } : rest, 'delivery');
              }}
            >
              {t('results.collectInPerson')}
            </Checkbox>
          </ItemCard>
        );
      })}
      <Button
        disabled={readonly}
        onClick={() =>
          add({
            id: freshId(list, 'result'),
            name: { vi: t('results.newName', { lng: 'vi' }), en: t('results.newName', { lng: 'en' }) },
          })
        }
      >
        {t('results.add')}
      </Button>
    </fieldset>
  );
}
