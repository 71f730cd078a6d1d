import { describe, expect, it } from 'vitest';
import {
  addDuration,
  addWorkingTime,
  classifyTiming,
  compileCalendar,
  countWorkingTime,
  deemedReceipt,
  formatInstant,
  parseInstant,
  subtractWorkingTime,
} from './index.ts';

const at = (text: string): number => {
  const t = parseInstant(text);
  if (t === undefined) throw new Error(`bad instant ${text}`);
  return t;
};
const show = (t: number) => formatInstant(t).slice(0, 19);
const HOUR = 3_600_000;
const MINUTE = 60_000;
const cal = compileCalendar();

describe('deemedReceipt', () => {
  it('keeps a receipt inside office hours before the cut-off', () => {
    expect(show(deemedReceipt(cal, at('2026-03-02T14:59')))).toBe('2026-03-02T14:59:00');
    expect(show(deemedReceipt(cal, at('2026-03-02T07:30')))).toBe('2026-03-02T07:30:00');
  });

  it('keeps a receipt at the cut-off itself on its day; moves one after it to the next working morning', () => {
    expect(show(deemedReceipt(cal, at('2026-03-02T15:00')))).toBe('2026-03-02T15:00:00');
    expect(deemedReceipt(cal, at('2026-03-02T15:00') + 1)).toBe(at('2026-03-03T07:30'));
    expect(show(deemedReceipt(cal, at('2026-03-02T15:01')))).toBe('2026-03-03T07:30:00');
    expect(show(deemedReceipt(cal, at('2026-03-02T19:00')))).toBe('2026-03-03T07:30:00');
  });

  it('moves a lunch-break receipt to 13:00 and an early one to 07:30', () => {
    expect(show(deemedReceipt(cal, at('2026-03-02T12:00')))).toBe('2026-03-02T13:00:00');
    expect(show(deemedReceipt(cal, at('2026-03-02T11:30')))).toBe('2026-03-02T13:00:00');
    expect(show(deemedReceipt(cal, at('2026-03-02T06:00')))).toBe('2026-03-02T07:30:00');
  });

  it('skips weekends and holidays', () => {
    expect(show(deemedReceipt(cal, at('2026-03-06T16:00')))).toBe('2026-03-09T07:30:00'); // Friday → Monday
    expect(show(deemedReceipt(cal, at('2026-03-07T09:00')))).toBe('2026-03-09T07:30:00'); // Saturday
    expect(show(deemedReceipt(cal, at('2026-02-13T15:30')))).toBe('2026-02-23T07:30:00'); // before Tết week
    expect(show(deemedReceipt(cal, at('2026-02-18T09:00')))).toBe('2026-02-23T07:30:00'); // during Tết
  });

  it('takes a per-procedure cut-off', () => {
    expect(show(deemedReceipt(cal, at('2026-03-02T15:30'), '16:00'))).toBe('2026-03-02T15:30:00');
    expect(show(deemedReceipt(cal, at('2026-03-02T10:00'), '09:00'))).toBe('2026-03-03T07:30:00');
    expect(show(deemedReceipt(compileCalendar({ cutoff: '16:30' }), at('2026-03-02T16:00')))).toBe(
      '2026-03-02T16:00:00',
    );
    expect(() => deemedReceipt(cal, at('2026-03-02T10:00'), 'late')).toThrow(RangeError);
  });
});

