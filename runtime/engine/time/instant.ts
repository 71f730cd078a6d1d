/** Instants as text: ISO-8601 in Vietnam time for display and storage, lenient parsing of what people and files write. */
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  OFFSET_MS,
  dayOf,
  dayStart,
  daysFromCivil,
  formatClock,
  formatDay,
  isValidDate,
} from './clock.ts';

/** "YYYY-MM-DD" of the local (+07:00) day of `t`. */
export function localDate(t: number): string {
  return formatDay(dayOf(t));
}

/** ISO-8601 with +07:00 and whole seconds, e.g. "2026-11-23T07:30:00+07:00". Sub-second parts are truncated. */
export function formatInstant(t: number): string {
  if (!Number.isFinite(t)) throw new RangeError(`formatInstant: not a finite instant: ${t}`);
  const seconds = Math.floor(t / 1000) * 1000;
  const d = dayOf(seconds);
  return `${formatDay(d)}T${formatClock(seconds - dayStart(d))}+07:00`;
}

const INSTANT_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * ISO-8601 date or date-time. Without an offset the text is read as Vietnam time (+07:00), which is what users and
 * scenario files mean; a bare date is local midnight. Returns undefined for anything malformed or out of range.
 */
export function parseInstant(s: string): number | undefined {
  if (typeof s !== 'string') return undefined;
  const m = INSTANT_RE.exec(s.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return undefined;
  const hours = m[4] === undefined ? 0 : Number(m[4]);
  const minutes = m[5] === undefined ? 0 : Number(m[5]);
  const seconds = m[6] === undefined ? 0 : Number(m[6]);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const millis = m[7] === undefined ? 0 : Math.floor(Number('0.' + m[7]) * 1000);
  const offset = parseOffset(m[8]);
  if (offset === undefined) return undefined;
  return (
    daysFromCivil(year, month, day) * DAY_MS +
    hours * HOUR_MS +
    minutes * MINUTE_MS +
    seconds * 1000 +
    millis -
    offset
  );
}

/** "Z", "+07", "+0700", "+07:00" → ms east of UTC; absent → Vietnam. */
function parseOffset(s: string | undefined): number | undefined {
  if (s === undefined) return OFFSET_MS;
  if (s === 'Z' || s === 'z') return 0;
  const sign = s[0] === '-' ? -1 : 1;
  const digits = s.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (digits.length !== 2 && digits.length !== 4) return undefined;
  if (hours > 23 || minutes > 59) return undefined;
  return sign * (hours * HOUR_MS + minutes * MINUTE_MS);
}
