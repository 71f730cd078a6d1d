import { describe, expect, test } from 'vitest';
import { compileRule, evaluate, RuleError } from './index.ts';

const at = (iso: string) => ({ now: Date.parse(iso) });

describe('today', () => {
  test('is the date in Vietnam (+07:00) of the injected instant', () => {
    expect(evaluate({ today: [] }, null, at('2024-01-31T16:59:59Z'))).toBe('2024-01-31');
    expect(evaluate({ today: [] }, null, at('2024-01-31T17:00:00Z'))).toBe('2024-02-01');
    expect(evaluate({ today: [] }, null, at('2024-12-31T23:00:00Z'))).toBe('2025-01-01');
    expect(evaluate({ today: [] }, null, at('2024-02-28T17:00:00Z'))).toBe('2024-02-29');
  });

  test('without a clock fails with RULE_NO_CLOCK, in both languages', () => {
    try {
      evaluate({ today: [] }, null);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleError);
      expect((error as RuleError).code).toBe('RULE_NO_CLOCK');
      expect((error as RuleError).localized.vi).toContain('thời điểm hiện tại');
    }
  });
});

describe('date_diff', () => {
  test('counts whole days from the first date to the second', () => {
    expect(evaluate({ date_diff: ['2024-02-01', '2024-03-01'] }, null)).toBe(29);
    expect(evaluate({ date_diff: ['2024-03-01', '2024-02-01'] }, null)).toBe(-29);
    expect(evaluate({ date_diff: ['1999-12-31', '2000-01-01'] }, null)).toBe(1);
  });

  test('takes the Vietnam date of date-times with an offset', () => {
    expect(evaluate({ date_diff: ['2024-01-31', '2024-01-31T17:30:00Z'] }, null)).toBe(1);
    expect(evaluate({ date_diff: ['2024-01-31', '2024-01-31T23:59:00+07:00'] }, null)).toBe(0);
    expect(evaluate({ date_diff: ['2024-01-31', '2024-01-31T23:59'] }, null)).toBe(0);
    expect(evaluate({ date_diff: ['2024-01-31T01:00:00.123+09:00', '2024-01-31'] }, null)).toBe(1);
  });

  test('is null when a date is missing or invalid', () => {
    for (const bad of [
      null,
      '',
      '2023-02-29',
      '2024-13-01',
      '2024-1-1',
      20240101,
      'hôm nay',
      '2024-01-01T25:00',
    ]) {
      expect(evaluate({ date_diff: [bad, '2024-01-01'] }, null)).toBeNull();
    }
    expect(
      evaluate({ date_diff: [{ var: 'birth' }, { today: [] }] }, {}, at('2024-01-01T00:00:00Z')),
    ).toBeNull();
  });

  test('the typical fee rule: free within 60 days of birth', () => {
    const fee = compileRule({
      if: [{ '<=': [{ date_diff: [{ var: 'child.birthDate' }, { today: [] }] }, 60] }, 0, 8000],
    });
    const ctx = at('2024-04-30T03:00:00Z');
    expect(fee({ child: { birthDate: '2024-04-30' } }, ctx)).toBe(0);
    expect(fee({ child: { birthDate: '2024-03-01' } }, ctx)).toBe(0); // day 60
    expect(fee({ child: { birthDate: '2024-02-29' } }, ctx)).toBe(8000); // day 61
    // An unknown date gives null, and JSON Logic compares null as 0: a rule that must not exempt
    // an unfilled date says so with `missing` (the form usually requires the field anyway).
    expect(fee({ child: {} }, ctx)).toBe(0);
  });
});

describe('round / floor / ceil', () => {
  test('to whole đồng, halves away from zero', () => {
    expect(evaluate({ round: [2.5] }, null)).toBe(3);
    expect(evaluate({ round: -2.5 }, null)).toBe(-3);
    expect(evaluate({ floor: [{ '*': [12345, 0.1] }] }, null)).toBe(1234);
    expect(evaluate({ ceil: ['1234.01'] }, null)).toBe(1235);
    expect(Object.is(evaluate({ round: [-0.2] }, null), 0)).toBe(true);
  });

  test('to a number of digits: negative for thousands', () => {
    expect(evaluate({ round: [123_456, -3] }, null)).toBe(123_000);
    expect(evaluate({ ceil: [123_001, -3] }, null)).toBe(124_000);
    expect(evaluate({ round: [1.005, 2] }, null)).toBe(1.01);
    expect(() => evaluate({ round: [1, 0.5] }, null)).toThrow(RuleError);
    expect(() => evaluate({ round: ['abc'] }, null)).toThrow(RuleError);
  });
});
