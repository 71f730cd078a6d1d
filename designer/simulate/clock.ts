/** The simulated clock: moved on by working time on the calendar, as the engine counts deadlines. */
import { dueTime } from '../../runtime/engine/index.ts';
import type { Calendar } from '../../runtime/engine/index.ts';

/** The units the clerk moves the clock by. */
export const ADVANCE_UNITS = ['working_hours', 'working_days', 'days'] as const;
export type AdvanceUnit = (typeof ADVANCE_UNITS)[number];

export interface Advance {
  value: number;
  unit: AdvanceUnit;
}

/**
 * The time `by` after `from`. Zero keeps the time (the engine reads zero working days as "by the close of the
 * day", which is a deadline, not a wait).
 */
export function advance(calendar: Calendar, from: number, by: Advance): number {
  return by.value > 0 ? dueTime(calendar, from, by) : from;
}

/** "YYYY-MM-DDTHH:mm" of an instant in Vietnam time: the value of a datetime-local field. */
export function toLocalInput(t: number): string {
  return new Date(t + 7 * 3_600_000).toISOString().slice(0, 16);
}
