/**
 * `motcua init` and `motcua units …` run as an operator runs them (`node bin/motcua.js`, the password piped in on
 * standard input), on SQLite and on PostgreSQL (DATABASE_URL): exit codes, messages in both languages without a
 * stack, a password never echoed, and changes that the audit chain covers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../server/auth/passwords.ts';
import { initialiseProduction, productionPlan } from '../server/services/installation.ts';
import { readUnitFile } from '../server/services/unit-file.ts';
import { createTestDb, testDialects, type TestDb } from './support/db.ts';
import { FAST_HASH } from './support/clock.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Each run compiles the CLI with tsx; leave room on a slow CI machine.
const TIMEOUT = 60_000;
const PASSWORD = 'Một mật khẩu đủ dài cho quản trị 2027';
const UNITS_CSV = 'examples/province/units.csv';

interface Run {
  status: number | null;
  out: string;
  json: () => Record<string, unknown>;
}

/** `motcua …` on the test database, with `stdin` piped in. */
function cli(db: TestDb, args: string[], stdin = ''): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url ?? '', MOTCUA_DATA_DIR: db.dataDir };
  delete env.MOTCUA_DEBUG;
  const r = spawnSync(process.execPath, ['bin/motcua.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
    input: stdin,
  });
  const out = r.stdout + r.stderr;
  expect(out).not.toMatch(/^\s*at .+:\d+:\d+\)?$/m);
  return { status: r.status, out, json: () => JSON.parse(r.stdout) };
}

const init = (db: TestDb, password: string, ...more: string[]) =>
  cli(
    db,
    ['init', '--units', UNITS_CSV, '--admin', 'quantri.tinh', '--year', '2027', ...more],
    `${password}\n`,
  );

describe.each(await testDialects())('motcua init and units (%s)', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb(dialect, 'cli');
  });
  afterAll(() => db?.drop());

  it(
    'refuses a weak password with the rule in both languages, before touching the database',
    () => {
      const run = init(db, 'matkhau123');
      expect(run.status).toBe(1);
      expect(run.out).toMatch(/WEAK_PASSWORD.*ít nhất 15 ký tự/);
      expect(run.out).toMatch(/at least 15 characters/);
      if (dialect === 'sqlite') expect(existsSync(`${db.dataDir}/motcua.db`)).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'initialises for production: the units, the admin, the calendar of the year; the password never printed',
    async () => {
      const run = init(db, PASSWORD);
      expect(run.status, run.out).toBe(0);
      expect(run.out).toMatch(/Initialised for production/);
      expect(run.out).toMatch(/2027-02-06/);
      expect(run.out).not.toContain(PASSWORD);
      const store = await db.open();
      expect(await store.count('users')).toBe(1);
      expect((await store.findUserByLogin('quantri.tinh'))?.passwordHash).toMatch(/^\$argon2id\$/);

      const again = init(db, PASSWORD, '--json');
      expect(again.status).toBe(1);
      expect(again.json()).toMatchObject({
        error: { code: 'ALREADY_SET_UP', details: { mode: 'production' } },
      });
    },
    TIMEOUT,
  );

  it(
    'creates, renames, moves and merges units, and the audit chain covers every change',
    () => {
      const created = cli(db, [
        'units',
        'create',
        '000.01.04.H99',
        '--parent',
        '000.00.00.H99',
        '--kind',
        'commune',
        '--name-vi',
        'UBND xã Bốn',
        '--name-en',
        'Commune Four',
        '--json',
      ]);
      expect(created.status, created.out).toBe(0);
      expect(created.json()).toMatchObject({ code: '000.01.04.H99', parentCode: '000.00.00.H99' });
      const renamed = cli(db, [
        'units',
        'rename',
        '000.01.04.H99',
        '--name-vi',
        'UBND phường Bốn',
        '--name-en',
        'Ward Four',
      ]);
      expect(renamed.status, renamed.out).toBe(0);
      expect(renamed.out).toMatch(/Renamed: 000\.01\.04\.H99.*UBND phường Bốn/);
      const moved = cli(db, ['units', 'move', '000.01.04.H99', '--parent', '000.01.01.H99', '--json']);
      expect(moved.json()).toMatchObject({ parentCode: '000.01.01.H99' });
      const merged = cli(db, [
        'units',
        'merge',
        '000.01.03.H99',
        '--into',
        '000.01.01.H99',
        '--effective',
        '2025-07-01',
      ]);
      expect(merged.status, merged.out).toBe(0);
      expect(merged.out).toMatch(/000\.01\.03\.H99 → 000\.01\.01\.H99 .*2025-07-01T00:00:00\+07:00/);

      const listed = cli(db, ['units', 'list']);
      expect(listed.status).toBe(0);
      // The merged commune's police now sit under the successor; the merged commune says so.
      expect(listed.out).toMatch(/\n {2}000\.01\.01\.H99 [^\n]*\n(?: {4}[^\n]*\n)* {4}000\.01\.93\.H99/);
      expect(listed.out).toMatch(/000\.01\.03\.H99 .*merged into 000\.01\.01\.H99/);
      const before = cli(db, ['units', 'list', '--at', '2025-06-30', '--json']).json() as {
        items: { code: string; successor: string }[];
      };
      expect(before.items.find((u) => u.code === '000.01.03.H99')?.successor).toBe('000.01.03.H99');

      const verified = cli(db, ['audit', 'verify', '--json']);
      expect(verified.status, verified.out).toBe(0);
    },
    TIMEOUT * 3,
  );
});

// How a refusal reads does not depend on the database: SQLite, set up through the services (no CLI run needed).
describe('motcua units refusals', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await createTestDb('sqlite', 'cli');
    const store = await db.open();
    const plan = await productionPlan(
      {
        admin: { login: 'quantri.tinh', displayName: 'Quản trị', password: PASSWORD },
        units: readUnitFile(readFileSync(resolve(ROOT, UNITS_CSV), 'utf8'), 'csv'),
      },
      { now: Date.now(), actorId: 'test', hashPassword: (p) => hashPassword(p, FAST_HASH) },
    );
    await initialiseProduction(store, plan);
  });
  afterAll(() => db?.drop());

  it(
    'refuses what is wrong with exit code 1, the code, both languages and the path; a misuse with 2',
    () => {
      const self = cli(db, [
        'units',
        'merge',
        '000.01.02.H99',
        '--into',
        '000.01.02.H99',
        '--effective',
        '2026-01-01',
      ]);
      expect(self.status).toBe(1);
      expect(self.out).toMatch(/UNIT_MERGE_SELF.*chính nó.*\(\/into\)/);
      expect(self.out).toMatch(/cannot be merged into itself/);
      const cycle = cli(db, ['units', 'move', '000.00.00.H99', '--parent', '000.01.02.H99', '--json']);
      expect(cycle.status).toBe(1);
      expect(cycle.json()).toMatchObject({ error: { code: 'UNIT_CYCLE', path: '/parentCode' } });
      const unknown = cli(db, ['units', 'rename', '000.09.09.H99', '--name-vi', 'A', '--name-en', 'A']);
      expect([unknown.status, /UNIT_NOT_FOUND/.test(unknown.out)]).toEqual([1, true]);
      const usage = cli(db, ['units', 'dissolve', '000.01.02.H99']);
      expect(usage.status).toBe(2);
      expect(usage.out).toMatch(/motcua units merge <code>/);
    },
    TIMEOUT * 2,
  );
});
