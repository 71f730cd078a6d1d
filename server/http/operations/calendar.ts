/**
 * The working calendar (office hours, working weekdays, holidays, make-up days, cut-off) as data: anyone signed
 * in reads it, the system admin replaces it. Dossiers accepted afterwards get their due times from the new one.
 */
import { CalendarInput, CalendarView } from '../../contracts/calendar.ts';
import { NoInput } from '../../contracts/common.ts';
import { getCalendarSpec, updateCalendar } from '../../services/index.ts';
import { mutation, query } from './operation.ts';

const tags = ['calendar'];

export const calendar = {
  get: query({
    summary: 'Lịch làm việc / The working calendar',
    description:
      'The stored spec; what it leaves out takes the defaults (07:30–11:30 and 13:00–17:00, Monday–Friday, ' +
      'cut-off 15:00, the generated Vietnamese holidays).',
    tags,
    access: 'session',
    input: NoInput,
    output: CalendarView,
    rest: { method: 'GET', path: '/calendar' },
    run: ({ deps }) => getCalendarSpec(deps.store),
  }),

  update: mutation({
    summary: 'Sửa lịch làm việc / Replace the working calendar',
    description:
      'System admin only. A listed year’s holidays replace the generated ones for that year. Takes effect at once ' +
      'for every server process: dossiers accepted afterwards are timed by it.',
    tags,
    access: 'session',
    input: CalendarInput,
    output: CalendarView,
    rest: { method: 'PUT', path: '/calendar' },
    errors: {
      '403': 'FORBIDDEN: system admin only',
      '422': 'CALENDAR_INVALID: path and message say what is wrong; details lists every problem',
    },
    run: ({ deps, ctx }, input) => updateCalendar(deps.store, ctx, input),
  }),
};
