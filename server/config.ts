/**
 * Start-up settings, read once from the environment and the command line. Defaults make `npm start` on a
 * laptop work with nothing set: SQLite under ./data, port 3000, loopback only.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { OidcSettings } from './auth/oidc.ts';
import type { CollectingAccount } from './payments/vietqr.ts';
import type { Gateway } from './services/online-payments.ts';
import { message } from '../runtime/engine/messages/index.ts';
import type { Localized } from '../runtime/engine/index.ts';

export interface Config {
  port: number;
  /** `localhost` listens on 127.0.0.1 and ::1; anything wider must be asked for with HOST. */
  host: string;
  dataDir: string;
  /** postgres://… or undefined for SQLite at `${dataDir}/motcua.db`. */
  databaseUrl?: string;
  /**
   * Whether a database that was never set up becomes a demo one (demo units, procedures and accounts): 'asked' with
   * --demo, 'default' for SQLite served on loopback (someone trying the product), else false: such a database must
   * be initialised first (`motcua init`). A production database never gets demo data and refuses --demo (main.ts).
   */
  demo: 'asked' | 'default' | false;
  /** Fastify's trustProxy: false, true (any proxy), or the proxies' addresses/CIDRs (comma-separated in TRUST_PROXY). */
  trustProxy: boolean | string[];
  /** Signs the OIDC round-trip cookie. Random per process unless MOTCUA_SECRET is set (needed with several processes). */
  secret: string;
  sessionTtlMs: number;
  bodyLimit: number;
  /** How often the timer scheduler looks for due timers. */
  tickMs: number;
  /** Timers one tick claims: a tick fires what it claimed before the next claim. */
  timerBatch: number;
  /** How old the last audit anchor may get before a timer tick writes the next one (server/store/anchors.ts). */
  anchorEveryMs: number;
  /** Server processes behind the port (`--workers N` or MOTCUA_WORKERS; server/cluster.ts); more than one needs PostgreSQL. */
  workers: number;
  oidc?: OidcSettings;
  /** The online payment gateway; in a demo without one, `npm start` runs the gateway simulator. */
  gateway?: Gateway;
}

export class ConfigError extends Error {
  readonly vi: string;
  readonly en: string;

  constructor(readonly localized: Localized) {
    super(localized.en);
    this.vi = localized.vi;
    this.en = localized.en;
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(message('server.environmentVariableNotValid', { name, raw, min, max }));
  }
  return n;
}

