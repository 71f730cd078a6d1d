/**
 * `npm start` as a process. A fresh SQLite database on loopback becomes a demo one (demo seeded and printed) and
 * says so at every start, Vietnamese first; a production database (`motcua init`) starts without a demo account and
 * refuses --demo; a database never set up is refused where demo mode is not the default (PostgreSQL, or an address
 * beyond this machine). Serving on the port it reports, and a clean exit 0 on SIGTERM. Waits only on the child's
 * output, bounded.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.ts';
import { initialiseProduction, productionPlan } from '../../server/services/index.ts';
import { readUnitFile } from '../../server/services/unit-file.ts';
import { run, START } from '../load/support.ts';
import { createTestDb, testDialects, type TestDb } from '../support/db.ts';
import { FAST_HASH, T0 } from '../support/http.ts';

const dir = mkdtempSync(join(tmpdir(), 'motcua-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm start` (no LOG_LEVEL: its SIGTERM line is an info log, asserted below), by default on the shared directory. */
const start = (env: Record<string, string>, args: string[] = []) =>
  run(START, args, { PORT: '0', HOST: '127.0.0.1', MOTCUA_DATA_DIR: dir, DATABASE_URL: '', ...env });

/** SIGTERM, then a bounded wait for the exit code. */
async function stop(server: ReturnType<typeof start>): Promise<number | null> {
  server.child.kill('SIGTERM');
  return (await server.waitExit(20_000)).code;
}

const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;
const signIn = (url: string, login: string, password: string) =>
  fetch(`${url}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });

/** The demo banner, Vietnamese first. */
function expectDemoBanner(out: string): void {
  expect(out).toMatch(/CHẾ ĐỘ TRÌNH DIỄN: .*mật khẩu công khai/);
  expect(out).toMatch(/DEMO MODE: .*passwords are published/);
  expect(out.indexOf('CHẾ ĐỘ TRÌNH DIỄN')).toBeLessThan(out.indexOf('DEMO MODE'));
}

describe('npm start on a fresh SQLite database', () => {
  it('makes it a demo one: seeds it, prints the demo accounts and the demo banner, serves, and exits 0 on SIGTERM', async () => {
    const server = start({});
    const [, url] = await server.waitFor(LISTENING, 60_000);
    const out = server.output();
    expect(out).toMatch(/Tài khoản thử nghiệm/);
    expect(out).toMatch(/Demo accounts/);
    expect(out).toMatch(/congdan\s+motcua-congdan-demo\s+citizen\s+000\.00\.00\.H41/);
    expectDemoBanner(out);
    expect(existsSync(join(dir, 'motcua.db'))).toBe(true);

    const health = await fetch(`${url}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    expect((await signIn(url, 'motcua', 'motcua-motcua-demo')).status).toBe(200);
    const trpc = await fetch(`${url}/trpc/procedures.search?input=%7B%7D`);
    expect(((await trpc.json()) as { result: { data: { total: number } } }).result.data.total).toBe(5);

    expect(await stop(server)).toBe(0);
    expect(server.output()).toMatch(/SIGTERM/);
  }, 90_000);

  it('says it is a demo at the next start too, without seeding or printing accounts again', async () => {
    const server = start({});
    await server.waitFor(LISTENING, 60_000);
    expect(server.output()).not.toMatch(/Demo accounts/);
    expectDemoBanner(server.output());
    const code = await stop(server);
    expect(code, server.output()).toBe(0);
  }, 90_000);

  it('refuses a bad configuration with exit code 2 and a message in both languages', async () => {
    const server = start({ PORT: 'abc' });
    expect((await server.exited).code).toBe(2);
    expect(server.output()).toMatch(/Lỗi cấu hình.*PORT/);
    expect(server.output()).toMatch(/Configuration error.*PORT/);
  }, 60_000);
});

const ADMIN = 'quantri.tinh';
const PASSWORD = 'Một mật khẩu đủ dài cho quản trị tỉnh';

describe.each(await testDialects())('npm start on a database to be set up for production (%s)', (dialect) => {
  let db: TestDb;
  const env = () => ({ MOTCUA_DATA_DIR: db.dataDir, DATABASE_URL: db.url ?? '' });
  beforeAll(async () => {
    db = await createTestDb(dialect, 'start');
  });
  afterAll(() => db?.drop());

  it('refuses it while never set up where demo mode is not the default: PostgreSQL, or beyond loopback', async () => {
    // SQLite becomes a demo database unasked only on loopback.
    const server = start({ ...env(), ...(dialect === 'sqlite' ? { HOST: '0.0.0.0' } : {}) });
    expect((await server.exited).code).toBe(2);
    expect(server.output()).toMatch(/Không khởi động được: cơ sở dữ liệu chưa được khởi tạo.*motcua init/);
    expect(server.output()).toMatch(/Cannot start: the database was never set up.*motcua init.*--demo/);
    expect(server.output()).not.toMatch(/DEMO MODE|listening/);
  }, 60_000);

  it('serves it as initialised: no demo banner, no demo account, the admin signs in', async () => {
    const store = await db.open();
    const units = readUnitFile(
      readFileSync(new URL('../../examples/province/units.json', import.meta.url), 'utf8'),
      'json',
    );
    const admin = { login: ADMIN, displayName: 'Quản trị tỉnh', password: PASSWORD };
    const plan = await productionPlan(
      { admin, units },
      { now: T0, actorId: 'test', hashPassword: (p) => hashPassword(p, FAST_HASH) },
    );
    await initialiseProduction(store, plan);
    await store.close();

    const server = start(env());
    const [, url] = await server.waitFor(LISTENING, 60_000);
    expect(server.output()).toMatch(/Chế độ vận hành thật \/ Production mode/);
    expect(server.output()).not.toMatch(/DEMO MODE|Demo accounts/);
    expect((await signIn(url, ADMIN, PASSWORD)).status).toBe(200);
    for (const login of ['quantri', 'congdan']) {
      expect((await signIn(url, login, `motcua-${login}-demo`)).status, login).toBe(401);
    }
    expect(await stop(server)).toBe(0);
  }, 90_000);

  it('refuses --demo on it with exit code 2, adding nothing', async () => {
    const server = start(env(), ['--demo']);
    expect((await server.exited).code).toBe(2);
    expect(server.output()).toMatch(/Không khởi động được: .*không bao giờ thêm dữ liệu mẫu/);
    expect(server.output()).toMatch(/Cannot start: .*demo data are never added to it; drop --demo/);
    const store = await db.open();
    expect(await store.count('users')).toBe(1);
  }, 60_000);
});
