import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatInstant, localDate, parseClock, parseInstant } from './index.ts';
import { civilFromDays, daysFromCivil, weekdayOf } from './clock.ts';

describe('parseClock', () => {
  it('reads HH:MM as minutes since midnight', () => {
    expect(parseClock('07:30')).toBe(450);
    expect(parseClock('7:30')).toBe(450);
    expect(parseClock('00:00')).toBe(0);
    expect(parseClock('23:59')).toBe(1439);
    expect(parseClock('24:00')).toBe(1440);
  });

  it('rejects anything else', () => {
    for (const bad of ['', '24:01', '12:60', '0730', '7:3', '07:30:00', 'ab:cd', ' 07:30', '-1:00']) {
      expect(parseClock(bad), bad).toBeUndefined();
    }
  });
});

describe('parseInstant / formatInstant', () => {
  const mondayMorning = Date.UTC(2026, 10, 23, 0, 30); // 07:30 in Hà Nội

  it('formats in +07:00 with whole seconds', () => {
    expect(formatInstant(mondayMorning)).toBe('2026-11-23T07:30:00+07:00');
    expect(formatInstant(mondayMorning + 999)).toBe('2026-11-23T07:30:00+07:00');
    expect(formatInstant(Date.UTC(2026, 10, 22, 17, 0))).toBe('2026-11-23T00:00:00+07:00');
    expect(formatInstant(Date.UTC(2026, 10, 22, 16, 59, 59))).toBe('2026-11-22T23:59:59+07:00');
  });

  it('parses offsets, Z, and reads offset-less text as Vietnam time', () => {
    expect(parseInstant('2026-11-23T07:30:00+07:00')).toBe(mondayMorning);
    expect(parseInstant('2026-11-23T07:30')).toBe(mondayMorning);
    expect(parseInstant('2026-11-23 07:30:00')).toBe(mondayMorning);
    expect(parseInstant('2026-11-23T00:30:00Z')).toBe(mondayMorning);
    expect(parseInstant('2026-11-23T09:30:00+0900')).toBe(mondayMorning);
    expect(parseInstant('2026-11-22T19:30:00-05:00')).toBe(mondayMorning);
    expect(parseInstant('2026-11-23T07:30:00.123+07:00')).toBe(mondayMorning + 123);
  });

  it('reads a bare date as local midnight', () => {
    expect(parseInstant('2026-11-23')).toBe(Date.UTC(2026, 10, 22, 17, 0));
  });

  it('returns undefined for invalid text', () => {
    for (const bad of [
      '',
      'tomorrow',
      '2026-02-30',
      '2026-13-01',
      '2026-11-23T24:00',
      '2026-11-23T07:60',
      '2026-11-23T07:30:00+25:00',
      '2026-11-23T07:30:00+7',
      '26-11-23',
      '2026-11-23Z',
    ]) {
      expect(parseInstant(bad), bad).toBeUndefined();
    }
  });

  it('localDate is the +07:00 calendar day', () => {
    expect(localDate(Date.UTC(2026, 10, 22, 16, 59, 59, 999))).toBe('2026-11-22');
    expect(localDate(Date.UTC(2026, 10, 22, 17, 0))).toBe('2026-11-23');
  });

  it('round-trips any whole-second instant 1900–2100', () => {
    const lo = Date.UTC(1900, 0, 1) / 1000;
    const hi = Date.UTC(2100, 11, 31) / 1000;
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (seconds) => {
        const t = seconds * 1000;
        const text = formatInstant(t);
        expect(parseInstant(text)).toBe(t);
        expect(text.slice(0, 10)).toBe(localDate(t));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('day numbers', () => {
  it('agree with Date.UTC and know the weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: -80_000, max: 80_000 }), (d) => {
        const { year, month, day } = civilFromDays(d);
        expect(daysFromCivil(year, month, day)).toBe(d);
        const date = new Date(d * 86_400_000);
        expect([year, month, day]).toEqual([
          date.getUTCFullYear(),
          date.getUTCMonth() + 1,
          date.getUTCDate(),
        ]);
        expect(weekdayOf(d)).toBe(date.getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });
});
