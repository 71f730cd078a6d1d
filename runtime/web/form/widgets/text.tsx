/** Text widgets: a line, a paragraph, an e-mail address, a phone number, a 12-digit personal ID number (CCCD). */
import { Input } from 'antd';
import type { Widget, WidgetProps } from '../types.ts';
import { inputProps, textOrNothing } from './aria.ts';

const shown = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);

const maxLengthOf = (p: WidgetProps): number | undefined =>
  typeof p.schema.maxLength === 'number' ? p.schema.maxLength : undefined;

export const TextWidget: Widget = (p) => (
  <Input
    {...inputProps(p)}
    value={shown(p.value)}
    placeholder={p.placeholder}
    maxLength={maxLengthOf(p)}
    onChange={(e) => p.onChange(textOrNothing(e.target.value))}
  />
);

export const TextAreaWidget: Widget = (p) => (
  <Input.TextArea
    {...inputProps(p)}
    value={shown(p.value)}
    placeholder={p.placeholder}
    maxLength={maxLengthOf(p)}
    autoSize={{ minRows: 3, maxRows: 12 }}
    onChange={(e) => p.onChange(textOrNothing(e.target.value))}
  />
);

export const EmailWidget: Widget = (p) => (
  <Input
    {...inputProps(p)}
    type="email"
    autoComplete="email"
    inputMode="email"
    value={shown(p.value)}
    placeholder={p.placeholder}
    maxLength={maxLengthOf(p)}
    onChange={(e) => p.onChange(textOrNothing(e.target.value.trim()))}
  />
);
EmailWidget.hint = (t) => t('hints.email');

export const PhoneWidget: Widget = (p) => (
  <Input
    {...inputProps(p)}
    type="tel"
    autoComplete="tel"
    inputMode="tel"
    value={shown(p.value)}
    placeholder={p.placeholder}
    maxLength={maxLengthOf(p)}
    // Spaces, dots and dashes people type between groups of digits are not part of the number.
    onChange={(e) => p.onChange(textOrNothing(e.target.value.replace(/[\s.\-()]/g, '')))}
  />
);
PhoneWidget.hint = (t) => t('hints.phone');

const ID_DIGITS = 12;

/** The personal ID number (số định danh cá nhân, on the CCCD card): digits only, twelve of them. */
export const IdNumberWidget: Widget = (p) => (
  <Input
    {...inputProps(p)}
    inputMode="numeric"
    autoComplete="off"
    value={shown(p.value)}
    placeholder={p.placeholder}
    maxLength={ID_DIGITS}
    showCount
    onChange={(e) => p.onChange(textOrNothing(e.target.value.replace(/\D/g, '').slice(0, ID_DIGITS)))}
  />
);
IdNumberWidget.hint = (t) => t('hints.idNumber');
