import { describe, expect, it } from 'vitest';
import { vietnameseHolidays } from './index.ts';

const dates = (year: number) => vietnameseHolidays(year).holidays.map((h) => h.date);
const compensatory = (year: number) =>
  vietnameseHolidays(year)
    .holidays.filter((h) => h.kind === 'compensatory')
    .map((h) => h.date);

describe('vietnameseHolidays', () => {
  it('generates the eleven statutory days of 2026 plus a compensatory day for Hùng Kings’ Sunday', () => {
    const { holidays, workingDays } = vietnameseHolidays(2026);
    expect(holidays.map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-02-16', // Tết eve (29th of month 12)
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26', // Hùng Kings' day, a Sunday
      '2026-04-27',
      '2026-04-30',
      '2026-05-01',
      '2026-09-02',
      '2026-09-03',
    ]);
    expect(holidays.filter((h) => h.kind === 'holiday')).toHaveLength(11);
    expect(holidays.find((h) => h.date === '2026-04-27')).toMatchObject({
      kind: 'compensatory',
      name: { vi: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 Âm lịch)' },
    });
    expect(holidays.find((h) => h.date === '2026-02-17')?.name.en).toBe('Lunar New Year (day 1)');
    expect(workingDays).toEqual([]);
  });

  it('compensates a Tết weekend on the days after the Tết block (2027)', () => {
    expect(dates(2027).slice(1, 8)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
    expect(compensatory(2027)).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
  });

  it('skips holidays when placing compensatory days (2023: Hùng Kings on Saturday before 30 Apr–1 May)', () => {
    expect(compensatory(2023)).toEqual([
      '2023-01-02',
      '2023-01-26',
      '2023-01-27',
      '2023-05-02',
      '2023-05-03',
      '2023-09-04',
      '2023-09-05',
    ]);
  });

  it('adds 1 Sep when 2 Sep is a Tuesday, otherwise 3 Sep', () => {
    expect(dates(2025)).toContain('2025-09-01');
    expect(dates(2025)).not.toContain('2025-09-03');
    expect(dates(2026)).toContain('2026-09-03');
    expect(dates(2026)).not.toContain('2026-09-01');
  });

  it('gives exactly eleven weekdays off every year 1900–2100, without duplicates', () => {
    for (let year = 1900; year <= 2100; year++) {
      const { holidays } = vietnameseHolidays(year);
      const weekdaysOff = holidays.filter(
        (h) => ![0, 6].includes(new Date(h.date + 'T00:00:00Z').getUTCDay()),
      );
      expect(weekdaysOff, `${year}`).toHaveLength(11);
      expect(new Set(holidays.map((h) => h.date)).size).toBe(holidays.length);
      expect(holidays.every((h) => h.date.startsWith(String(year)))).toBe(true);
    }
  });

  it('owes a day off when two holidays coincide (Hùng Kings’ day on 30 Apr 1947)', () => {
    const { holidays } = vietnameseHolidays(1947);
    expect(holidays.filter((h) => h.date === '1947-04-30')).toHaveLength(1);
    expect(holidays.find((h) => h.kind === 'compensatory' && h.date === '1947-05-02')?.name.en).toBe(
      'Compensatory day off for Reunification Day',
    );
  });

  it('returns fresh objects that callers may edit', () => {
    vietnameseHolidays(2026).holidays[0].name.vi = 'edited';
    expect(vietnameseHolidays(2026).holidays[0].name.vi).toBe('Tết Dương lịch');
  });
});
