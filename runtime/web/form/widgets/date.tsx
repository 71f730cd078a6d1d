/** A date, typed the Vietnamese way (dd/MM/yyyy) and stored as JSON Schema's `format: date` (yyyy-MM-dd). */
import { Input } from 'antd';
import { maskDateTyping, parseTypedDate, showDate } from '../format/date.ts';
import type { Widget } from '../types.ts';
import { inputProps } from './aria.ts';
import { useTypedText } from './typed.ts';

export const DateWidget: Widget = (p) => {
  const { text, typed } = useTypedText(p.value, showDate);
  return (
    <Input
      {...inputProps(p)}
      className="mc-input-date"
      inputMode="numeric"
      autoComplete="off"
      placeholder={p.placeholder ?? 'dd/mm/yyyy'}
      maxLength={10}
      value={text}
      onChange={(e) => {
        const next = maskDateTyping(e.target.value, text);
        // A whole, real date is stored as one; anything else as typed, so that validation names the problem.
        const value = next.trim() === '' ? undefined : (parseTypedDate(next) ?? next);
        typed(next, value);
        p.onChange(value);
      }}
    />
  );
};
DateWidget.hint = (t) => t('hints.date');
