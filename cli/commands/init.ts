import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Args } from '../args.ts';
import { cliActor, refusal, withDatabase } from '../database.ts';
import { cliError } from '../failure.ts';
import { CALENDAR, readJson } from '../files.ts';
import type { Output } from '../main.ts';
import { readPassword } from '../password.ts';
import type { Localized } from '../../runtime/engine/index.ts';
import { message } from '../../runtime/engine/messages/index.ts';

function required(args: Args, name: string, what: Localized): string {
  const value = args.options[name];
  if (typeof value !== 'string' || value === '')
    cliError('ARGUMENT_MISSING', message('cli.optionMissing', { name, what }));
  return value;
}

/** The text of the unit file and its format, from its name: .json or .csv. */
function unitFile(path: string): { text: string; format: 'json' | 'csv' } {
  const ext = extname(path).toLowerCase();
  if (ext !== '.json' && ext !== '.csv') {
    cliError('ARGUMENT_INVALID', message('cli.unitFileExtension', { path }));
  }
  try {
    return { text: readFileSync(path, 'utf8'), format: ext === '.csv' ? 'csv' : 'json' };
  } catch {
    return cliError('FILE_NOT_FOUND', message('cli.unitFileUnreadable', { path }));
  }
}

/**
 * `motcua init`: sets a fresh database up for production (server/services/installation.ts): the first system admin
 * (the password asked, or piped in on standard input; never printed), the unit tree from a file, the calendar of
 * the year. Everything is checked before the database is opened; it is written in one transaction or not at all.
 */
export async function init(args: Args): Promise<Output> {
  const units = required(args, 'units', message('cli.unitTreeFile'));
  const login = required(args, 'admin', message('cli.adminLogin'));
  const name = args.options['admin-name'];
  const year = args.options.year;
  if (year !== undefined && !(typeof year === 'string' && /^\d{4}$/.test(year))) {
    cliError('ARGUMENT_INVALID', message('cli.yearInvalid'));
  }
  const { readUnitFile } = await import('../../server/services/unit-file.ts');
  const { initialiseProduction, productionPlan } = await import('../../server/services/installation.ts');
  const { hashPassword } = await import('../../server/auth/passwords.ts');
  const file = unitFile(units);
  let plan: Awaited<ReturnType<typeof productionPlan>>;
  try {
    plan = await productionPlan(
      {
        admin: {
          login,
          displayName: typeof name === 'string' ? name : 'Quản trị hệ thống',
          password: await readPassword(message('cli.systemAdmin')),
        },
        units: readUnitFile(file.text, file.format),
        calendar: args.options.calendar === undefined ? undefined : readJson(args.options.calendar, CALENDAR),
        year: year === undefined ? undefined : Number(year),
      },
      { now: Date.now(), actorId: cliActor(), hashPassword },
    );
  } catch (error) {
    return refusal(error);
  }
  return withDatabase(args, { create: true }, async (store) => {
    const done = await initialiseProduction(store, plan);
    const holidays = done.calendar.holidays ?? [];
    return {
      json: done,
      text:
        `Đã khởi tạo cơ sở dữ liệu để vận hành thật / Initialised for production:\n` +
        `  ${done.units} đơn vị / units, gốc / root ${done.root}\n` +
        `  quản trị hệ thống / system admin: ${done.admin}\n` +
        `  lịch làm việc / working calendar: ${holidays.length} ngày nghỉ / days off: ${holidays.join(', ')}\n` +
        `Hãy đối chiếu ngày nghỉ Tết với quyết định của Chính phủ (sửa tại PUT /api/v1/calendar).\n` +
        `Check the Tết days off against the Government's decision (edit them with PUT /api/v1/calendar).`,
      exitCode: 0,
    };
  });
}
