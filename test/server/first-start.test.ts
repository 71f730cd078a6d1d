/**
 * A production first start (`motcua init`'s services) on both dialects: the province's unit tree from the example
 * file (JSON and CSV read alike), the first system admin with the operator's password, the calendar of the year
 * with the generated holidays, no demo account anywhere, and a database that refuses demo data for good. Refusals
 * (weak passwords, bad unit files, a database set up already) say what is wrong where, and write nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnameseHolidays } from '../../runtime/engine/time/index.ts';
import { hashPassword } from '../../server/auth/passwords.ts';
import {
  DEMO_ACCOUNTS,
  initialiseProduction,
  productionPlan,
  ServiceError,
  verifyAudit,
  type ProductionInput,
} from '../../server/services/index.ts';
import { readUnitFile } from '../../server/services/unit-file.ts';
import { installationMode } from '../../server/store/installation.ts';
import type { Store } from '../../server/store/index.ts';
import { createTestDb, testDialects, withStores } from '../support/db.ts';
import { FAST_HASH, T0, cookieJar, seedDemoFast, testServer } from '../support/http.ts';

const example = (ext: 'json' | 'csv') =>
  readFileSync(new URL(`../../examples/province/units.${ext}`, import.meta.url), 'utf8');
const UNITS = readUnitFile(example('json'), 'json');
const ROOT = '000.00.00.H99';
const PASSWORD = 'Sáu con vịt bơi qua sông Hồng lúc 7 giờ';
const options = { now: T0, actorId: 'cli:operator', hashPassword: (p: string) => hashPassword(p, FAST_HASH) };
const input = (admin: Partial<ProductionInput['admin']> = {}, more: Partial<ProductionInput> = {}) => ({
  admin: { login: 'quantri.tinh', displayName: 'Quản trị Tỉnh', password: PASSWORD, ...admin },
  units: UNITS,
  year: 2027,
  ...more,
});
const initialise = async (store: Store, i: ProductionInput = input()) =>
  initialiseProduction(store, await productionPlan(i, options));

/** The refusal a promise ends in: its code, path and both messages. */
async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ServiceError);
  const e = error as ServiceError;
  expect(e.localized.vi).not.toEqual(e.localized.en);
  return { code: e.code, path: e.path, status: e.httpStatus, details: e.details };
}

const counts = async (store: Store) => ({
  units: await store.count('units'),
  users: await store.count('users'),
  calendars: await store.count('calendars'),
  audit: await store.count('auditLog'),
  mode: await installationMode(store),
});

describe('the example province', () => {
  it('reads the same from its JSON and its CSV file: one root, every unit under it', () => {
    expect(readUnitFile(example('csv'), 'csv')).toEqual(UNITS);
    expect(UNITS.filter((u) => u.parentCode === null).map((u) => u.code)).toEqual([ROOT]);
    expect(UNITS.length).toBeGreaterThan(20);
  });

  it.each([
    ['not JSON', 'json', '{"format":', 'UNIT_FILE_INVALID', ''],
    [
      'another format',
      'json',
      JSON.stringify({ format: 'x', version: 1, units: [] }),
      'UNIT_FILE_INVALID',
      '/format',
    ],
    [
      'no unit',
      'json',
      JSON.stringify({ format: 'motcua.units', version: 1, units: [] }),
      'UNIT_FILE_INVALID',
      '/units',
    ],
    [
      'a wrong header',
      'csv',
      'code,parent,kind,nameVi,nameEn\nA1,,province,A,A\n',
      'UNIT_FILE_INVALID',
      '/header',
    ],
    ['a row too short', 'csv', 'code,parentCode,kind,nameVi,nameEn\nA1,,province\n', 'UNIT_FILE_INVALID', ''],
    [
      'an empty name',
      'csv',
      'code,parentCode,kind,nameVi,nameEn\nA1,,province,,A\n',
      'INPUT_INVALID',
      '/units/0/name/vi',
    ],
    [
      'a code twice',
      'csv',
      'code,parentCode,kind,nameVi,nameEn\nA1,,province,A,A\nA1,A1,commune,B,B\n',
      'UNIT_FILE_INVALID',
      '/units/1/code',
    ],
    [
      'an unknown parent',
      'csv',
      'code,parentCode,kind,nameVi,nameEn\nA1,,province,A,A\nB1,C1,commune,B,B\n',
      'UNIT_UNKNOWN',
      '/units/1/parentCode',
    ],
    [
      'two roots',
      'csv',
      'code,parentCode,kind,nameVi,nameEn\nA1,,province,A,A\nB1,,province,B,B\n',
      'UNIT_FILE_INVALID',
      '/units/1/parentCode',
    ],
    [
      'a cycle of parents',
      'csv',
      'code,parentCode,kind,nameVi,nameEn\nA1,,province,A,A\nB1,C1,x,B,B\nC1,B1,x,C,C\n',
      'UNIT_FILE_INVALID',
      '/units/1/parentCode',
    ],
    [
      'a code with a dash',
      'csv',
      'code,parentCode,kind,nameVi,nameEn\nA-1,,province,A,A\n',
      'INPUT_INVALID',
      '/units/0/code',
    ],
  ] as const)('refuses a unit file with %s', (_what, format, text, code, path) => {
    try {
      readUnitFile(text, format);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ServiceError);
      expect(error).toMatchObject({ code, path });
    }
  });
});

