/** Numbers: amounts of money in VND (whole đồng, "1.000.000 ₫"), and any other number. */
import { Input, type InputRef } from 'antd';
import { useLayoutEffect, useRef } from 'react';
import { caretAfterDigits, digitsBefore, parseMoney, showMoney } from '../format/money.ts';
import type { Widget, WidgetProps } from '../types.ts';
import { inputProps } from './aria.ts';
import { useTypedText } from './typed.ts';

const showNumber = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** "1,5" and "1.5" are both one and a half; text that is not a number is kept, for validation to name. */
function parseNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed.replace(',', '.'));
  return Number.isFinite(n) && /^-?[\d.,]+$/.test(trimmed) ? n : trimmed;
}

const integerOnly = (p: WidgetProps): boolean => p.schema.type === 'integer';

export const NumberWidget: Widget = (p) => {
  const { text, typed } = useTypedText(p.value, showNumber);
  return (
    <Input
      {...inputProps(p)}
      className="mc-input-number"
      inputMode={integerOnly(p) ? 'numeric' : 'decimal'}
      placeholder={p.placeholder}
      value={text}
      onChange={(e) => {
        const value = parseNumber(e.target.value);
        typed(e.target.value, value);
        p.onChange(value);
      }}
    />
  );
};

const showAmount = (value: unknown): string =>
  typeof value === 'number' ? showMoney(value) : showNumber(value);

export const MoneyWidget: Widget = (p) => {
  const { text, typed } = useTypedText(p.value, showAmount);
  const input = useRef<InputRef>(null);
  const caret = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    const element = input.current?.input;
    if (caret.current === undefined || !element || document.activeElement !== element) return;
    element.setSelectionRange(caret.current, caret.current);
    caret.current = undefined;
  });
  return (
    <Input
      {...inputProps(p)}
      ref={input}
      className="mc-input-money"
      inputMode="numeric"
      autoComplete="off"
      placeholder={p.placeholder}
      suffix={<span aria-hidden="true">₫</span>}
      value={text}
      onChange={(e) => {
        const raw = e.target.value;
        const value = parseMoney(raw);
        const next = typeof value === 'number' ? showMoney(value) : raw;
        caret.current = caretAfterDigits(next, digitsBefore(raw, e.target.selectionStart ?? raw.length));
        typed(next, value);
        p.onChange(value);
      }}
    />
  );
};
MoneyWidget.hint = (t) => t('hints.money');
