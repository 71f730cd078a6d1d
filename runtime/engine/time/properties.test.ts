import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDuration,
  addWorkingTime,
  compileCalendar,
  countWorkingTime,
  deemedReceipt,
  isWorkingTime,
  subtractWorkingTime,
  workingDayLength,
  type Calendar,
} from './index.ts';

const calendars: [string, Calendar][] = [
  ['default', compileCalendar()],
  [
    'Saturday mornings, make-up day, own holidays for 2026',
    compileCalendar({
      extraPeriods: [{ weekday: 6, hours: [['08:00', '11:00']] }],
      workingDays: ['2026-02-28', '2027-02-20'],
      holidays: [
        '2026-01-01',
        '2026-02-16',
        '2026-02-17',
        '2026-02-18',
        '2026-02-19',
        '2026-02-20',
        '2026-02-23',
      ],
      cutoff: '16:00',
    }),
  ],
  [
    'three short periods',
    compileCalendar({
      officeHours: [
        ['08:00', '10:00'],
        ['10:15', '12:00'],
        ['13:30', '16:45'],
      ],
      weekdays: [1, 2, 3, 4, 5],
    }),
  ],
];

const HOUR = 3_600_000;
const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 11, 31) });
/** Minute-aligned instants hit period boundaries far more often than random milliseconds. */
const boundaryish = fc
  .integer({ min: Date.UTC(2024, 0, 1) / 60_000, max: Date.UTC(2028, 11, 31) / 60_000 })
  .map((m) => m * 60_000);
const anyInstant = fc.oneof(instant, boundaryish);
const amount = fc.oneof(
  fc.integer({ min: 0, max: 30 * 8 * HOUR }),
  fc.integer({ min: 0, max: 40 }).map((q) => q * 15 * 60_000),
);

describe.each(calendars)('working-time properties (%s)', (_name, cal) => {
  it('addWorkingTime is monotonic in t', () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, amount, (a, b, x) => {
        const [t1, t2] = a <= b ? [a, b] : [b, a];
        expect(addWorkingTime(cal, t1, x)).toBeLessThanOrEqual(addWorkingTime(cal, t2, x));
      }),
      { numRuns: 500 },
    );
  });

  it('addWorkingTime is monotonic in the amount', () => {
    fc.assert(
      fc.property(anyInstant, amount, amount, (t, a, b) => {
        const [x1, x2] = a <= b ? [a, b] : [b, a];
        expect(addWorkingTime(cal, t, x1)).toBeLessThanOrEqual(addWorkingTime(cal, t, x2));
      }),
      { numRuns: 500 },
    );
  });

  it('countWorkingTime undoes addWorkingTime, from any start', () => {
    fc.assert(
      fc.property(anyInstant, amount, (t, x) => {
        expect(countWorkingTime(cal, t, addWorkingTime(cal, t, x))).toBe(x);
        const start = deemedReceipt(cal, t);
        expect(isWorkingTime(cal, start)).toBe(true);
        expect(countWorkingTime(cal, start, addWorkingTime(cal, start, x))).toBe(x);
      }),
      { numRuns: 500 },
    );
  });

  it('results lie in working time or on the end of a period', () => {
    fc.assert(
      fc.property(anyInstant, amount, (t, x) => {
        fc.pre(x > 0);
        const r = addWorkingTime(cal, t, x);
        expect(r).toBeGreaterThan(t);
        // The last millisecond consumed is working time, so r is inside a period or exactly at its end.
        expect(isWorkingTime(cal, r - 1)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('subtractWorkingTime mirrors addWorkingTime', () => {
    fc.assert(
      fc.property(anyInstant, amount, (t, x) => {
        const back = subtractWorkingTime(cal, t, x);
        expect(countWorkingTime(cal, back, t)).toBe(x);
        if (x > 0) expect(isWorkingTime(cal, back)).toBe(true);
        const start = deemedReceipt(cal, t);
        expect(subtractWorkingTime(cal, addWorkingTime(cal, start, x), x)).toBe(start);
      }),
      { numRuns: 500 },
    );
  });

  it('countWorkingTime is additive over adjacent intervals', () => {
    fc.assert(
      fc.property(anyInstant, anyInstant, anyInstant, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort((p, q) => p - q);
        expect(countWorkingTime(cal, x, y) + countWorkingTime(cal, y, z)).toBe(countWorkingTime(cal, x, z));
      }),
      { numRuns: 300 },
    );
  });

  it('deemedReceipt is idempotent, never earlier, and lands in working time', () => {
    fc.assert(
      fc.property(anyInstant, (t) => {
        const r = deemedReceipt(cal, t);
        expect(r).toBeGreaterThanOrEqual(t);
        expect(isWorkingTime(cal, r)).toBe(true);
        expect(deemedReceipt(cal, r)).toBe(r);
      }),
      { numRuns: 500 },
    );
  });

  it('N working days from a working instant cost exactly N day-lengths of working time', () => {
    fc.assert(
      fc.property(anyInstant, fc.integer({ min: 1, max: 30 }), (t, n) => {
        const start = deemedReceipt(cal, t);
        const due = addDuration(cal, start, { value: n, unit: 'working_days' });
        expect(countWorkingTime(cal, start, due)).toBe(n * workingDayLength(cal));
      }),
      { numRuns: 300 },
    );
  });
});
