import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { caretAfterDigits, digitsBefore, parseMoney, showMoney } from './money.ts';

describe('money in VND', () => {
  test('is shown with dots between thousands', () => {
    expect(showMoney(1000000)).toBe('1.000.000');
    expect(showMoney(999)).toBe('999');
    expect(showMoney(0)).toBe('0');
    expect(showMoney(undefined)).toBe('');
  });

  test('is read from whatever separators were typed', () => {
    expect(parseMoney('1.000.000 ₫')).toBe(1000000);
    expect(parseMoney('1 000 000')).toBe(1000000);
    expect(parseMoney('-5.000')).toBe(-5000);
    expect(parseMoney('')).toBeUndefined();
    expect(parseMoney('₫')).toBeUndefined();
    expect(parseMoney('99999999999999999999')).toBe('99999999999999999999');
  });

  test('any whole amount survives showing and reading back', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(parseMoney(showMoney(n))).toBe(n);
      }),
    );
  });

  test('keeps the caret after the same digit while the dots move', () => {
    // "100000|" + "0" typed → "1.000.000|"
    expect(caretAfterDigits('1.000.000', digitsBefore('1000000', 7))).toBe(9);
    // caret after the first "1" of "1|00.000" stays after it in "10.000" once a 0 is deleted
    expect(caretAfterDigits('10.000', 1)).toBe(1);
    expect(caretAfterDigits('1.000', 2)).toBe(3);
    expect(caretAfterDigits('-1.000', 0)).toBe(1);
  });
});
