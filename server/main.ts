/**
 * `npm start`: opens (and migrates) the database, seeds the demo on first start, serves HTTP, runs the timer
 * scheduler, and shuts down cleanly on SIGTERM/SIGINT. This is the one place that reads the wall clock.
 */
import { hostname } from 'node:os';
import { hashPassword } from './auth/passwords.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createServer } from './http/server.ts';
import { Scheduler } from './jobs/timers.ts';
import { seedDemo } from './services/index.ts';
import { openStore, type Store } from './store/index.ts';

const clock = () => Date.now();

interface DemoAccount {
  login: string;
  password: string;
  roles: { unitCode: string; role: string }[];
}

/** One unit by its code; a demo officer working in many units by their count, to keep the table readable. */
function units(codes: string[]): string {
  if (codes.length <= 2) return codes.join(', ') || '—';
  return `${codes.length} đơn vị / units (${codes[0]}, …)`;
}

function printAccounts(accounts: DemoAccount[]): void {
  const rows = accounts.map((a) => [
    a.login,
    a.password,
    [...new Set(a.roles.map((r) => r.role))].join(', ') || '—',
    units([...new Set(a.roles.map((r) => r.unitCode))]),
  ]);
  const head = ['Tên đăng nhập / Login', 'Mật khẩu / Password', 'Vai trò / Role', 'Đơn vị / Unit'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log('');
  console.log(
    'Đã tạo dữ liệu mẫu. Tài khoản thử nghiệm (chỉ dùng để trình diễn, hãy đổi mật khẩu khi triển khai thật):',
  );
  console.log(
    'Demo data created. Demo accounts (for demonstration only; change the passwords in a real deployment):',
  );
  console.log(line(head));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
  console.log('');
}

/** Listens for SIGTERM/SIGINT from the very start, so that a signal during start-up is not fatal. */
function signalled(): Promise<string> {
  return new Promise((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
}

export async function main(argv: string[] = process.argv.slice(2), env = process.env): Promise<number> {
  const stopSignal = signalled();
  let config: Config;
  try {
    config = loadConfig(env, argv);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`Lỗi cấu hình: ${error.vi}\nConfiguration error: ${error.en}`);
    return 2;
  }

  let store: Store;
  try {
    store = await openStore({ url: config.databaseUrl, dataDir: config.dataDir });
  } catch (error) {
    console.error('Không mở được cơ sở dữ liệu / Cannot open the database:', (error as Error).message);
    return 1;
  }
  if (config.demo) {
    const seeded = await seedDemo(store, clock(), { hashPassword });
    if (seeded.created) printAccounts(seeded.accounts);
  }

  const app = await createServer({
    store,
    dataDir: config.dataDir,
    clock,
    logger: { level: env.LOG_LEVEL || 'warn' },
    trustProxy: config.trustProxy,
    secret: config.secret,
    sessionTtlMs: config.sessionTtlMs,
    bodyLimit: config.bodyLimit,
    oidc: config.oidc,
  });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    console.error('Không mở được cổng / Cannot listen:', (error as Error).message);
    await store.close();
    return 1;
  }
  const where = app
    .addresses()
    .map((a) =>
      typeof a === 'string' ? a : `http://${a.family === 'IPv6' ? `[${a.address}]` : a.address}:${a.port}`,
    );
  console.log(`Một Cửa đang chạy tại / listening on ${where.join(' ')}`);
  console.log(`  REST: ${where[0]}/api/v1 (OpenAPI: /api/v1/openapi.json) · tRPC: ${where[0]}/trpc`);

  const scheduler = new Scheduler(store, { owner: `${hostname()}:${process.pid}` });
  // A tick that finds the previous one still running does nothing (Scheduler.tick): no overlap, no backlog.
  const ticking = setInterval(
    () =>
      void scheduler
        .tick(clock())
        .catch((error: unknown) => app.log.error({ err: error }, 'timer tick failed')),
    config.tickMs,
  );

  const signal = await stopSignal;
  console.log(`Nhận ${signal}, đang dừng… / ${signal} received, shutting down…`);
  try {
    await app.close(); // stops accepting, lets requests in flight finish
    clearInterval(ticking);
    // Waits for the tick in flight, which hands back the timers it has not reached yet.
    await scheduler.stop();
    await store.close();
  } catch (error) {
    console.error('Lỗi khi dừng / Error while shutting down:', error);
    return 1;
  }
  console.log('Đã dừng / stopped.');
  return 0;
}
