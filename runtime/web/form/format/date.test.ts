import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { maskDateTyping, parseTypedDate, showDate } from './date.ts';

describe('dates typed as dd/MM/yyyy, stored as yyyy-MM-dd', () => {
  test('reads the ways people type a date', () => {
    expect(parseTypedDate('15/03/2020')).toBe('2020-03-15');
    expect(parseTypedDate('5/3/2020')).toBe('2020-03-05');
    expect(parseTypedDate(' 05-03-2020 ')).toBe('2020-03-05');
    expect(parseTypedDate('05.03.2020')).toBe('2020-03-05');
    expect(parseTypedDate('05032020')).toBe('2020-03-05');
  });

  test('refuses what is not a whole, real date', () => {
    for (const text of [
      '',
      '15/03',
      '15/03/20',
      '31/04/2021',
      '29/02/2023',
      '00/01/2020',
      '12/13/2020',
      'abc',
    ]) {
      expect(parseTypedDate(text), text).toBeUndefined();
    }
    expect(parseTypedDate('29/02/2024')).toBe('2024-02-29');
  });

  test('shows a stored date the Vietnamese way, and a typed text as it is', () => {
    expect(showDate('2020-03-15')).toBe('15/03/2020');
    expect(showDate('15/03/20')).toBe('15/03/20');
    expect(showDate(undefined)).toBe('');
  });

  test('every real date survives showing and reading back', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0100-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseTypedDate(showDate(iso))).toBe(iso);
        },
      ),
    );
  });

  test('puts the slashes in as digits are typed, and leaves the person’s own typing alone', () => {
    let text = '';
    for (const digit of '15032020') text = maskDateTyping(text + digit, text);
    expect(text).toBe('15/03/2020');
    expect(maskDateTyping('15032020', '')).toBe('15/03/2020');
    expect(maskDateTyping('1/', '1')).toBe('1/');
    expect(maskDateTyping('1/3', '1/')).toBe('1/3');
    expect(maskDateTyping('15/0', '15/03')).toBe('15/0');
    expect(maskDateTyping('1/3/2020', '')).toBe('1/3/2020');
  });
});
