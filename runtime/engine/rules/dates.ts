/** Calendar dates in Vietnam (UTC+07:00, no daylight saving), as whole day numbers since 1970-01-01. */

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The local date's day number of an instant. */
export function vietnamDay(instant: number): number {
  return Math.floor((instant + VIETNAM_OFFSET_MS) / DAY_MS);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

// Evaluations in one request share one clock: remember the last day formatted.
let lastDay = NaN;
let lastText = '';

/** "YYYY-MM-DD" of a day number. */
export function formatDay(day: number): string {
  if (day !== lastDay) {
    const d = new Date(day * DAY_MS);
    lastText = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
    lastDay = day;
  }
  return lastText;
}

/** The time and offset after a date: T08:30, T08:30:00.000Z, 08:30:00+07:00, ... */
const TIME = /^[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Day number of a proleptic Gregorian date, by arithmetic (cheaper than Date.UTC on the fee path):
 * counting years from March makes the leap day the last day of the year.
 */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Digits at text[from, from + count) as a number, or -1 if any is not a digit. */
function digits(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The Vietnam day number of a date or date-time text, or null when it is not one (2023-02-30 is not).
 * A date-time with an offset is an instant and is moved to Vietnam's date; one without is already local.
 * Fee rules parse dates on every evaluation, so the date part is read by hand rather than by a regex.
 */
export function parseDay(value: unknown): number | null {
  if (typeof value !== 'string' || value.length < 10) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || value[4] !== '-' || value[7] !== '-') return null;
  if (day > (month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1])) return null;
  const date = dayNumber(year, month, day);
  if (value.length === 10) return date;
  const m = TIME.exec(value.slice(10));
  if (!m) return null;
  const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const zone = m[5];
  if (zone === undefined) return date;
  let offsetMinutes = 0;
  if (zone !== 'Z') {
    const hm = zone.replace(':', '');
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (Number(hm.slice(1, 3)) * 60 + Number(hm.slice(3, 5)));
    if (Math.abs(offsetMinutes) > 18 * 60) return null;
  }
  const fraction = m[4] === undefined ? 0 : Number(`0.${m[4]}`) * 1000;
  return vietnamDay(date * DAY_MS + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + fraction);
}
