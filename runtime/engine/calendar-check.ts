import calendarSchema from '../../schemas/calendar.schema.json' with { type: 'json' };
import type { EngineError } from './errors.ts';
import { formAjv } from './forms/ajv.ts';
import { schemaProblems } from './lint/schema.ts';
import { problem, type Problem } from './problems.ts';
import { compileCalendar, parseClock, type Calendar, type CalendarSpec } from './time/index.ts';

const validateSpec = formAjv().compile(calendarSchema);

/** A calendar from admin or scenario data, or a clear error naming what is wrong with it. */
export function checkCalendar(
  spec: unknown,
): { ok: true; calendar: Calendar } | { ok: false; error: EngineError } {
  const problems = schemaProblems(validateSpec, spec ?? {}, 'CALENDAR_INVALID');
  if (problems.length === 0) problems.push(...periodProblems(spec as CalendarSpec | undefined));
  if (problems.length === 0) {
    try {
      return { ok: true, calendar: compileCalendar(spec ?? {}) };
    } catch (error) {
      // What neither the schema nor the period check can say: no working time in any week.
      if (!(error instanceof RangeError)) throw error;
      problems.push(
        problem('CALENDAR_INVALID', '', {
          vi: `Không dựng được lịch làm việc từ dữ liệu này (ví dụ: không ngày nào trong tuần có giờ làm việc). Chi tiết: ${error.message}`,
          en: `No working calendar can be built from this data (e.g. no weekday has working hours). Details: ${error.message}`,
        }),
      );
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

/** Each working period must end after it starts; the schema cannot compare two clock times. */
function periodProblems(spec: CalendarSpec | undefined): Problem[] {
  const lists: [string, [string, string][] | undefined][] = [
    ['/officeHours', spec?.officeHours],
    ...(spec?.extraPeriods ?? []).map((p, i): [string, [string, string][]] => [
      `/extraPeriods/${i}/hours`,
      p.hours,
    ]),
  ];
  return lists.flatMap(([path, periods]) =>
    (periods ?? []).flatMap(([start, end], i) =>
      parseClock(start)! < parseClock(end)!
        ? []
        : [
            problem('CALENDAR_INVALID', `${path}/${i}`, {
              vi: `Khoảng giờ làm việc ${start}–${end} phải kết thúc sau khi bắt đầu.`,
              en: `The working period ${start}–${end} must end after it starts.`,
            }),
          ],
    ),
  );
}
