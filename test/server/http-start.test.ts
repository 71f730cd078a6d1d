/**
 * `npm start` as a process: first start on an empty data directory (SQLite created, demo seeded and printed),
 * serving on the port it reports, and a clean exit 0 on SIGTERM. Waits only on the child's output, bounded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, START } from '../load/support.ts';

const dir = mkdtempSync(join(tmpdir(), 'motcua-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `npm start` on the shared data directory (no LOG_LEVEL: its SIGTERM line is an info log, asserted below). */
const start = (env: Record<string, string>) =>
  run(START, [], { PORT: '0', HOST: '127.0.0.1', MOTCUA_DATA_DIR: dir, DATABASE_URL: '', ...env });

/** SIGTERM, then a bounded wait for the exit code. */
async function stop(server: ReturnType<typeof start>): Promise<number | null> {
  server.child.kill('SIGTERM');
  return (await server.waitExit(20_000)).code;
}

describe('npm start', () => {
  it('creates and seeds the database on first start, prints the demo accounts, serves, and exits 0 on SIGTERM', async () => {
    const server = start({});
    const [, url] = await server.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/, 60_000);
    const out = server.output();
    expect(out).toMatch(/Tài khoản thử nghiệm/);
    expect(out).toMatch(/Demo accounts/);
    expect(out).toMatch(/congdan\s+motcua-congdan-demo\s+citizen\s+000\.00\.00\.H41/);
    expect(existsSync(join(dir, 'motcua.db'))).toBe(true);

    const health = await fetch(`${url}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
    const login = await fetch(`${url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'motcua', password: 'motcua-motcua-demo' }),
    });
    expect(login.status).toBe(200);
    const trpc = await fetch(`${url}/trpc/procedures.search?input=%7B%7D`);
    expect(((await trpc.json()) as { result: { data: { total: number } } }).result.data.total).toBe(5);

    expect(await stop(server)).toBe(0);
    expect(server.output()).toMatch(/SIGTERM/);
  }, 90_000);

  it('does not seed or print accounts again on the next start', async () => {
    const server = start({});
    await server.waitFor(/listening on http:\/\/127\.0\.0\.1:\d+/, 60_000);
    expect(server.output()).not.toMatch(/Demo accounts/);
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
