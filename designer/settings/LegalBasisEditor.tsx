/** The legal texts the procedure rests on: title, number and the date it took effect. */
import { Button, Card, Input } from 'antd';
import type { LegalBasis } from '../../schemas/procedure.ts';
import { ItemActions } from './ItemActions.tsx';
import { useList } from './useList.ts';
import { useSettingsWords } from './words.ts';

const FIELDS = ['title', 'number', 'effectiveDate'] as const;

export function LegalBasisEditor() {
  const { t } = useSettingsWords();
  const { list, readonly, add, remove, move, update } = useList('legalBasis');
  return (
    <fieldset className="mc-settings-fieldset">
      <legend>{t('legal.heading')}</legend>
      {list.map((basis, index) => {
        const name = basis.number || basis.title || t('legal.untitled');
        return (
          // Legal texts have no id: their place is their key.
          <Card
            key={index}
            size="small"
            className="mc-settings-item"
            title={name}
            extra={
              <ItemActions
                name={name}
                index={index}
                count={list.length}
                disabled={readonly}
                onMove={(to) => move(index, to)}
                onRemove={() => remove(index)}
              />
            }
          >
            <div className="mc-settings-row">
              {FIELDS.map((field) => (
                <label key={field}>
                  <span>{t(`legal.${field}`)}</span>
                  <Input
                    type={field === 'effectiveDate' ? 'date' : 'text'}
                    value={basis[field]}
                    disabled={readonly}
                    onChange={(e) =>
                      update(index, { ...basis, [field]: e.target.value } as LegalBasis, field)
                    }
                  />
                </label>
              ))}
            </div>
          </Card>
        );
      })}
      <Button disabled={readonly} onClick={() => add({ title: '', number: '', effectiveDate: '' })}>
        {t('legal.add')}
      </Button>
    </fieldset>
  );
}
