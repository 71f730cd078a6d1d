/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7.
 *
 * Rules: a month starts on the local day of a new moon; month 11 is the month containing the winter solstice
 * (Sun at 270°); when 13 months lie between two months 11, the first of them without a major solar term
 * (Sun crossing a multiple of 30°) is the leap month and repeats the number of the month before it.
 * The same rules at UTC+8 give the Chinese calendar, which differs in some years (Tết 1985, 2007, 2030); the
 * offset is a parameter only so tests can show that difference.
 */
import {
  JD_UNIX_EPOCH,
  NEW_MOON_EPOCH_JDE,
  SYNODIC_MONTH,
  deltaT,
  newMoonJDE,
  sunLongitude,
} from './astronomy.ts';
import { daysFromCivil, civilFromDays, isValidDate } from './clock.ts';

export const VIETNAM_UTC_OFFSET_HOURS = 7;

/** Local day number (days since 1970-01-01 at the given offset) on which new moon k falls. */
function newMoonDay(k: number, tzHours: number): number {
  const jde = newMoonJDE(k);
  const jdUT = jde - deltaT(jde);
  return Math.floor(jdUT - JD_UNIX_EPOCH + tzHours / 24);
}

/**
 * Which 30° sector the Sun is in at local midnight starting day `d` (0 = [0°,30°) … 11). Two month starts with
 * the same sector mean the month between them contains no major solar term.
 */
function sunSector(d: number, tzHours: number): number {
  const jdUT = JD_UNIX_EPOCH + d - tzHours / 24;
  return Math.floor(sunLongitude(jdUT + deltaT(jdUT)) / 30);
}

/** Index k of the new moon that starts month 11 of the lunar year running through December of solar `year`. */
function month11Index(year: number, tzHours: number): number {
  const dec31 = daysFromCivil(year, 12, 31);
  const epochDay = NEW_MOON_EPOCH_JDE - JD_UNIX_EPOCH;
  let k = Math.floor((dec31 - epochDay) / SYNODIC_MONTH);
  while (newMoonDay(k + 1, tzHours) <= dec31) k++;
  while (newMoonDay(k, tzHours) > dec31) k--;
  // The last new moon of December starts month 11 only if the solstice has not yet happened by its first midnight.
  return sunSector(newMoonDay(k, tzHours), tzHours) >= 9 ? k - 1 : k;
}

/** The months from month 11 of lunar year `base − 1` up to (not including) month 11 of lunar year `base`. */
interface LunarSpan {
  base: number;
  /** Day numbers of the month starts; one more entry than months (the next month 11). */
  starts: number[];
  /** Month number and leap flag per month. */
  labels: { month: number; leap: boolean }[];
  /** Position of month 1 of lunar year `base` (2, or 3 after a leap 11 or 12). */
  firstMonth: number;
}

const spans = new Map<string, LunarSpan>();

function lunarSpan(base: number, tzHours: number): LunarSpan {
  const key = `${base}@${tzHours}`;
  const cached = spans.get(key);
  if (cached) return cached;
  const kStart = month11Index(base - 1, tzHours);
  const kEnd = month11Index(base, tzHours);
  const starts: number[] = [];
  for (let k = kStart; k <= kEnd; k++) starts.push(newMoonDay(k, tzHours));
  const count = kEnd - kStart;
  let leapAt = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (sunSector(starts[i], tzHours) === sunSector(starts[i + 1], tzHours)) {
        leapAt = i;
        break;
      }
    }
  }
  const labels: { month: number; leap: boolean }[] = [{ month: 11, leap: false }];
  let firstMonth = -1;
  for (let i = 1; i < count; i++) {
    const previous = labels[i - 1].month;
    const label =
      i === leapAt ? { month: previous, leap: true } : { month: (previous % 12) + 1, leap: false };
    if (label.month === 1 && !label.leap && firstMonth < 0) firstMonth = i;
    labels.push(label);
  }
  const span: LunarSpan = { base, starts, labels, firstMonth };
  spans.set(key, span);
  return span;
}

export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** Day number → lunar date at the given offset. */
export function lunarFromDay(d: number, tzHours: number = VIETNAM_UTC_OFFSET_HOURS): LunarDate {
  const { year } = civilFromDays(d);
  // Month 11 always starts in November or December, so `d` lies in the span of `year` or of `year + 1`.
  const next = lunarSpan(year + 1, tzHours);
  const span = d >= next.starts[0] ? next : lunarSpan(year, tzHours);
  let i = span.labels.length - 1;
  while (span.starts[i] > d) i--;
  const { month, leap } = span.labels[i];
  return { year: i < span.firstMonth ? span.base - 1 : span.base, month, day: d - span.starts[i] + 1, leap };
}

/** Lunar date → day number, or undefined if that month (or leap month) or day does not exist. */
export function dayFromLunar(
  year: number,
  month: number,
  day: number,
  leap: boolean,
  tzHours: number = VIETNAM_UTC_OFFSET_HOURS,
): number | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  // Months 11 and 12 (and their leap twins) of lunar year Y sit at the head of the span ending in year Y + 1.
  const span = lunarSpan(month >= 11 ? year + 1 : year, tzHours);
  const wantHead = month >= 11;
  for (let i = 0; i < span.labels.length; i++) {
    const label = span.labels[i];
    if (label.month !== month || label.leap !== leap) continue;
    if (i < span.firstMonth !== wantHead) continue;
    const length = span.starts[i + 1] - span.starts[i];
    return day <= length ? span.starts[i] + day - 1 : undefined;
  }
  return undefined;
}

/** Gregorian date → Vietnamese lunar date. Throws on an impossible Gregorian date. */
export function solarToLunar(year: number, month: number, day: number): LunarDate {
  if (!isValidDate(year, month, day))
    throw new RangeError(`solarToLunar: invalid date ${year}-${month}-${day}`);
  return lunarFromDay(daysFromCivil(year, month, day));
}

/** Vietnamese lunar date → Gregorian date, or undefined when the lunar date does not exist. */
export function lunarToSolar(
  year: number,
  month: number,
  day: number,
  leap: boolean = false,
): { year: number; month: number; day: number } | undefined {
  const d = dayFromLunar(year, month, day, leap);
  return d === undefined ? undefined : civilFromDays(d);
}