function trustProxy(raw: string | undefined): Config['trustProxy'] {
  if (raw === undefined || raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true') return true;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Settings that go together (a sign-in provider, a payment gateway): all of them, or none (undefined); a part of
 * them is an error naming what is missing, and the `urls` among them must be URLs.
 */
function together<N extends string>(
  env: Env,
  names: readonly N[],
  urls: readonly N[],
  what: { vi: string; en: string },
): Record<N, string> | undefined {
  const set = names.filter((n) => env[n]);
  if (set.length === 0) return undefined;
  if (set.length < names.length) {
    const missing = names.filter((n) => !env[n]).join(', ');
    throw new ConfigError(message('server.partlyConfigured', { what, missing }));
  }
  for (const n of urls) {
    if (!URL.canParse(env[n]!)) throw new ConfigError(message('server.notValidUrl', { n }));
  }
  return Object.fromEntries(names.map((n) => [n, env[n]!])) as Record<N, string>;
}

function oidc(env: Env): OidcSettings | undefined {
  const urls = ['OIDC_ISSUER', 'OIDC_REDIRECT_URI'] as const;
  const set = together(env, [...urls, 'OIDC_CLIENT_ID'], urls, message('server.oidcLogin'));
  if (!set) return undefined;
  const issuer = set.OIDC_ISSUER;
  return {
    issuer,
    clientId: set.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET || undefined,
    redirectUri: set.OIDC_REDIRECT_URI,
    scope: env.OIDC_SCOPE || undefined,
    allowInsecure: new URL(issuer).protocol === 'http:' && env.OIDC_ALLOW_HTTP === '1',
  };
}

/** The online payment gateway (PAYMENT_GATEWAY_*): its page, the province's merchant code and secret, and the
 * address its return and IPN reach this server at. */
function paymentGateway(env: Env): Gateway | undefined {
  const urls = ['PAYMENT_GATEWAY_URL', 'PAYMENT_RETURN_URL'] as const;
  const set = together(
    env,
    [...urls, 'PAYMENT_GATEWAY_MERCHANT', 'PAYMENT_GATEWAY_SECRET'],
    urls,
    message('server.paymentGateway'),
  );
  if (!set) return undefined;
  return {
    name: env.PAYMENT_GATEWAY_NAME || 'gateway',
    payUrl: set.PAYMENT_GATEWAY_URL,
    merchant: set.PAYMENT_GATEWAY_MERCHANT,
    secret: set.PAYMENT_GATEWAY_SECRET,
    returnUrl: set.PAYMENT_RETURN_URL,
    collecting: collectingAccount(env),
  };
}

/** The province's collecting account (PAYMENT_BANK_*), which VietQR transfers pay into; the gateway reports them. */
function collectingAccount(env: Env): CollectingAccount | undefined {
  const set = together(
    env,
    ['PAYMENT_BANK_BIN', 'PAYMENT_BANK_ACCOUNT', 'PAYMENT_BANK_HOLDER'],
    [],
    message('server.collectingBankAccount'),
  );
  if (!set) return undefined;
  if (!/^\d{6}$/.test(set.PAYMENT_BANK_BIN) || !/^[0-9A-Za-z]{1,19}$/.test(set.PAYMENT_BANK_ACCOUNT)) {
    throw new ConfigError(message('server.paymentBankBinMust'));
  }
  return {
    bankBin: set.PAYMENT_BANK_BIN,
    account: set.PAYMENT_BANK_ACCOUNT,
    holder: set.PAYMENT_BANK_HOLDER,
  };
}

/**
 * Where the data lives: PostgreSQL at DATABASE_URL, else SQLite (and uploads) under MOTCUA_DATA_DIR or ./data.
 * Shared with `motcua audit verify`, so that it checks the very database the server uses.
 */
export function databaseLocation(env: Env): { databaseUrl?: string; dataDir: string } {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(message('server.databaseUrlMustStart'));
  }
  return { databaseUrl, dataDir: resolve(env.MOTCUA_DATA_DIR || 'data') };
}

/** Demo accounts have published passwords: a fresh database becomes a demo one unasked only on this machine. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** `--workers N` or `--workers=N` taken out of the arguments, as the value MOTCUA_WORKERS would give. */
function workersArgument(argv: string[]): { value?: string; rest: string[] } {
  const at = argv.findIndex((a) => a === '--workers' || a.startsWith('--workers='));
  if (at < 0) return { rest: argv };
  const spaced = argv[at] === '--workers';
  const value = spaced ? (argv[at + 1] ?? '') : argv[at].slice('--workers='.length);
  return { value, rest: argv.filter((_, i) => i !== at && !(spaced && i === at + 1)) };
}

const MAX_WORKERS = 64;

function workersOf(argument: string | undefined, env: Env): number {
  if (argument === undefined) return integer(env, 'MOTCUA_WORKERS', 1, 1, MAX_WORKERS);
  const n = Number(argument);
  if (argument === '' || !Number.isInteger(n) || n < 1 || n > MAX_WORKERS) {
    throw new ConfigError(message('server.workersNotValid', { raw: argument, max: MAX_WORKERS }));
  }
  return n;
}

export function loadConfig(env: Env = process.env, argv: string[] = process.argv.slice(2)): Config {
  const asked = workersArgument(argv);
  const unknown = asked.rest.filter((a) => a !== '--demo');
  if (unknown.length > 0) {
    throw new ConfigError(message('server.unknownArguments', { unknown: unknown.join(' ') }));
  }
  const { databaseUrl, dataDir } = databaseLocation(env);
  const host = env.HOST || 'localhost';
  const workers = workersOf(asked.value, env);
  // SQLite is one process's database: several would contend for its one writer and miss each other's caches.
  if (workers > 1 && !databaseUrl) throw new ConfigError(message('server.workersNeedPostgres'));
  return {
    port: integer(env, 'PORT', 3000, 0, 65_535),
    host,
    dataDir,
    databaseUrl,
    demo: argv.includes('--demo') ? 'asked' : !databaseUrl && isLoopback(host) ? 'default' : false,
    trustProxy: trustProxy(env.TRUST_PROXY),
    secret: env.MOTCUA_SECRET || randomBytes(32).toString('base64url'),
    sessionTtlMs: integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30) * 3_600_000,
    bodyLimit: integer(env, 'BODY_LIMIT_BYTES', 1_048_576, 1_024, 100 * 1_048_576),
    tickMs: integer(env, 'TIMER_TICK_MS', 5_000, 100, 3_600_000),
    timerBatch: integer(env, 'TIMER_BATCH', 100, 1, 10_000),
    anchorEveryMs: integer(env, 'AUDIT_ANCHOR_MS', 300_000, 1_000, 86_400_000),
    workers,
    oidc: oidc(env),
    gateway: paymentGateway(env),
  };
}
