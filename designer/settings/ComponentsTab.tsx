/**
 * The "Thành phần hồ sơ" tab: the papers a citizen hands in, in order — each with its names, how many originals and
 * copies, the file types and size accepted, and whether it is needed (always, never, or when a condition holds).
 */
import { Button, InputNumber, Select } from 'antd';
import type { Component } from '../../schemas/procedure.ts';
import { RuleField } from '../rules/index.ts';
import { useDraft } from '../draft/hooks.ts';
import { ItemCard } from './ItemCard.tsx';
import { freshId } from './list.ts';
import { LocalizedInput } from './LocalizedInput.tsx';
import { Problems } from './Problems.tsx';
import { useList } from './useList.ts';
import { useProblems } from './useProblems.ts';
import { useSettingsWords } from './words.ts';
import './settings.css';

const FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export function ComponentsTab() {
  const { t, pick } = useSettingsWords();
  const definition = useDraft((s) => s.definition);
  const edits = useList('components');
  const { list, readonly, add, update } = edits;
  const problems = useProblems();

  const addComponent = () =>
    add({
      id: freshId(list, 'component'),
      name: { vi: t('components.newName', { lng: 'vi' }), en: t('components.newName', { lng: 'en' }) },
      copies: { original: 1, copy: 0 },
      required: true,
      acceptedTypes: [...FILE_TYPES],
      maxSizeMB: 10,
    });

  return (
    <div className="mc-settings">
      <h2>{t('components.title')}</h2>
      {list.map((c, index) => {
        const name = pick(c.name) || c.id;
        const set = (next: Partial<Component>, field: string) => update(index, { ...c, ...next }, field);
        return (
          <ItemCard key={c.id} name={name} index={index} edits={edits}>
            <LocalizedInput
              label={t('components.name')}
              value={c.name}
              disabled={readonly}
              onChange={(v) => set({ name: v }, 'name')}
            />
            <div className="mc-settings-row">
              <label>
                <span>{t('components.originals')}</span>
                <InputNumber
                  min={0}
                  max={100}
                  value={c.copies.original}
                  disabled={readonly}
                  onChange={(v) => set({ copies: { ...c.copies, original: v ?? 0 } }, 'original')}
                />
              </label>
              <label>
                <span>{t('components.copies')}</span>
                <InputNumber
                  min={0}
                  max={100}
                  value={c.copies.copy}
                  disabled={readonly}
                  onChange={(v) => set({ copies: { ...c.copies, copy: v ?? 0 } }, 'copy')}
                />
              </label>
              <label>
                <span>{t('components.maxSize')}</span>
                <InputNumber
                  min={1}
                  max={100}
                  value={c.maxSizeMB}
                  disabled={readonly}
                  onChange={(v) => set({ maxSizeMB: v ?? 1 }, 'size')}
                />
              </label>
            </div>
            <label className="mc-settings-wide">
              <span>{t('components.types')}</span>
              <Select
                mode="multiple"
                value={c.acceptedTypes}
                disabled={readonly}
                aria-label={t('components.types')}
                options={FILE_TYPES.map((type) => ({
                  value: type,
                  label: t(`components.fileTypes.${type}`),
                }))}
                onChange={(v: string[]) => set({ acceptedTypes: v }, 'types')}
              />
            </label>
            <RuleField
              definition={definition}
              path={`/components/${index}/required`}
              value={c.required}
              label={t('components.required', { name })}
              disabled={readonly}
              onChange={(rule) => set({ required: rule ?? true }, 'required')}
            />
            <Problems problems={problems} path={`/components/${index}`} />
          </ItemCard>
        );
      })}
      <Button type="primary" disabled={readonly} onClick={addComponent}>
        {t('components.add')}
      </Button>
    </div>
  );
}
