import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lunarToSolar, solarToLunar } from './index.ts';
import { newMoonJDE, sunLongitude } from './astronomy.ts';
import { civilFromDays, daysFromCivil, formatDay } from './clock.ts';
import { dayFromLunar } from './lunar.ts';

const iso = (d: { year: number; month: number; day: number } | undefined) =>
  d && formatDay(daysFromCivil(d.year, d.month, d.day));

describe('astronomy (Meeus worked examples)', () => {
  it('new moon of 1977 February (example 49.a): JDE 2443192.65118', () => {
    expect(newMoonJDE(-283)).toBeCloseTo(2443192.65118, 4);
  });

  it('apparent solar longitude on 1992-10-13.0 TD (example 25.a): 199.909°', () => {
    expect(sunLongitude(2448908.5)).toBeCloseTo(199.909, 2);
  });
});

describe('Vietnamese lunar calendar', () => {
  it('puts Tết and Hùng Kings’ day on the reference dates', () => {
    expect(iso(lunarToSolar(2026, 1, 1))).toBe('2026-02-17');
    expect(iso(lunarToSolar(2027, 1, 1))).toBe('2027-02-06');
    expect(iso(lunarToSolar(2028, 1, 1))).toBe('2028-01-26');
    expect(iso(lunarToSolar(2026, 3, 10))).toBe('2026-04-26');
    expect(iso(lunarToSolar(2027, 3, 10))).toBe('2027-04-16');
  });

  it('follows UTC+7, not the Chinese UTC+8 calendar, where they differ', () => {
    const cases: [number, string, string][] = [
      [1985, '1985-01-21', '1985-02-20'],
      [2007, '2007-02-17', '2007-02-18'],
      [2030, '2030-02-02', '2030-02-03'],
    ];
    for (const [year, vietnamese, chinese] of cases) {
      expect(iso(lunarToSolar(year, 1, 1)), `${year}`).toBe(vietnamese);
      expect(formatDay(dayFromLunar(year, 1, 1, false, 8)!), `${year} at UTC+8`).toBe(chinese);
    }
  });

  it('matches the published Tết dates 2000–2030', () => {
    const tet = [
      '2000-02-05', '2001-01-24', '2002-02-12', '2003-02-01', '2004-01-22', '2005-02-09', '2006-01-29',
      '2007-02-17', '2008-02-07', '2009-01-26', '2010-02-14', '2011-02-03', '2012-01-23', '2013-02-10',
      '2014-01-31', '2015-02-19', '2016-02-08', '2017-01-28', '2018-02-16', '2019-02-05', '2020-01-25',
      '2021-02-12', '2022-02-01', '2023-01-22', '2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06',
      '2028-01-26', '2029-02-13', '2030-02-02',
    ]; // prettier-ignore
    tet.forEach((date, i) => expect(iso(lunarToSolar(2000 + i, 1, 1))).toBe(date));
  });

  it('places leap months', () => {
    const leapMonths: Record<number, number> = {
      2012: 4,
      2014: 9,
      2017: 6,
      2020: 4,
      2023: 2,
      2025: 6,
      2028: 5,
    };
    for (const [year, leap] of Object.entries(leapMonths)) {
      for (let month = 1; month <= 12; month++) {
        const found = lunarToSolar(Number(year), month, 1, true) !== undefined;
        expect(found, `${year} leap ${month}`).toBe(month === leap);
      }
    }
    expect(iso(lunarToSolar(2023, 2, 1, true))).toBe('2023-03-22');
    expect(iso(lunarToSolar(2023, 3, 1))).toBe('2023-04-20');
    expect(iso(lunarToSolar(2025, 6, 1, true))).toBe('2025-07-25');
    expect(solarToLunar(2023, 3, 22)).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar(2025, 7, 25)).toEqual({ year: 2025, month: 6, day: 1, leap: true });
  });

  it('a leap month 11 belongs to the lunar year before Tết', () => {
    expect(iso(lunarToSolar(2033, 11, 1, true))).toBe('2033-12-22');
    expect(solarToLunar(2033, 12, 22)).toEqual({ year: 2033, month: 11, day: 1, leap: true });
  });

  it('converts the days around Tết 2026 (month 12 of 2025 has 29 days)', () => {
    expect(solarToLunar(2026, 2, 16)).toEqual({ year: 2025, month: 12, day: 29, leap: false });
    expect(solarToLunar(2026, 2, 17)).toEqual({ year: 2026, month: 1, day: 1, leap: false });
    expect(lunarToSolar(2025, 12, 30)).toBeUndefined();
  });

  it('rejects lunar dates that do not exist and invalid solar dates', () => {
    expect(lunarToSolar(2026, 2, 1, true)).toBeUndefined();
    expect(lunarToSolar(2026, 13, 1)).toBeUndefined();
    expect(lunarToSolar(2026, 1, 0)).toBeUndefined();
    expect(lunarToSolar(2026, 1, 31)).toBeUndefined();
    expect(() => solarToLunar(2026, 2, 29)).toThrow(RangeError);
  });

  it('round-trips solar → lunar → solar for any day 1900–2100', () => {
    const first = daysFromCivil(1900, 2, 1);
    const last = daysFromCivil(2100, 12, 31);
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (d) => {
        const solar = civilFromDays(d);
        const lunar = solarToLunar(solar.year, solar.month, solar.day);
        expect(lunar.day).toBeGreaterThanOrEqual(1);
        expect(lunar.day).toBeLessThanOrEqual(30);
        expect(lunarToSolar(lunar.year, lunar.month, lunar.day, lunar.leap)).toEqual(solar);
      }),
      { numRuns: 5000 },
    );
  });

  it('walks day by day: each day is the next lunar day or day 1 of the next month', () => {
    let previous = solarToLunar(1999, 12, 1);
    for (let d = daysFromCivil(1999, 12, 2); d <= daysFromCivil(2031, 1, 31); d++) {
      const { year, month, day } = civilFromDays(d);
      const lunar = solarToLunar(year, month, day);
      if (lunar.day === 1) {
        expect([29, 30]).toContain(previous.day);
        if (lunar.leap) expect(lunar.month).toBe(previous.month);
        else expect(lunar.month).toBe((previous.month % 12) + 1);
        expect(lunar.year).toBe(lunar.month === 1 && !lunar.leap ? previous.year + 1 : previous.year);
      } else {
        expect(lunar).toEqual({ ...previous, day: previous.day + 1 });
      }
      previous = lunar;
    }
  });
});