await withStores('production first start', (suite) => {
  it.each([
    ['too short', 'Ngắn quá 123', '/admin/password'],
    ['of few characters', 'abababababababababab', '/admin/password'],
    ['containing the login', 'QUANTRI.TINH-mat-khau-dai', '/admin/password'],
  ])('refuses a password %s, naming the rule, and writes nothing', async (_what, password, path) => {
    const before = await counts(suite.store());
    expect(await refusal(initialise(suite.store(), input({ password })))).toMatchObject({
      code: 'WEAK_PASSWORD',
      path,
      status: 400,
    });
    expect(await counts(suite.store())).toEqual(before);
    expect(before).toMatchObject({ units: 0, users: 0, mode: undefined });
  });

  it('refuses a bad login or calendar before anything is written', async () => {
    expect(await refusal(initialise(suite.store(), input({ login: 'a b' })))).toMatchObject({
      code: 'INPUT_INVALID',
      path: '/admin/login',
    });
    expect(
      await refusal(initialise(suite.store(), input({}, { calendar: { cutoff: '25:00' } }))),
    ).toMatchObject({ code: 'CALENDAR_INVALID', path: '/calendar/cutoff' });
    expect(await counts(suite.store())).toMatchObject({ units: 0, users: 0, audit: 0, mode: undefined });
  });

  it('sets up the tree, the admin, the calendar of the year and the production mode, in one audited go', async () => {
    const store = suite.store();
    const done = await initialise(store);
    expect(done).toMatchObject({
      mode: 'production',
      root: ROOT,
      units: UNITS.length,
      admin: 'quantri.tinh',
    });
    expect(await installationMode(store)).toBe('production');
    expect((await store.listUnits()).map((u) => u.code).sort()).toEqual(UNITS.map((u) => u.code).sort());

    const admin = (await store.findUserByLogin('quantri.tinh'))!;
    expect(admin.passwordHash).not.toContain(PASSWORD);
    expect(await store.rolesOf(admin.id)).toEqual([{ unitCode: ROOT, role: 'system_admin' }]);
    for (const demo of DEMO_ACCOUNTS)
      expect(await store.findUserByLogin(demo.login), demo.login).toBeUndefined();
    expect(await store.count('users')).toBe(1);

    const calendar = (await store.getCalendar('default'))!.spec;
    expect(calendar.holidays).toEqual(vietnameseHolidays(2027).holidays.map((h) => h.date));
    expect(calendar.holidays).toContain('2027-02-06'); // Tết (DOMAIN.md §6)
    expect(calendar.cutoff).toBe('15:00');

    const audit = await store.scanAudit('system', 0, 1000);
    expect(audit.map((a) => a.action)).toEqual([
      'system.init',
      ...UNITS.map(() => 'unit.create'),
      'user.create',
      'calendar.update',
    ]);
    expect(new Set(audit.map((a) => a.actorId))).toEqual(new Set(['cli:operator']));
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
    expect((await verifyAudit(store)).ok).toBe(true);
  });

  it('is done once: a second init, and any demo seed, are refused and write nothing', async () => {
    const store = suite.store();
    const before = await counts(store);
    expect(await refusal(initialise(store, input({ login: 'khac.tinh' })))).toMatchObject({
      code: 'ALREADY_SET_UP',
      status: 409,
      details: { mode: 'production' },
    });
    expect(await refusal(seedDemoFast(store, T0))).toMatchObject({
      code: 'PRODUCTION_DATABASE',
      status: 409,
    });
    expect(await counts(store)).toEqual(before);
  });

  it('gives the admin a working server: signed in with the operator’s password, managing units', async () => {
    const server = await testServer({ store: suite.store(), dataDir: suite.db().dataDir });
    try {
      const cookie = cookieJar(server.app, { 'quantri.tinh': PASSWORD });
      const created = await server.app.inject({
        method: 'POST',
        url: '/api/v1/units',
        headers: { cookie: await cookie('quantri.tinh') },
        payload: {
          code: '000.01.04.H99',
          parentCode: ROOT,
          kind: 'commune',
          name: { vi: 'UBND xã Bốn', en: 'Commune Four' },
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      for (const demo of ['quantri', 'congdan']) {
        const res = await server.app.inject({
          method: 'POST',
          url: '/api/v1/session',
          payload: { login: demo, password: `motcua-${demo}-demo` },
        });
        expect(res.statusCode, demo).toBe(401);
      }
    } finally {
      await server.app.close();
    }
  });
});

describe.each(await testDialects())('a demo database (%s)', (dialect) => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  beforeAll(async () => {
    db = await createTestDb(dialect, 'demo');
  });
  afterAll(() => db?.drop());

  it('is marked demo by its seed, and refuses a production init without writing', async () => {
    const store = await db.open();
    await seedDemoFast(store, T0);
    expect(await installationMode(store)).toBe('demo');
    const before = await counts(store);
    expect(await refusal(initialise(store))).toMatchObject({
      code: 'ALREADY_SET_UP',
      details: { mode: 'demo' },
    });
    expect(await counts(store)).toEqual(before);
  });
});