describe('addWorkingTime / subtractWorkingTime / countWorkingTime', () => {
  it('runs through working time only', () => {
    expect(show(addWorkingTime(cal, at('2026-03-02T07:30'), 4 * HOUR))).toBe('2026-03-02T11:30:00');
    expect(addWorkingTime(cal, at('2026-03-02T07:30'), 4 * HOUR + 1)).toBe(at('2026-03-02T13:00') + 1);
    expect(show(addWorkingTime(cal, at('2026-03-02T10:00'), 8 * HOUR))).toBe('2026-03-03T10:00:00');
    expect(show(addWorkingTime(cal, at('2026-03-06T16:00'), 2 * HOUR))).toBe('2026-03-09T08:30:00');
    expect(show(addWorkingTime(cal, at('2026-03-07T12:00'), 30 * MINUTE))).toBe('2026-03-09T08:00:00');
  });

  it('landing exactly on a period end returns that end', () => {
    expect(show(addWorkingTime(cal, at('2026-03-02T07:30'), 8 * HOUR))).toBe('2026-03-02T17:00:00');
    expect(show(addWorkingTime(cal, at('2026-03-02T16:00'), HOUR))).toBe('2026-03-02T17:00:00');
  });

  it('0 returns t unchanged, even outside working time', () => {
    const saturday = at('2026-03-07T20:00');
    expect(addWorkingTime(cal, saturday, 0)).toBe(saturday);
  });

  it('subtracts mirror-wise, landing on a period start rather than the previous close', () => {
    expect(show(subtractWorkingTime(cal, at('2026-03-06T17:00'), 8 * HOUR))).toBe('2026-03-06T07:30:00');
    expect(show(subtractWorkingTime(cal, at('2026-03-09T08:30'), 2 * HOUR))).toBe('2026-03-06T16:00:00');
    expect(show(subtractWorkingTime(cal, at('2026-02-23T09:30'), 8 * HOUR))).toBe('2026-02-13T09:30:00');
  });

  it('counts working time in [from, to)', () => {
    expect(countWorkingTime(cal, at('2026-03-02T07:30'), at('2026-03-03T07:30'))).toBe(8 * HOUR);
    expect(countWorkingTime(cal, at('2026-03-06T12:00'), at('2026-03-09T08:30'))).toBe(5 * HOUR);
    expect(countWorkingTime(cal, at('2026-02-13T07:30'), at('2026-02-24T07:30'))).toBe(16 * HOUR); // Tết week
    expect(countWorkingTime(cal, at('2026-03-03T07:30'), at('2026-03-02T07:30'))).toBe(0);
    expect(countWorkingTime(cal, at('2026-03-02T12:00'), at('2026-03-02T12:30'))).toBe(0);
  });
});

