/**
 * Deadline arithmetic over a Calendar: deemed receipt, adding and counting working time, legal durations, and the
 * statistics classification. Hot paths walk day numbers and cached periods only; no strings, no Date objects.
 */
import type { TimeUnit } from '../../../schemas/procedure.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS, dayOf, dayStart, parseClock } from './clock.ts';
import { BLOCK_BITS, BLOCK_MASK, type Calendar, blockOf, nextWorkingDay, periodsOf } from './calendar.ts';

// Local copies of the constants used once per day in the loops below: some loaders (tsx, used by the benches)
// compile each use of an imported binding into a getter call, which would cost more than the loop body.
const DAY = DAY_MS;
const BITS = BLOCK_BITS;
const MASK = BLOCK_MASK;

/**
 * When a dossier received at `t` is deemed received: `t` itself if inside a working period and not after the
 * cut-off of its day (received at 15:00:00 sharp counts that day: only after it moves on); not after the cut-off
 * but outside a period (lunch break, early morning), the next period that day; otherwise the first period of the
 * next working day. `cutoff` is a procedure's own ("HH:MM"); without one, the calendar's applies.
 */
export function deemedReceipt(cal: Calendar, t: number, cutoff?: string): number {
  let cut = cal.cutoff;
  if (cutoff !== undefined) {
    const minutes = parseClock(cutoff);
    if (minutes === undefined)
      throw new RangeError(`deemedReceipt: cutoff is not "HH:MM": ${JSON.stringify(cutoff)}`);
    cut = minutes * MINUTE_MS;
  }
  const d = dayOf(t);
  const base = dayStart(d);
  const tod = t - base;
  if (tod <= cut) {
    const p = periodsOf(cal, d);
    for (let i = 0; i < p.length; i += 2) {
      if (tod < p[i + 1]) return tod >= p[i] ? t : base + p[i];
    }
  }
  const next = nextWorkingDay(cal, d);
  return dayStart(next) + periodsOf(cal, next)[0];
}

/**
 * `t` moved forward by `ms` of working time. Landing exactly on the end of a period returns that end (17:00, not
 * the next morning), so "8 working hours from 07:30" is 17:00 the same day. `ms` ≤ 0 returns `t` unchanged.
 */
export function addWorkingTime(cal: Calendar, t: number, ms: number): number {
  if (!(ms > 0)) return t;
  let d = dayOf(t);
  let base = dayStart(d);
  let tod = t - base;
  let left = ms;
  let b = d >> BITS;
  let block = blockOf(cal, b);
  for (;;) {
    if (d >> BITS !== b) block = blockOf(cal, ++b);
    const p = block[d & MASK];
    for (let i = 0; i < p.length; i += 2) {
      const end = p[i + 1];
      if (end <= tod) continue;
      const from = p[i] > tod ? p[i] : tod;
      const available = end - from;
      if (left <= available) return base + from + left;
      left -= available;
    }
    d++;
    base += DAY;
    tod = 0;
  }
}

/**
 * `t` moved backward by `ms` of working time (e.g. a warning one working day before a due time). The mirror of
 * addWorkingTime: landing exactly on the start of a period returns that start, not the previous period's end.
 */
export function subtractWorkingTime(cal: Calendar, t: number, ms: number): number {
  if (!(ms > 0)) return t;
  let d = dayOf(t);
  let base = dayStart(d);
  let tod = t - base;
  let left = ms;
  let b = d >> BITS;
  let block = blockOf(cal, b);
  for (;;) {
    if (d >> BITS !== b) block = blockOf(cal, --b);
    const p = block[d & MASK];
    for (let i = p.length - 2; i >= 0; i -= 2) {
      const start = p[i];
      if (start >= tod) continue;
      const to = p[i + 1] < tod ? p[i + 1] : tod;
      const available = to - start;
      if (left <= available) return base + to - left;
      left -= available;
    }
    d--;
    base -= DAY;
    tod = DAY;
  }
}

/** Working ms in [from, to); 0 when `to` ≤ `from`. */
export function countWorkingTime(cal: Calendar, from: number, to: number): number {
  if (!(to > from)) return 0;
  const lastDay = dayOf(to);
  let sum = 0;
  let d = dayOf(from);
  let base = dayStart(d);
  let b = d >> BITS;
  let block = blockOf(cal, b);
  for (; d <= lastDay; d++, base += DAY) {
    if (d >> BITS !== b) block = blockOf(cal, ++b);
    const lo = from - base;
    const hi = to - base;
    const p = block[d & MASK];
    for (let i = 0; i < p.length; i += 2) {
      const s = p[i] > lo ? p[i] : lo;
      const e = p[i + 1] < hi ? p[i + 1] : hi;
      if (e > s) sum += e - s;
    }
  }
  return sum;
}

/** End of the last working period of local day `d` (which must be a working day). */
function closeOf(cal: Calendar, d: number): number {
  const p = periodsOf(cal, d);
  return dayStart(d) + p[p.length - 1];
}

/**
 * Due time of a duration counted from `t` (normally the deemed receipt).
 * - Working units run through working time only; a working day is the calendar's office-hours length.
 * - Zero of a working unit means "by the close of the day of receipt": the end of the last period of t's working
 *   day, or of the next working day when t is on a day off or already past that day's close.
 * - `days` are calendar days (t + value × 24 h); a deadline falling on a day off moves to the close of the next
 *   working day (Civil Code 2015, Art. 148).
 */
export function addDuration(cal: Calendar, t: number, duration: { value: number; unit: TimeUnit }): number {
  const { value, unit } = duration;
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`addDuration: value must be a finite number ≥ 0, got ${value}`);
  }
  if (unit === 'days') {
    const due = t + value * DAY_MS;
    const d = dayOf(due);
    return periodsOf(cal, d).length > 0 ? due : closeOf(cal, nextWorkingDay(cal, d));
  }
  let ms: number;
  if (unit === 'working_days') ms = value * cal.dayLength;
  else if (unit === 'working_half_days') ms = (value * cal.dayLength) / 2;
  else if (unit === 'working_hours') ms = value * HOUR_MS;
  else throw new RangeError(`addDuration: unknown unit ${JSON.stringify(unit)}`);
  if (ms > 0) return addWorkingTime(cal, t, ms);
  const d = dayOf(t);
  const p = periodsOf(cal, d);
  if (p.length > 0 && t - dayStart(d) <= p[p.length - 1]) return dayStart(d) + p[p.length - 1];
  return closeOf(cal, nextWorkingDay(cal, d));
}

/**
 * Statistics class of a finished dossier: early if finished on a local day before the due day, on time if on the
 * due day and not after the due time, late otherwise.
 */
export function classifyTiming(finishedAt: number, dueAt: number): 'early' | 'on_time' | 'late' {
  const finishedDay = dayOf(finishedAt);
  const dueDay = dayOf(dueAt);
  if (finishedDay < dueDay) return 'early';
  return finishedDay === dueDay && finishedAt <= dueAt ? 'on_time' : 'late';
}
