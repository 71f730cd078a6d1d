/**
 * A day as the whole product takes one: typed dd/mm/yyyy in the citizen form's own date input, whatever the
 * browser's language, and kept yyyy-mm-dd ('' while empty or not yet a whole, real date, which is marked).
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_WIDGETS, type WidgetProps } from '../../runtime/web/form/index.ts';
import { useLanguage } from '../../runtime/web/shell/language.ts';

const DateWidget = BUILT_IN_WIDGETS.date;
const dayOf = (v: unknown): string => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : '');
const noop = () => undefined;

export function DateInput({
  value,
  onChange,
  disabled,
}: {
  value: string;
  onChange(day: string): void;
  disabled: boolean;
}) {
  const id = useId();
  const language = useLanguage();
  const { t } = useTranslation('form');
  // What the input holds: the stored day, or the text typed so far.
  const [held, setHeld] = useState<unknown>(value || undefined);
  const stored = useRef(value);
  if (value !== stored.current) {
    // Changed from elsewhere (undo, another tab).
    stored.current = value;
    if (value !== dayOf(held)) setHeld(value || undefined);
  }
  const change = (next: unknown) => {
    setHeld(next);
    const day = dayOf(next);
    if (day === stored.current) return;
    stored.current = day;
    onChange(day);
  };
  return (
    <DateWidget
      id={id}
      value={held}
      onChange={change}
      onBlur={noop}
      schema={{ type: 'string', format: 'date' }}
      options={[]}
      label=""
      required={false}
      invalid={held !== undefined && dayOf(held) === ''}
      disabled={disabled}
      language={language}
      mode="config"
      dataSources={{}}
      path=""
      t={t as WidgetProps['t']}
    />
  );
}