describe('addDuration', () => {
  it('working days use the length of the office hours', () => {
    expect(show(addDuration(cal, at('2026-03-02T07:30'), { value: 1, unit: 'working_days' }))).toBe(
      '2026-03-02T17:00:00',
    );
    expect(show(addDuration(cal, at('2026-03-02T07:30'), { value: 15, unit: 'working_days' }))).toBe(
      '2026-03-20T17:00:00',
    );
    expect(show(addDuration(cal, at('2026-03-02T09:00'), { value: 15, unit: 'working_days' }))).toBe(
      '2026-03-23T09:00:00',
    );
    const short = compileCalendar({ officeHours: [['07:00', '11:00']] });
    expect(show(addDuration(short, at('2026-03-02T09:00'), { value: 1, unit: 'working_days' }))).toBe(
      '2026-03-03T09:00:00',
    );
  });

  it('skips the Tết week', () => {
    expect(show(addDuration(cal, at('2026-02-09T07:30'), { value: 10, unit: 'working_days' }))).toBe(
      '2026-02-27T17:00:00',
    );
  });

  it('half days and hours', () => {
    expect(show(addDuration(cal, at('2026-03-02T07:30'), { value: 1, unit: 'working_half_days' }))).toBe(
      '2026-03-02T11:30:00',
    );
    expect(show(addDuration(cal, at('2026-03-02T09:00'), { value: 3, unit: 'working_half_days' }))).toBe(
      '2026-03-03T14:30:00',
    );
    expect(show(addDuration(cal, at('2026-03-02T10:00'), { value: 5, unit: 'working_hours' }))).toBe(
      '2026-03-02T16:30:00',
    );
    expect(show(addDuration(cal, at('2026-03-02T10:00'), { value: 1.5, unit: 'working_hours' }))).toBe(
      '2026-03-02T11:30:00',
    );
  });

  it('0 of a working unit means by the close of the day of receipt', () => {
    for (const unit of ['working_days', 'working_half_days', 'working_hours'] as const) {
      expect(show(addDuration(cal, at('2026-03-02T10:00'), { value: 0, unit }))).toBe('2026-03-02T17:00:00');
    }
    expect(show(addDuration(cal, at('2026-03-02T16:59'), { value: 0, unit: 'working_days' }))).toBe(
      '2026-03-02T17:00:00',
    );
    expect(show(addDuration(cal, at('2026-03-07T10:00'), { value: 0, unit: 'working_days' }))).toBe(
      '2026-03-09T17:00:00',
    );
    expect(show(addDuration(cal, at('2026-03-02T18:00'), { value: 0, unit: 'working_days' }))).toBe(
      '2026-03-03T17:00:00',
    );
    const saturdays = compileCalendar({ extraPeriods: [{ weekday: 6, hours: [['07:30', '11:30']] }] });
    expect(show(addDuration(saturdays, at('2026-03-07T08:00'), { value: 0, unit: 'working_days' }))).toBe(
      '2026-03-07T11:30:00',
    );
  });

  it('calendar days count every day', () => {
    expect(show(addDuration(cal, at('2026-03-02T10:00'), { value: 10, unit: 'days' }))).toBe(
      '2026-03-12T10:00:00',
    );
    expect(show(addDuration(cal, at('2026-03-02T10:00'), { value: 0, unit: 'days' }))).toBe(
      '2026-03-02T10:00:00',
    );
  });

  it('calendar days ending on a day off move to the close of the next working day', () => {
    // 30 Apr and 1 May are holidays, then a weekend.
    expect(show(addDuration(cal, at('2026-04-20T10:00'), { value: 10, unit: 'days' }))).toBe(
      '2026-05-04T17:00:00',
    );
    expect(show(addDuration(cal, at('2026-03-02T10:00'), { value: 5, unit: 'days' }))).toBe(
      '2026-03-09T17:00:00',
    );
    expect(show(addDuration(cal, at('2026-02-06T10:00'), { value: 10, unit: 'days' }))).toBe(
      '2026-02-23T17:00:00',
    );
  });

  it('rejects negative or non-finite values', () => {
    expect(() => addDuration(cal, at('2026-03-02T10:00'), { value: -1, unit: 'working_days' })).toThrow(
      RangeError,
    );
    expect(() => addDuration(cal, at('2026-03-02T10:00'), { value: NaN, unit: 'days' })).toThrow(RangeError);
  });
});

describe('classifyTiming', () => {
  const due = at('2026-03-20T17:00');

  it('early: finished on a day before the due day', () => {
    expect(classifyTiming(at('2026-03-19T16:59'), due)).toBe('early');
    expect(classifyTiming(at('2026-03-02T08:00'), due)).toBe('early');
  });

  it('on time: on the due day, not after the due time', () => {
    expect(classifyTiming(at('2026-03-20T00:00'), due)).toBe('on_time');
    expect(classifyTiming(at('2026-03-20T08:00'), due)).toBe('on_time');
    expect(classifyTiming(due, due)).toBe('on_time');
  });

  it('late: after the due time', () => {
    expect(classifyTiming(due + 1000, due)).toBe('late');
    expect(classifyTiming(at('2026-03-23T08:00'), due)).toBe('late');
    expect(classifyTiming(at('2026-03-20T10:00'), at('2026-03-20T09:00'))).toBe('late');
  });

  it('uses the Vietnamese day, not the UTC day', () => {
    // 06:00 on 21 Mar in Hà Nội is still 20 Mar in UTC: by the local day it is the due day, not a day early.
    expect(classifyTiming(at('2026-03-21T06:00'), at('2026-03-21T08:00'))).toBe('on_time');
    expect(classifyTiming(at('2026-03-20T23:00'), at('2026-03-21T08:00'))).toBe('early');
  });
});
