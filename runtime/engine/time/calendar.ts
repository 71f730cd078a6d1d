/**
 * The working-time calendar: which local days are worked and in which periods.
 * A spec (JSON written by admins and scenario files) compiles into a Calendar that answers "what are the working
 * periods of day d?" from a per-day cache, so deadline arithmetic is a few map look-ups per day.
 */
import {
  DAY_MS,
  MINUTE_MS,
  civilFromDays,
  dayOf,
  dayStart,
  parseClock,
  parseDay,
  weekdayOf,
} from './clock.ts';
import { generatedHolidayDays } from './holidays.ts';
import { message } from '../messages/index.ts';

export interface CalendarSpec {
  /** Periods of a standard working day; default [["07:30","11:30"],["13:00","17:00"]]. */
  officeHours?: [string, string][];
  /** Working weekdays, 0 = Sunday … 6 = Saturday; default Monday–Friday. */
  weekdays?: number[];
  /** Further periods on a weekday, e.g. Saturday mornings open; merged with office hours if both apply. */
  extraPeriods?: { weekday: number; hours: [string, string][] }[];
  /** "YYYY-MM-DD". For every year this list mentions it replaces that year's generated holidays. */
  holidays?: string[];
  /** Make-up working days ("YYYY-MM-DD"), worked with office hours even on a weekend or a listed holiday. */
  workingDays?: string[];
  /** "HH:MM", default "15:00": receipts at or after it are deemed received the next working day. */
  cutoff?: string;
}

/** Frozen all the way down (it is only read when compiling), typed as the mutable spec shape callers expect. */
export const DEFAULT_CALENDAR_SPEC: Required<Pick<CalendarSpec, 'officeHours' | 'weekdays' | 'cutoff'>> =
  Object.freeze({
    officeHours: Object.freeze([Object.freeze(['07:30', '11:30']), Object.freeze(['13:00', '17:00'])]) as [
      string,
      string,
    ][],
    weekdays: Object.freeze([1, 2, 3, 4, 5]) as number[],
    cutoff: '15:00',
  });

/**
 * Working periods of one day: flat [start, end, start, end, …] in ms after local midnight, sorted and disjoint.
 * Readonly by type only: frozen arrays made the day walk about three times slower in V8.
 */
export type Periods = readonly number[];

const CLOSED: Periods = [];

/** Compiled calendar. Treat as opaque: use the functions of this module. */
export interface Calendar {
  /** The spec as compiled, defaults filled in. */
  readonly spec: Readonly<CalendarSpec>;
  /** ms of a standard working day (the office hours). */
  readonly dayLength: number;
  /** Cut-off in ms after local midnight. */
  readonly cutoff: number;
  /** Periods per weekday (index 0 = Sunday) on an ordinary day. */
  readonly weekly: readonly Periods[];
  /** Periods per weekday on a make-up working day: office hours merged with that weekday's own periods. */
  readonly makeUp: readonly Periods[];
  /** Years the spec lists holidays / working days for → the listed day numbers. */
  readonly holidayYears: ReadonlyMap<number, ReadonlySet<number>>;
  readonly workingDayYears: ReadonlyMap<number, ReadonlySet<number>>;
  /** Lazily filled caches: block of 64 days (day number >> 6) → periods per day, year → days off. */
  readonly blocks: Map<number, readonly Periods[]>;
  readonly yearCache: Map<number, ReadonlySet<number>>;
}

