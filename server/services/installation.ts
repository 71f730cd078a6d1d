/**
 * Setting a database up for production (`motcua init`; demo mode is seed.ts): in one transaction, on an empty
 * database, the first system admin with the password the operator gives, the province's unit tree, the working
 * calendar of the year with the generated Vietnamese holidays, and the `mode` row that keeps demo data out for good.
 */
import { randomUUID } from 'node:crypto';
import { checkCalendar } from '../../runtime/engine/index.ts';
import {
  DEFAULT_CALENDAR_SPEC,
  localDate,
  vietnameseHolidays,
  type CalendarSpec,
} from '../../runtime/engine/time/index.ts';
import { isUniqueViolation, type AuditInput, type Store } from '../store/index.ts';
import {
  AlreadySetUp,
  installationMode,
  setUpProduction,
  type Mode,
  type ProductionSetUp,
} from '../store/installation.ts';
import { DEFAULT_CALENDAR_ID } from './calendars.ts';
import { fromEngine, invalidInput, serviceError } from '../errors.ts';
import type { NewUnit } from './units.ts';

export interface ProductionInput {
  admin: { login: string; displayName: string; password: string };
  /** The unit tree, e.g. from readUnitFile: the admin's role is in its root. */
  units: NewUnit[];
  /** A calendar spec (calendar.schema.json); default: the standard office hours and cut-off, and `year`'s holidays. */
  calendar?: unknown;
  /** The year whose generated holidays the default calendar lists; default: this year in Vietnam. */
  year?: number;
}

export interface ProductionSummary {
  mode: 'production';
  root: string;
  units: number;
  admin: string;
  calendar: CalendarSpec;
}

/** The first system admin holds every key: more than a user's minimum is asked of their password. */
export const ADMIN_PASSWORD_MIN = 15;
const ADMIN_PASSWORD_MAX = 256;
const ADMIN_PASSWORD_DISTINCT = 6;
const LOGIN = /^[A-Za-z0-9._@-]{3,100}$/;

function weak(vi: string, en: string) {
  return serviceError('WEAK_PASSWORD', 400, vi, en, { path: '/admin/password' });
}

/**
 * At least 15 characters (NIST SP 800-63B asks 15 of a password used alone), at most 256, six different
 * characters or more, and not containing the login.
 */
export function checkAdminPassword(password: string, login: string): void {
  const chars = [...password];
  if (chars.length < ADMIN_PASSWORD_MIN) {
    throw weak(
      `Mật khẩu quản trị hệ thống phải có ít nhất ${ADMIN_PASSWORD_MIN} ký tự (có ${chars.length}); một câu dễ nhớ là lựa chọn tốt.`,
      `The system admin's password must be at least ${ADMIN_PASSWORD_MIN} characters long (it has ${chars.length}); a memorable sentence is a good choice.`,
    );
  }
  if (chars.length > ADMIN_PASSWORD_MAX) {
    throw weak(
      `Mật khẩu không được dài quá ${ADMIN_PASSWORD_MAX} ký tự.`,
      `The password must be at most ${ADMIN_PASSWORD_MAX} characters long.`,
    );
  }
  if (new Set(chars).size < ADMIN_PASSWORD_DISTINCT) {
    throw weak(
      `Mật khẩu phải có ít nhất ${ADMIN_PASSWORD_DISTINCT} ký tự khác nhau.`,
      `The password must have at least ${ADMIN_PASSWORD_DISTINCT} different characters.`,
    );
  }
  if (password.toLowerCase().includes(login.toLowerCase())) {
    throw weak('Mật khẩu không được chứa tên đăng nhập.', 'The password must not contain the login.');
  }
}

/** The calendar to store: the one given (checked by the engine), or the default with the year's holidays. */
function calendarOf(input: ProductionInput, now: number): CalendarSpec {
  if (input.calendar !== undefined) {
    const checked = checkCalendar(input.calendar);
    if (!checked.ok) throw fromEngine({ ...checked.error, path: `/calendar${checked.error.path ?? ''}` });
    return input.calendar as CalendarSpec;
  }
  const year = input.year ?? Number(localDate(now).slice(0, 4));
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    throw invalidInput('/year', 'Năm phải từ 1900 đến 2100.', 'The year must be from 1900 to 2100.');
  }
  return {
    officeHours: DEFAULT_CALENDAR_SPEC.officeHours,
    weekdays: DEFAULT_CALENDAR_SPEC.weekdays,
    cutoff: DEFAULT_CALENDAR_SPEC.cutoff,
    holidays: vietnameseHolidays(year).holidays.map((h) => h.date),
  };
}

