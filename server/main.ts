/**
 * `npm start`: opens (and migrates) the database, serves it as what it was set up for (demo data on a demo
 * database, seeded on its first start; nothing added to a production one, see `motcua init`), serves HTTP, runs the
 * timer scheduler, and shuts down cleanly on SIGTERM/SIGINT. This is the one place that reads the wall clock.
 */
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { hashPassword } from './auth/passwords.ts';
import { announceListening, announceSimulator } from './announce.ts';
import { sharedGateway, superviseWorkers } from './cluster.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createServer } from './http/server.ts';
import { startGatewaySimulator } from './payments/simulator.ts';
import { Scheduler } from './jobs/timers.ts';
import { seedDemo, ServiceError } from './services/index.ts';
import { openStore, type Store } from './store/index.ts';
import { installationMode, type Mode } from './store/installation.ts';
import { message } from '../runtime/engine/messages/index.ts';

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

const DEMO_BANNER = [
  'CHẾ ĐỘ TRÌNH DIỄN: cơ sở dữ liệu này có dữ liệu mẫu và tài khoản thử nghiệm với mật khẩu công khai; đừng dùng',
  '  cho hồ sơ thật. Triển khai thật: khởi tạo một cơ sở dữ liệu mới bằng "npx motcua init" (xem README).',
  'DEMO MODE: this database holds demo data and demo accounts whose passwords are published; do not use it for',
  '  real dossiers. For a real deployment, initialise a fresh database with "npx motcua init" (see the README).',
].join('\n');

/**
 * What the database is for; a database never set up becomes a demo one where config.demo allows. A demo database
 * is seeded (what is missing only) and prints its accounts when they are new. Refusals are ConfigErrors.
 */
async function setUp(store: Store, config: Config): Promise<Mode> {
  const mode = await installationMode(store);
  if (mode === 'production') {
    if (config.demo !== 'asked') return mode;
    throw new ConfigError(message('server.databaseIsProduction'));
  }
  if (mode === undefined && !config.demo) {
    throw new ConfigError(message('server.databaseWasNeverSet'));
  }
  const seeded = await seedDemo(store, clock(), { hashPassword });
  if (seeded.created) printAccounts(seeded.accounts);
  return 'demo';
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
  let mode: Mode;
  try {
    // A worker of `--workers N` finds the database as the primary set it up.
    mode = cluster.isWorker ? ((await installationMode(store)) ?? 'production') : await setUp(store, config);
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof ServiceError)) throw error;
    const { vi, en } = error instanceof ConfigError ? error : error.localized;
    console.error(`Không khởi động được: ${vi}\nCannot start: ${en}`);
    await store.close();
    return 2;
  }
  if (cluster.isPrimary)
    console.log(mode === 'demo' ? DEMO_BANNER : 'Chế độ vận hành thật / Production mode.');

  // A demo without a gateway pays through the simulator, on this machine (its addresses are known once listening);
  // with several workers the primary runs it and hands them the gateway.
  const shared = sharedGateway(env);
  const simulated = !shared && !config.gateway && mode === 'demo';
  const gateway = shared
    ? shared
    : simulated
      ? {
          name: 'simulator',
          merchant: 'MOTCUADEMO',
          secret: randomBytes(32).toString('hex'),
          payUrl: '',
          returnUrl: '',
          // A made-up account: its VietQR code reads in any banking app, and the simulator plays the bank's notice.
          collecting: { bankBin: '970415', account: '0000000000', holder: 'MOT CUA THU NGHIEM' },
        }
      : config.gateway;
  if (config.workers > 1 && cluster.isPrimary) {
    await store.close();
    return superviseWorkers({
      workers: config.workers,
      secret: config.secret,
      simulated: simulated ? gateway : undefined,
      stopSignal,
    });
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
    gateway,
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
  if (cluster.isPrimary) announceListening(where);
  const simulator =
    simulated && gateway
      ? await startGatewaySimulator({ ...gateway, ipnUrl: `${where[0]}/api/v1/payments/gateway/ipn` })
      : undefined;
  if (simulator && gateway) {
    gateway.payUrl = simulator.payUrl;
    gateway.returnUrl = `${where[0]}/api/v1/payments/gateway/return`;
    announceSimulator(simulator.payUrl);
  }
  if (shared) shared.returnUrl = `${where[0]}/api/v1/payments/gateway/return`;

  const scheduler = new Scheduler(store, {
    owner: `${hostname()}:${process.pid}`,
    batch: config.timerBatch,
    anchorEveryMs: config.anchorEveryMs,
  });
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
    await simulator?.close();
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