export function compileCalendar(spec: CalendarSpec = {}): Calendar {
  const officeHours = spec.officeHours ?? DEFAULT_CALENDAR_SPEC.officeHours;
  const weekdays = spec.weekdays ?? DEFAULT_CALENDAR_SPEC.weekdays;
  const extraPeriods = spec.extraPeriods ?? [];
  const cutoffText = spec.cutoff ?? DEFAULT_CALENDAR_SPEC.cutoff;

  const office = mergePeriods(parsePeriods(officeHours, '/officeHours'));
  if (office.length === 0) throw new RangeError('calendar: officeHours must contain at least one period');
  const cutoffMinutes = parseClock(cutoffText);
  if (cutoffMinutes === undefined)
    throw new RangeError(`calendar: cutoff is not "HH:MM": ${JSON.stringify(cutoffText)}`);

  if (!Array.isArray(weekdays)) throw new RangeError('calendar: weekdays must be a list of weekdays 0–6');
  if (!Array.isArray(extraPeriods)) throw new RangeError('calendar: extraPeriods must be a list');
  const perWeekday: number[][] = [[], [], [], [], [], [], []];
  for (const w of weekdays) perWeekday[checkWeekday(w, 'weekdays')].push(...office);
  extraPeriods.forEach((extra, i) => {
    const w = checkWeekday(extra?.weekday, `extraPeriods[${i}].weekday`);
    perWeekday[w].push(...parsePeriods(extra.hours, `/extraPeriods/${i}/hours`));
  });
  const weekly = perWeekday.map((p) => mergePeriods(p));
  // Without any weekly working time every "next working day" search would run forever.
  if (weekly.every((p) => p.length === 0)) throw new RangeError('calendar: no weekday has working time');
  const makeUp = perWeekday.map((p) => mergePeriods([...p, ...office]));

  return {
    spec: {
      officeHours: officeHours.map(([s, e]) => [s, e]),
      weekdays: [...weekdays],
      extraPeriods: extraPeriods.map((x) => ({ weekday: x.weekday, hours: x.hours.map(([s, e]) => [s, e]) })),
      ...(spec.holidays ? { holidays: [...spec.holidays] } : {}),
      ...(spec.workingDays ? { workingDays: [...spec.workingDays] } : {}),
      cutoff: cutoffText,
    },
    dayLength: totalOf(office),
    cutoff: cutoffMinutes * MINUTE_MS,
    weekly,
    makeUp,
    holidayYears: groupByYear(spec.holidays ?? [], 'holidays'),
    workingDayYears: groupByYear(spec.workingDays ?? [], 'workingDays'),
    blocks: new Map(),
    yearCache: new Map(),
  };
}

/** ms of a standard working day (sum of the office hours): 8 h by default. */
export function workingDayLength(cal: Calendar): number {
  return cal.dayLength;
}

/**
 * Days are cached in blocks of 64: a walk over consecutive days costs one map look-up per block and plain array
 * indexing per day, about half the cost of a per-day Map for a 15-working-day due time.
 */
export const BLOCK_BITS = 6;
export const BLOCK_MASK = (1 << BLOCK_BITS) - 1;

/** Periods of every day of block `b` (days b·64 … b·64+63), computed on first use. */
export function blockOf(cal: Calendar, b: number): readonly Periods[] {
  let block = cal.blocks.get(b);
  if (block === undefined) {
    const days: Periods[] = [];
    for (let d = b << BLOCK_BITS, end = d + BLOCK_MASK; d <= end; d++) days.push(computePeriods(cal, d));
    block = days;
    cal.blocks.set(b, block);
  }
  return block;
}

/** Working periods of local day `d` (cached). */
export function periodsOf(cal: Calendar, d: number): Periods {
  return blockOf(cal, d >> BLOCK_BITS)[d & BLOCK_MASK];
}

function computePeriods(cal: Calendar, d: number): Periods {
  const year = civilFromDays(d).year;
  const weekday = weekdayOf(d);
  if (cal.workingDayYears.get(year)?.has(d)) return cal.makeUp[weekday];
  if (daysOff(cal, year).has(d)) return CLOSED;
  return cal.weekly[weekday];
}

/** Holidays of a year: the spec's list if it mentions the year, else the generated Vietnamese ones. */
function daysOff(cal: Calendar, year: number): ReadonlySet<number> {
  let set = cal.yearCache.get(year);
  if (!set) {
    set = cal.holidayYears.get(year) ?? new Set(generatedHolidayDays(year));
    cal.yearCache.set(year, set);
  }
  return set;
}

