import type { Args } from '../args.ts';
import { CALENDAR, readJson } from '../files.ts';
import { cliError } from '../failure.ts';
import type { Output } from '../main.ts';
import {
  checkCalendar,
  deemedReceipt,
  dueTime,
  formatInstant,
  MAX_DURATION,
  parseClock,
  parseInstant,
  TIME_UNITS,
  type TimeUnit,
} from './engine.ts';
import { message } from '../../runtime/engine/messages/index.ts';

/**
 * The due time of a dossier received at `--from`: like the engine's legal clock, it starts at the deemed time of
 * receipt (after the cut-off or outside office hours: the next working period), which is printed too. The cut-off
 * is the procedure's own (`--cutoff HH:MM`, its settings.cutoff) when it has one, else the calendar's.
 */
export function due(args: Args): Output {
  const from = typeof args.options.from === 'string' ? parseInstant(args.options.from) : undefined;
  if (from === undefined) cliError('ARGUMENT_INVALID', message('cli.fromInvalid'));
  const amount = typeof args.options.amount === 'string' ? Number(args.options.amount) : NaN;
  if (args.options.amount === '' || !Number.isFinite(amount) || amount < 0 || amount > MAX_DURATION) {
    cliError('ARGUMENT_INVALID', message('cli.amountInvalid', { maxDuration: MAX_DURATION }));
  }
  const unit = args.options.unit as TimeUnit;
  if (!TIME_UNITS.includes(unit)) {
    cliError('ARGUMENT_INVALID', message('cli.unitInvalid', { timeUnits: TIME_UNITS.join(', ') }));
  }
  const cutoff = args.options.cutoff;
  if (cutoff !== undefined && (typeof cutoff !== 'string' || parseClock(cutoff) === undefined)) {
    cliError('ARGUMENT_INVALID', message('cli.cutoffInvalid'));
  }
  const spec = args.options.calendar === undefined ? undefined : readJson(args.options.calendar, CALENDAR);
  const calendar = checkCalendar(spec);
  if (!calendar.ok) cliError(calendar.error.code, calendar.error.message);
  const received = deemedReceipt(calendar.calendar, from, cutoff);
  const at = formatInstant(dueTime(calendar.calendar, received, { value: amount, unit }));
  // The dossier's own name for it: received at --from, deemed received here (where the clock starts).
  const deemedReceivedAt = formatInstant(received);
  return {
    json: { deemedReceivedAt, due: at },
    text: `Coi như tiếp nhận / deemed received: ${deemedReceivedAt}\nHạn / Due: ${at}`,
    exitCode: 0,
  };
}
