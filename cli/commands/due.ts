import type { Args } from '../args.ts';
import { readJson } from '../files.ts';
import { cliError } from '../failure.ts';
import type { Output } from '../main.ts';
import { checkCalendar, dueTime, formatInstant, parseInstant } from './engine.ts';

const UNITS = ['working_days', 'working_half_days', 'working_hours', 'days'] as const;

export function due(args: Args): Output {
  const from = typeof args.options.from === 'string' ? parseInstant(args.options.from) : undefined;
  if (from === undefined)
    cliError('ARGUMENT_INVALID', '--from phải là thời điểm ISO-8601.', '--from must be an ISO-8601 time.');
  const amount = Number(args.options.amount);
  if (typeof args.options.amount !== 'string' || !Number.isFinite(amount) || amount < 0) {
    cliError('ARGUMENT_INVALID', '--amount phải là số không âm.', '--amount must be a non-negative number.');
  }
  const unit = args.options.unit as (typeof UNITS)[number];
  if (!UNITS.includes(unit)) {
    cliError(
      'ARGUMENT_INVALID',
      `--unit phải là một trong: ${UNITS.join(', ')}.`,
      `--unit must be one of: ${UNITS.join(', ')}.`,
    );
  }
  const spec =
    args.options.calendar === undefined
      ? undefined
      : readJson(args.options.calendar, 'lịch (--calendar) / the calendar');
  const calendar = checkCalendar(spec);
  if (!calendar.ok) cliError(calendar.error.code, calendar.error.message.vi, calendar.error.message.en);
  const at = formatInstant(dueTime(calendar.calendar, from, { value: amount, unit }));
  return { json: { due: at }, text: `Hạn / Due: ${at}`, exitCode: 0 };
}