/** A year of nothing but days off is conceivable in data; ten are not, and mean a broken spec. */
const MAX_SEARCH_DAYS = 3660;

/** First day after `d` with working time. */
export function nextWorkingDay(cal: Calendar, d: number): number {
  for (let next = d + 1; next <= d + MAX_SEARCH_DAYS; next++) {
    if (periodsOf(cal, next).length > 0) return next;
  }
  throw new RangeError('calendar: no working day within ten years');
}

/** Whether the local (+07:00) day of `t` has any working time. */
export function isWorkingDay(cal: Calendar, t: number): boolean {
  return periodsOf(cal, dayOf(t)).length > 0;
}

/** Whether `t` lies inside a working period (start inclusive, end exclusive). */
export function isWorkingTime(cal: Calendar, t: number): boolean {
  const d = dayOf(t);
  const tod = t - dayStart(d);
  const p = periodsOf(cal, d);
  for (let i = 0; i < p.length; i += 2) {
    if (tod < p[i]) return false;
    if (tod < p[i + 1]) return true;
  }
  return false;
}

function checkWeekday(w: unknown, where: string): number {
  if (typeof w !== 'number' || !Number.isInteger(w) || w < 0 || w > 6) {
    throw new RangeError(`calendar: ${where} must hold weekdays 0–6, got ${JSON.stringify(w)}`);
  }
  return w;
}

/** A working period a spec gets wrong, at its JSON pointer (checkCalendar reports it there), in both languages. */
export class CalendarPeriodError extends RangeError {
  constructor(
    readonly path: string,
    readonly localized: { vi: string; en: string },
  ) {
    super(`calendar: ${path}: ${localized.en}`);
  }
}

/** `where` is the JSON pointer of the list, e.g. "/officeHours". */
function parsePeriods(hours: readonly (readonly [string, string])[] | undefined, where: string): number[] {
  if (!Array.isArray(hours)) throw new RangeError(`calendar: ${where} must be a list of ["HH:MM","HH:MM"]`);
  const flat: number[] = [];
  hours.forEach((pair, i) => {
    const start = Array.isArray(pair) ? parseClock(pair[0]) : undefined;
    const end = Array.isArray(pair) ? parseClock(pair[1]) : undefined;
    if (start === undefined || end === undefined) {
      throw new CalendarPeriodError(
        `${where}/${i}`,
        message('time.periodInvalid', { pair: JSON.stringify(pair) }),
      );
    }
    // The schema cannot compare two clock times; this is the one check of it.
    if (start >= end) {
      throw new CalendarPeriodError(
        `${where}/${i}`,
        message('time.periodReversed', { pair: pair[0], pair2: pair[1] }),
      );
    }
    flat.push(start * MINUTE_MS, end * MINUTE_MS);
  });
  return flat;
}

/** Sorts flat periods and merges overlapping or touching ones, so each day's periods are disjoint. */
function mergePeriods(flat: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], Math.min(flat[i + 1], DAY_MS)]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [s, e] of pairs) {
    const last = out.length - 1;
    if (last > 0 && s <= out[last]) out[last] = Math.max(out[last], e);
    else out.push(s, e);
  }
  return out;
}

function totalOf(p: Periods): number {
  let sum = 0;
  for (let i = 0; i < p.length; i += 2) sum += p[i + 1] - p[i];
  return sum;
}

function groupByYear(dates: readonly string[], where: string): Map<number, Set<number>> {
  if (!Array.isArray(dates)) throw new RangeError(`calendar: ${where} must be a list of "YYYY-MM-DD"`);
  const byYear = new Map<number, Set<number>>();
  dates.forEach((text, i) => {
    const d = typeof text === 'string' ? parseDay(text) : undefined;
    if (d === undefined)
      throw new RangeError(`calendar: ${where}[${i}] is not a date "YYYY-MM-DD": ${JSON.stringify(text)}`);
    const year = civilFromDays(d).year;
    let set = byYear.get(year);
    if (!set) byYear.set(year, (set = new Set()));
    set.add(d);
  });
  return byYear;
}
