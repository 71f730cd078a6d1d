import calendarSchema from '../../schemas/calendar.schema.json' with { type: 'json' };
import type { EngineError } from './errors.ts';
import { formAjv } from './forms/ajv.ts';
import { schemaProblems } from './lint/schema.ts';
import { compileCalendar, type Calendar } from './time/index.ts';

const validateSpec = formAjv().compile(calendarSchema);

/** A calendar from admin or scenario data, or a clear error naming what is wrong with it. */
export function checkCalendar(
  spec: unknown,
): { ok: true; calendar: Calendar } | { ok: false; error: EngineError } {
  const problems = schemaProblems(validateSpec, spec ?? {}, 'CALENDAR_INVALID');
  if (problems.length === 0) {
    try {
      return { ok: true, calendar: compileCalendar(spec ?? {}) };
    } catch (error) {
      // What the schema cannot say (e.g. a period that ends before it starts) the compiler does.
      if (!(error instanceof RangeError)) throw error;
      problems.push({
        severity: 'error',
        code: 'CALENDAR_INVALID',
        path: '',
        message: {
          vi: `Lịch làm việc không hợp lệ: ${error.message}`,
          en: `Invalid calendar: ${error.message}`,
        },
      });
    }
  }
  const [first] = problems;
  return {
    ok: false,
    error: {
      code: 'CALENDAR_INVALID',
      message: {
        vi: `Lịch làm việc không hợp lệ tại ${first.path || '/'}: ${first.message.vi}`,
        en: `Invalid calendar at ${first.path || '/'}: ${first.message.en}`,
      },
      path: first.path,
      details: problems,
    },
  };
}
