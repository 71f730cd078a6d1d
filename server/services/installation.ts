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
import { message, type Localized } from '../../runtime/engine/messages/index.ts';

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

function weak(text: Localized) {
  return serviceError('WEAK_PASSWORD', 400, text, { path: '/admin/password' });
}

/**
 * At least 15 characters (NIST SP 800-63B asks 15 of a password used alone), at most 256, six different
 * characters or more, and not containing the login.
 */
export function checkAdminPassword(password: string, login: string): void {
  const chars = [...password];
  if (chars.length < ADMIN_PASSWORD_MIN) {
    throw weak(
      message('installation.passwordTooShort', {
        adminPasswordMin: ADMIN_PASSWORD_MIN,
        charsCount: chars.length,
      }),
    );
  }
  if (chars.length > ADMIN_PASSWORD_MAX) {
    throw weak(message('installation.passwordTooLong', { adminPasswordMax: ADMIN_PASSWORD_MAX }));
  }
  if (new Set(chars).size < ADMIN_PASSWORD_DISTINCT) {
    throw weak(
      message('installation.passwordTooFewDistinct', { adminPasswordDistinct: ADMIN_PASSWORD_DISTINCT }),
    );
  }
  if (password.toLowerCase().includes(login.toLowerCase())) {
    throw weak(message('installation.passwordHasLogin'));
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
    throw invalidInput('/year', message('installation.yearMustFrom1900'));
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
      ? message('installation.databaseIsDemo')
      : mode === 'production'
        ? message('installation.databaseInitialised')
        : message('installation.databaseNotEmpty');
  return serviceError('ALREADY_SET_UP', 409, message('installation.alreadySetUp', { what }), {
    details: { mode: mode ?? null },
  });
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
    throw invalidInput('/admin/login', message('installation.login3100Letters'));
  }
  if (displayName.trim() === '' || displayName.length > 200) {
    throw invalidInput('/admin/displayName', message('installation.displayName1200'));
  }
  checkAdminPassword(password, login);
  const calendar = calendarOf(input, now);
  const root = input.units.find((u) => u.parentCode === null);
  if (!root) throw invalidInput('/units', message('installation.unitTreeNeedsRoot'));

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
