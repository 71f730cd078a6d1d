import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CALENDAR_SPEC,
  addWorkingTime,
  compileCalendar,
  deemedReceipt,
  formatInstant,
  isWorkingDay,
  isWorkingTime,
  parseInstant,
  workingDayLength,
  type CalendarSpec,
} from './index.ts';

const at = (text: string): number => {
  const t = parseInstant(text);
  if (t === undefined) throw new Error(`bad instant ${text}`);
  return t;
};
const HOUR = 3_600_000;
const cal = compileCalendar();

describe('default calendar', () => {
  it('is Monday–Friday 07:30–11:30 and 13:00–17:00 with a 15:00 cut-off', () => {
    expect(DEFAULT_CALENDAR_SPEC).toEqual({
      officeHours: [
        ['07:30', '11:30'],
        ['13:00', '17:00'],
      ],
      weekdays: [1, 2, 3, 4, 5],
      cutoff: '15:00',
    });
    expect(workingDayLength(cal)).toBe(8 * HOUR);
    expect(compileCalendar({})).toEqual(compileCalendar(undefined));
    expect(() => DEFAULT_CALENDAR_SPEC.weekdays.push(6)).toThrow(TypeError);
  });

  it('knows office hours and the lunch break (start inclusive, end exclusive)', () => {
    const monday = '2026-03-02T';
    expect(isWorkingTime(cal, at(monday + '07:29:59'))).toBe(false);
    expect(isWorkingTime(cal, at(monday + '07:30'))).toBe(true);
    expect(isWorkingTime(cal, at(monday + '11:29:59'))).toBe(true);
    expect(isWorkingTime(cal, at(monday + '11:30'))).toBe(false);
    expect(isWorkingTime(cal, at(monday + '12:00'))).toBe(false);
    expect(isWorkingTime(cal, at(monday + '13:00'))).toBe(true);
    expect(isWorkingTime(cal, at(monday + '16:59:59'))).toBe(true);
    expect(isWorkingTime(cal, at(monday + '17:00'))).toBe(false);
    expect(isWorkingTime(cal, at(monday + '17:00') - 1)).toBe(true);
  });

  it('closes on weekends', () => {
    expect(isWorkingDay(cal, at('2026-03-06T10:00'))).toBe(true); // Friday
    expect(isWorkingDay(cal, at('2026-03-07T10:00'))).toBe(false); // Saturday
    expect(isWorkingDay(cal, at('2026-03-08T10:00'))).toBe(false); // Sunday
    expect(isWorkingTime(cal, at('2026-03-07T10:00'))).toBe(false);
  });

  it('uses the local day: 23:30 UTC on Sunday is already Monday in Hà Nội', () => {
    expect(isWorkingDay(cal, at('2026-03-01T23:30:00Z'))).toBe(true);
    expect(isWorkingTime(cal, at('2026-03-02T00:30:00Z'))).toBe(true); // 07:30 local
  });

  it('closes on generated holidays, including the whole Tết week and compensatory days', () => {
    for (const day of ['2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
      expect(isWorkingDay(cal, at(`${day}T10:00`)), day).toBe(false);
    }
    expect(isWorkingDay(cal, at('2026-02-13T10:00'))).toBe(true);
    expect(isWorkingDay(cal, at('2026-02-23T10:00'))).toBe(true);
    expect(isWorkingDay(cal, at('2026-04-27T10:00'))).toBe(false); // compensatory for Hùng Kings' Sunday
    expect(isWorkingDay(cal, at('2026-09-03T10:00'))).toBe(false);
    expect(isWorkingDay(cal, at('2027-02-11T10:00'))).toBe(false);
  });
});

describe('calendar spec', () => {
  it('sizes the working day from the office hours', () => {
    expect(workingDayLength(compileCalendar({ officeHours: [['07:00', '11:00']] }))).toBe(4 * HOUR);
    expect(
      workingDayLength(
        compileCalendar({
          officeHours: [
            ['08:00', '12:00'],
            ['13:30', '17:30'],
          ],
        }),
      ),
    ).toBe(8 * HOUR);
  });

  it('a make-up working day opens a Saturday with full office hours', () => {
    const spec: CalendarSpec = { workingDays: ['2026-03-07'] };
    const c = compileCalendar(spec);
    expect(isWorkingDay(c, at('2026-03-07T10:00'))).toBe(true);
    expect(isWorkingTime(c, at('2026-03-07T14:00'))).toBe(true);
    expect(isWorkingDay(c, at('2026-03-14T10:00'))).toBe(false);
    // Friday afternoon plus one half day lands exactly at the Saturday lunch break.
    expect(formatInstant(addWorkingTime(c, at('2026-03-06T13:00'), 8 * HOUR))).toBe(
      '2026-03-07T11:30:00+07:00',
    );
    // Generated holidays of 2026 still apply.
    expect(isWorkingDay(c, at('2026-02-17T10:00'))).toBe(false);
  });

  it('a listed make-up day wins over a holiday on the same date', () => {
    const c = compileCalendar({ workingDays: ['2026-02-20'] });
    expect(isWorkingDay(c, at('2026-02-20T10:00'))).toBe(true);
    expect(isWorkingDay(c, at('2026-02-19T10:00'))).toBe(false);
  });

  it('extra periods open Saturday mornings', () => {
    const c = compileCalendar({ extraPeriods: [{ weekday: 6, hours: [['07:30', '11:30']] }] });
    expect(isWorkingTime(c, at('2026-03-07T10:00'))).toBe(true);
    expect(isWorkingTime(c, at('2026-03-07T14:00'))).toBe(false);
    expect(isWorkingDay(c, at('2026-03-08T10:00'))).toBe(false);
    expect(workingDayLength(c)).toBe(8 * HOUR);
    expect(formatInstant(addWorkingTime(c, at('2026-03-06T16:00'), 2 * HOUR))).toBe(
      '2026-03-07T08:30:00+07:00',
    );
    expect(formatInstant(deemedReceipt(c, at('2026-03-07T10:00')))).toBe('2026-03-07T10:00:00+07:00');
    expect(formatInstant(deemedReceipt(c, at('2026-03-07T12:00')))).toBe('2026-03-09T07:30:00+07:00');
    // A holiday on a Saturday closes its extra period too.
    const closed = compileCalendar({
      holidays: ['2026-03-07'],
      extraPeriods: [{ weekday: 6, hours: [['07:30', '11:30']] }],
    });
    expect(isWorkingDay(closed, at('2026-03-07T10:00'))).toBe(false);
  });

  it('extra periods merge with office hours on a working weekday', () => {
    const c = compileCalendar({ extraPeriods: [{ weekday: 3, hours: [['11:30', '13:00']] }] });
    expect(isWorkingTime(c, at('2026-03-04T12:00'))).toBe(true); // Wednesday
    expect(isWorkingTime(c, at('2026-03-05T12:00'))).toBe(false); // Thursday
  });

  it('holidays replace the generated holidays of each year they mention, and only those years', () => {
    const c = compileCalendar({ holidays: ['2026-03-04', '2026-02-16'] });
    expect(isWorkingDay(c, at('2026-03-04T10:00'))).toBe(false);
    expect(isWorkingDay(c, at('2026-02-16T10:00'))).toBe(false);
    // Generated 2026 holidays no longer apply...
    expect(isWorkingDay(c, at('2026-01-01T10:00'))).toBe(true);
    expect(isWorkingDay(c, at('2026-02-17T10:00'))).toBe(true);
    expect(isWorkingDay(c, at('2026-04-30T10:00'))).toBe(true);
    // ...but other years keep theirs.
    expect(isWorkingDay(c, at('2025-01-01T10:00'))).toBe(false);
    expect(isWorkingDay(c, at('2027-01-01T10:00'))).toBe(false);
    expect(isWorkingDay(c, at('2027-02-08T10:00'))).toBe(false);
  });

  it('custom weekdays', () => {
    const c = compileCalendar({ weekdays: [1, 2, 3, 4, 5, 6] });
    expect(isWorkingDay(c, at('2026-03-07T10:00'))).toBe(true);
    expect(isWorkingDay(c, at('2026-03-08T10:00'))).toBe(false);
  });

  it('rejects malformed specs', () => {
    const bad: CalendarSpec[] = [
      { cutoff: '25:00' },
      { officeHours: [['17:00', '07:30']] },
      { officeHours: [] },
      { officeHours: [['07:30', 'noon']] },
      { weekdays: [7] },
      { weekdays: [1.5] },
      { weekdays: [] },
      { holidays: ['2026-02-30'] },
      { workingDays: ['tomorrow'] },
      { extraPeriods: [{ weekday: -1, hours: [['07:30', '11:30']] }] },
    ];
    for (const spec of bad) expect(() => compileCalendar(spec), JSON.stringify(spec)).toThrow(RangeError);
  });

  it('does not share state with the spec it was compiled from', () => {
    const spec: CalendarSpec = { holidays: ['2026-03-04'] };
    const c = compileCalendar(spec);
    spec.holidays!.push('2026-03-05');
    expect(isWorkingDay(c, at('2026-03-05T10:00'))).toBe(true);
  });
});
