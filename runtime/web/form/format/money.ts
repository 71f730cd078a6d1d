/**
 * Money in VND: a whole number of đồng, shown with dots between thousands ("1.000.000"), as Vietnamese receipts
 * write it. Typing keeps the caret after the same digit while the dots move.
 */
import { formatNumber } from '../../../engine/index.ts';

/** 1000000 → "1.000.000"; anything not a number → "". */
export function showMoney(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? formatNumber(value).vi : '';
}

/**
 * The amount in typed text: its digits ("1.000.000 ₫", "1 000 000" → 1000000), negative with a leading minus;
 * undefined when there is no digit; the text itself when it is not a safe whole number (validation names it).
 */
export function parseMoney(text: string): number | string | undefined {
  const digits = text.replace(/\D/g, '');
  if (digits === '') return undefined;
  const n = Number(digits) * (/^\s*-/.test(text) ? -1 : 1);
  return Number.isSafeInteger(n) ? n : text;
}

/** Where the caret goes in `shown` so that `digitsBefore` digits stand before it. */
export function caretAfterDigits(shown: string, digitsBefore: number): number {
  if (digitsBefore <= 0) return /^-/.test(shown) ? 1 : 0;
  let seen = 0;
  for (let i = 0; i < shown.length; i++) {
    if (/\d/.test(shown[i]) && ++seen === digitsBefore) return i + 1;
  }
  return shown.length;
}

/** How many digits stand before position `caret` of `text`. */
export function digitsBefore(text: string, caret: number): number {
  return text.slice(0, caret).replace(/\D/g, '').length;
}
