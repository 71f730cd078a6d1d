/** Working-time calendar: public API of runtime/engine/time (pure; runs in the browser and on the server). */
export {
  type CalendarSpec,
  type Calendar,
  compileCalendar,
  CalendarPeriodError,
  DEFAULT_CALENDAR_SPEC,
  workingDayLength,
  isWorkingTime,
  isWorkingDay,
} from './calendar.ts';
export {
  deemedReceipt,
  addWorkingTime,
  subtractWorkingTime,
  countWorkingTime,
  addDuration,
  classifyTiming,
} from './arithmetic.ts';
export { localDate, formatInstant, parseInstant } from './instant.ts';
export { parseClock } from './clock.ts';
export { type Holiday, vietnameseHolidays } from './holidays.ts';
export { solarToLunar, lunarToSolar } from './lunar.ts';
