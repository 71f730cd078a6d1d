/**
 * The Form tab: the field palette and the form's fields on the left, the selected field's properties in the
 * middle, the live preview through the citizen renderer on the right; or the raw view (JSON) in place of the first
 * two. Every edit is one change of the draft (undo, redo, autosave).
 */
import { Radio } from 'antd';
import { useMemo, useState } from 'react';
import type { FormDefinition } from '../../schemas/procedure.ts';
import { useDraft, useDraftActions } from '../draft/hooks.ts';
import { FieldPalette } from './FieldPalette.tsx';
import { FieldProperties } from './FieldProperties.tsx';
import { FieldTree } from './FieldTree.tsx';
import { FormPreview } from './FormPreview.tsx';
import { addField, moveField } from './model/edit.ts';
import type { FieldKind } from './model/kinds.ts';
import { allFields, fieldsOf } from './model/tree.ts';
import { RawFormView } from './RawFormView.tsx';
import { useFormWords } from './words.ts';
import './form.css';

export function FormTab() {
  const { t, language, fieldName } = useFormWords();
  const { change } = useDraftActions();
  const definition = useDraft((s) => s.definition);
  const readonly = useDraft((s) => s.save.status === 'readonly');
  const form = definition.form;
  const [view, setView] = useState<'visual' | 'raw'>('visual');
  const [selectedPath, setSelected] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const fields = useMemo(() => fieldsOf(form), [form]);
  const selected = useMemo(
    () => allFields(fields).find((f) => f.path === selectedPath),
    [fields, selectedPath],
  );

  const changeForm = (recipe: (f: FormDefinition) => FormDefinition, coalesce?: string) =>
    change(
      (d) => {
        const next = recipe(d.form);
        return next === d.form ? d : { ...d, form: next };
      },
      coalesce === undefined ? {} : { coalesce: `form:${coalesce}` },
    );

  // New fields go into the selected section or repeating group, else at the end of the form.
  const container = selected?.inner ?? '';
  const add = (kind: FieldKind) => {
    const name = t(`form.palette.kinds.${kind}`);
    const label = {
      vi: t('form.palette.newLabel', { kind: name, lng: 'vi' }),
      en: t('form.palette.newLabel', { kind: t(`form.palette.kinds.${kind}`, { lng: 'en' }), lng: 'en' }),
    };
    let path = '';
    changeForm((f) => {
      const added = addField(f, container, kind, label);
      path = added.path;
      return added.form;
    });
    if (container === '') setSelected(path);
    setAnnouncement(t('form.tree.added', { field: label[language] }));
  };
  const move = (at: string, from: number, to: number) => {
    changeForm((f) => moveField(f, at, from, to));
    const list = at === '' ? fields : (allFields(fields).find((f) => f.inner === at)?.fields ?? []);
    const moved = list[from];
    if (moved) setAnnouncement(t('form.tree.moved', { field: fieldName(moved), position: to + 1 }));
  };

  return (
    <div className="mc-form-designer">
      <Radio.Group
        className="mc-form-view"
        optionType="button"
        aria-label={t('form.view.label')}
        value={view}
        onChange={(e) => setView(e.target.value as 'visual' | 'raw')}
        options={[
          { value: 'visual', label: t('form.view.visual') },
          { value: 'raw', label: t('form.view.raw') },
        ]}
      />
      <div className="mc-form-columns">
        {view === 'visual' ? (
          <>
            <div className="mc-form-build">
              <FieldPalette
                onAdd={add}
                disabled={readonly}
                where={selected?.inner !== undefined ? fieldName(selected) : undefined}
              />
              <FieldTree
                fields={fields}
                selected={selected?.path}
                onSelect={setSelected}
                onMove={move}
                disabled={readonly}
              />
            </div>
            <FieldProperties
              field={selected}
              definition={definition}
              change={changeForm}
              onRemoved={() => {
                if (selected) setAnnouncement(t('form.tree.removed', { field: fieldName(selected) }));
                setSelected(undefined);
              }}
              disabled={readonly}
            />
          </>
        ) : (
          <RawFormView definition={definition} onChange={(next) => changeForm(() => next, 'raw')} />
        )}
        <FormPreview form={form} components={definition.components} />
      </div>
      <p className="mc-visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