export function alreadySetUp(mode: Mode | undefined) {
  const what =
    mode === 'demo'
      ? {
          vi: 'cơ sở dữ liệu này là bản trình diễn (có tài khoản thử nghiệm với mật khẩu công khai); hãy khởi tạo trên một cơ sở dữ liệu mới (MOTCUA_DATA_DIR hoặc DATABASE_URL khác)',
          en: 'this database is a demo one (it has demo accounts with published passwords); initialise a fresh database (another MOTCUA_DATA_DIR or DATABASE_URL)',
        }
      : mode === 'production'
        ? { vi: 'cơ sở dữ liệu này đã được khởi tạo', en: 'this database was initialised already' }
        : {
            vi: 'cơ sở dữ liệu này đã có đơn vị hoặc tài khoản',
            en: 'this database holds units or accounts already',
          };
  return serviceError(
    'ALREADY_SET_UP',
    409,
    `Không khởi tạo được: ${what.vi}.`,
    `Cannot initialise: ${what.en}.`,
    { details: { mode: mode ?? null } },
  );
}

/** A checked production set-up, the password hashed: what `initialiseProduction` writes. */
export interface ProductionPlan {
  setUp: ProductionSetUp;
  summary: ProductionSummary;
}

/** Checks the input (refusals are ServiceErrors with the path of the problem) and lays out the rows to write. */
export async function productionPlan(
  input: ProductionInput,
  options: { now: number; actorId: string; hashPassword: (plain: string) => Promise<string> },
): Promise<ProductionPlan> {
  const { now, actorId } = options;
  const { login, displayName, password } = input.admin;
  if (!LOGIN.test(login)) {
    throw invalidInput(
      '/admin/login',
      'Tên đăng nhập gồm 3–100 chữ cái không dấu, chữ số hoặc . _ @ -',
      'A login is 3–100 letters, digits or . _ @ -',
    );
  }
  if (displayName.trim() === '' || displayName.length > 200) {
    throw invalidInput(
      '/admin/displayName',
      'Tên hiển thị dài 1–200 ký tự.',
      'A display name is 1–200 characters.',
    );
  }
  checkAdminPassword(password, login);
  const calendar = calendarOf(input, now);
  const root = input.units.find((u) => u.parentCode === null);
  if (!root)
    throw invalidInput('/units', 'Cây đơn vị cần một đơn vị gốc.', 'The unit tree needs a root unit.');

  const audit = (action: string, target: string, payload: Record<string, unknown>): AuditInput => ({
    at: now,
    actorId,
    action,
    target,
    payload,
  });
  const user = {
    id: randomUUID(),
    login,
    displayName: displayName.trim(),
    passwordHash: await options.hashPassword(password),
    oidcSubject: null,
    disabled: false,
    createdAt: now,
  };
  const roles = [{ unitCode: root.code, role: 'system_admin' }];
  return {
    setUp: {
      at: now,
      units: input.units.map((u) => ({
        code: u.code,
        parentCode: u.parentCode,
        kind: u.kind,
        nameVi: u.name.vi,
        nameEn: u.name.en,
        createdAt: now,
      })),
      admin: { user, roles },
      calendar: { id: DEFAULT_CALENDAR_ID, spec: calendar, updatedAt: now },
      audit: [
        audit('system.init', 'settings:mode', {
          mode: 'production',
          units: input.units.length,
          admin: login,
        }),
        ...input.units.map((u) =>
          audit('unit.create', `unit:${u.code}`, { parentCode: u.parentCode, kind: u.kind, name: u.name }),
        ),
        audit('user.create', `user:${user.id}`, { login, roles }),
        audit('calendar.update', DEFAULT_CALENDAR_ID, { spec: calendar }),
      ],
    },
    summary: { mode: 'production', root: root.code, units: input.units.length, admin: login, calendar },
  };
}

/** Writes the plan in one transaction, on an empty database only (else 409 ALREADY_SET_UP, nothing written). */
export async function initialiseProduction(store: Store, plan: ProductionPlan): Promise<ProductionSummary> {
  try {
    await setUpProduction(store, plan.setUp);
  } catch (error) {
    if (error instanceof AlreadySetUp) throw alreadySetUp(error.mode);
    // Another start claimed the database between our check and our insert.
    if (isUniqueViolation(error)) throw alreadySetUp(await installationMode(store));
    throw error;
  }
  return plan.summary;
}
