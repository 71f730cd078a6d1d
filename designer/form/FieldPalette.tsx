/**
 * The field palette: every kind of field the designer offers. Pressing one (a click, Enter) adds it at the end
 * of the form, or of the selected section or repeating group; the focus stays, so several fields go in a row.
 */
import { Typography } from 'antd';
import { FIELD_KINDS, type FieldKind } from './model/kinds.ts';
import { useFormWords } from './words.ts';

export function FieldPalette({
  onAdd,
  where,
  disabled,
}: {
  onAdd(kind: FieldKind): void;
  /** The group new fields go into, by name; undefined: the form itself. */
  where?: string;
  disabled: boolean;
}) {
  const { t } = useFormWords();
  return (
    <section className="mc-form-palette" aria-labelledby="mc-form-palette-title">
      <Typography.Title level={2} id="mc-form-palette-title" className="mc-panel-title">
        {t('form.palette.title')}
      </Typography.Title>
      <p className="mc-panel-hint">
        {t('form.palette.hint', {
          where: where ? t('form.palette.whereGroup', { group: where }) : t('form.palette.whereForm'),
        })}
      </p>
      <ul className="mc-form-palette-list">
        {FIELD_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className="mc-form-palette-item"
              data-kind={kind}
              disabled={disabled}
              onClick={() => onAdd(kind)}
            >
              {t(`form.palette.kinds.${kind}`)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
