/**
 * The choices of a list, radio buttons or checkboxes: each a code (what the data and the rules hold) and what the
 * citizen reads in Vietnamese and English (the UI schema's `options`). The schema's `enum` keeps the codes.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import type { FormDefinition, Localized } from '../../schemas/procedure.ts';
import { setKeyword, setUi, updateSchema } from './model/edit.ts';
import type { FormField } from './model/tree.ts';
import { useFormWords } from './words.ts';

/** Where the codes are: a list's own `enum`, or its items' for checkboxes. */
const enumOf = (field: FormField): unknown[] | undefined => {
  const own =
    field.kind === 'checkboxes' ? (field.schema.items as Record<string, unknown>)?.enum : field.schema.enum;
  return Array.isArray(own) ? own : undefined;
};

function withCodes(form: FormDefinition, field: FormField, codes: string[]): FormDefinition {
  if (field.kind !== 'checkboxes') return setKeyword(form, field.path, 'enum', codes);
  return updateSchema(form, field.path, (s) => ({
    ...s,
    items: { ...(s.items as Record<string, unknown>), enum: codes },
    ...(typeof s.maxItems === 'number' ? { maxItems: Math.max(codes.length, 1) } : {}),
  }));
}

export function ChoicesEditor({
  field,
  change,
  disabled,
}: {
  field: FormField;
  change(recipe: (form: FormDefinition) => FormDefinition, coalesce?: string): void;
  disabled: boolean;
}) {
  const { t } = useFormWords();
  const codes = enumOf(field);
  // Choices written otherwise (oneOf, numbers) are edited in the raw view.
  if (!codes || !codes.every((c) => typeof c === 'string')) return null;
  const words = field.ui?.options ?? {};
  const setWords = (code: string, next: Localized) =>
    change(
      (f) => setUi(f, field.path, 'options', { ...words, [code]: next }),
      `choice:${field.path}:${code}`,
    );
  const setCode = (i: number, code: string) =>
    change((form) => {
      const next = codes.slice();
      const old = next[i];
      next[i] = code;
      const { [old]: moved, ...others } = words;
      return setUi(
        withCodes(form, field, next),
        field.path,
        'options',
        moved ? { ...others, [code]: moved } : others,
      );
    }, `choice-code:${field.path}:${i}`);
  const add = () => {
    let n = codes.length + 1;
    while (codes.includes(`option_${n}`)) n++;
    change((form) => withCodes(form, field, [...codes, `option_${n}`]));
  };
  const remove = (i: number) =>
    change((form) => {
      const { [codes[i]]: _gone, ...others } = words;
      return setUi(
        withCodes(
          form,
          field,
          codes.filter((_, j) => j !== i),
        ),
        field.path,
        'options',
        others,
      );
    });
  return (
    <fieldset className="mc-form-choices">
      <legend>{t('form.properties.choices')}</legend>
      {codes.map((code, i) => {
        const n = i + 1;
        const word = words[code] ?? { vi: '', en: '' };
        return (
          <div key={i} className="mc-form-choice">
            <Input
              aria-label={t('form.properties.choiceVi', { n })}
              placeholder={t('form.properties.choiceVi', { n })}
              value={word.vi}
              disabled={disabled}
              onChange={(e) => setWords(code, { ...word, vi: e.target.value })}
            />
            <Input
              aria-label={t('form.properties.choiceEn', { n })}
              placeholder={t('form.properties.choiceEn', { n })}
              value={word.en}
              disabled={disabled}
              onChange={(e) => setWords(code, { ...word, en: e.target.value })}
            />
            <Input
              aria-label={t('form.properties.choiceValue', { n })}
              placeholder={t('form.properties.choiceValue', { n })}
              value={code}
              disabled={disabled}
              onChange={(e) =>
                e.target.value !== '' && !codes.includes(e.target.value) && setCode(i, e.target.value)
              }
            />
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('form.properties.removeChoice', { n })}
              title={t('form.properties.removeChoice', { n })}
              disabled={disabled || codes.length <= 1}
              onClick={() => remove(i)}
            />
          </div>
        );
      })}
      <Button icon={<PlusOutlined />} onClick={add} disabled={disabled}>
        {t('form.properties.addChoice')}
      </Button>
    </fieldset>
  );
}
