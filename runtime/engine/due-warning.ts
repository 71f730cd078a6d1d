import { subtractWorkingTime, workingDayLength, type Calendar } from './time/index.ts';

/**
 * One working day before the due time (DOMAIN §4.7): when the agency is warned, the last moment it may still
 * apologise and extend, and where a dossier becomes "due soon" on the screens.
 */
export function dueWarningAt(calendar: Calendar, due: number): number {
  return subtractWorkingTime(calendar, due, workingDayLength(calendar));
}
