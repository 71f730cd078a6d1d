/**
 * Generated public holidays (Labour Code 2019, Art. 112) used to pre-fill a year that admins have not edited.
 * The Government fixes the real Tết days and swaps each year; admins override a year through CalendarSpec.holidays.
 */
import type { Localized } from '../problems.ts';
import { daysFromCivil, formatDay, weekdayOf } from './clock.ts';
import { dayFromLunar } from './lunar.ts';
import { message } from '../messages/index.ts';

export interface Holiday {
  date: string;
  name: Localized;
  kind: 'holiday' | 'compensatory';
}

interface DayHoliday {
  day: number;
  name: Localized;
}

const TET_DAY_NAMES: Localized[] = [
  message('holidays.tetEve'),
  message('holidays.tet1'),
  message('holidays.tet2'),
  message('holidays.tet3'),
  message('holidays.tet4'),
];

/** The Art. 112 holidays of a solar year, in date order, before compensation. */
function statutoryHolidays(year: number): DayHoliday[] {
  const list: DayHoliday[] = [{ day: daysFromCivil(year, 1, 1), name: message('holidays.newYear') }];
  // Lunar 1/1 of lunar year `year` always falls in late January or February of solar `year`.
  const tet = dayFromLunar(year, 1, 1, false) as number;
  for (let i = 0; i < 5; i++) list.push({ day: tet - 1 + i, name: TET_DAY_NAMES[i] });
  const hung = dayFromLunar(year, 3, 10, false) as number;
  list.push({
    day: hung,
    name: message('holidays.hungKings'),
  });
  list.push({
    day: daysFromCivil(year, 4, 30),
    name: message('holidays.reunification'),
  });
  list.push({
    day: daysFromCivil(year, 5, 1),
    name: message('holidays.labourDay'),
  });
  const nationalDay = daysFromCivil(year, 9, 2);
  // The extra National Day holiday sits next to 2 Sep: the Monday before a Tuesday, otherwise the day after.
  const adjacent = weekdayOf(nationalDay) === 2 ? nationalDay - 1 : nationalDay + 1;
  const nationalName = message('holidays.nationalDay');
  list.push({ day: Math.min(nationalDay, adjacent), name: nationalName });
  list.push({ day: Math.max(nationalDay, adjacent), name: nationalName });
  return list.sort((a, b) => a.day - b.day);
}

function isWeekend(day: number): boolean {
  const w = weekdayOf(day);
  return w === 0 || w === 6;
}

const generated = new Map<number, { holidays: readonly Holiday[]; days: readonly number[] }>();

/**
 * Holidays of a solar year (any year the lunar calendar supports; checked for 1900–2100) with compensatory days:
 * each holiday on a Saturday or Sunday (or on another holiday) gives the next weekday that is not already a day
 * off, so every year has exactly eleven weekdays off.
 * Make-up working days are decided by the Government each year, so none are generated.
 */
export function vietnameseHolidays(year: number): { holidays: Holiday[]; workingDays: string[] } {
  const entry = generatedYear(year);
  // Fresh copies: callers may edit the result to pre-fill an admin form.
  return {
    holidays: entry.holidays.map((h) => ({ date: h.date, name: { ...h.name }, kind: h.kind })),
    workingDays: [],
  };
}

/** Day numbers of the generated days off of a year, for the calendar's per-year cache. */
export function generatedHolidayDays(year: number): readonly number[] {
  return generatedYear(year).days;
}

function generatedYear(year: number): { holidays: readonly Holiday[]; days: readonly number[] } {
  if (!Number.isInteger(year))
    throw new RangeError(`vietnameseHolidays: year must be an integer, got ${year}`);
  let entry = generated.get(year);
  if (!entry) {
    const statutory = statutoryHolidays(year);
    const all: (DayHoliday & { kind: Holiday['kind'] })[] = [];
    const taken = new Set<number>();
    // A holiday on a weekend, or on another holiday (Hùng Kings' day fell on 30 Apr in 1947), is owed a day off.
    const owed: DayHoliday[] = [];
    for (const h of statutory) {
      if (taken.has(h.day)) owed.push(h);
      else {
        taken.add(h.day);
        all.push({ ...h, kind: 'holiday' });
        if (isWeekend(h.day)) owed.push(h);
      }
    }
    for (const h of owed) {
      let day = h.day + 1;
      while (isWeekend(day) || taken.has(day)) day++;
      taken.add(day);
      all.push({
        day,
        kind: 'compensatory',
        name: message('holidays.compensatoryDayOff', { name: h.name }),
      });
    }
    all.sort((a, b) => a.day - b.day);
    entry = {
      holidays: all.map((h) => ({ date: formatDay(h.day), name: h.name, kind: h.kind })),
      days: all.map((h) => h.day),
    };
    generated.set(year, entry);
  }
  return entry;
}
