import calendarSchema from '../../schemas/calendar.schema.json' with { type: 'json' };
import type { ValidateFunction } from 'ajv';
import type { EngineError } from './errors.ts';
import { formAjv } from './forms/ajv.ts';
import { schemaProblems } from './lint/schema.ts';
import { problem } from './problems.ts';
import { CalendarPeriodError, compileCalendar, type Calendar } from './time/index.ts';
import { message } from './messages/index.ts';

// Compiled on first use, not on import: a page whose policy forbids compiling code can still load the engine.
let validateSpec: ValidateFunction | undefined;

/** A calendar from admin or scenario data, or a clear error naming what is wrong with it. */
export function checkCalendar(
  spec: unknown,
): { ok: true; calendar: Calendar } | { ok: false; error: EngineError } {
  const problems = schemaProblems(
    (validateSpec ??= formAjv().compile(calendarSchema)),
    spec ?? {},
    'CALENDAR_INVALID',
    message('calendarCheck.calendar'),
  );
  if (problems.length === 0) {
    try {
      return { ok: true, calendar: compileCalendar(spec ?? {}) };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      problems.push(
        error instanceof CalendarPeriodError
          ? // A period that does not end after it starts: the schema cannot compare clock times.
            problem('CALENDAR_INVALID', error.path, error.localized)
          : // Nor can it say that no weekday has working time.
            problem(
              'CALENDAR_INVALID',
              '',
              message('calendarCheck.calendarInvalid', { error: error.message }),
            ),
      );
    }
  }
  const [first] = problems;
  return {
    ok: false,
    error: {
      code: 'CALENDAR_INVALID',
      message: message('calendarCheck.calendarInvalidAt', { path: first.path || '/', first: first.message }),
      path: first.path,
      details: problems,
    },
  };
}
