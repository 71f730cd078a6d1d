/**
 * Start-up settings, read once from the environment and the command line. Defaults make `npm start` on a
 * laptop work with nothing set: SQLite under ./data, port 3000, loopback only.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import type { OidcSettings } from './auth/oidc.ts';

export interface Config {
  port: number;
  /** `localhost` listens on 127.0.0.1 and ::1; anything wider must be asked for with HOST. */
  host: string;
  dataDir: string;
  /** postgres://… or undefined for SQLite at `${dataDir}/motcua.db`. */
  databaseUrl?: string;
  /** Seed the demo units, procedures and accounts (always on a fresh SQLite file; with --demo on PostgreSQL). */
  demo: boolean;
  /** Fastify's trustProxy: false, true (any proxy), or the proxies' addresses/CIDRs (comma-separated in TRUST_PROXY). */
  trustProxy: boolean | string[];
  /** Signs the OIDC round-trip cookie. Random per process unless MOTCUA_SECRET is set (needed with several processes). */
  secret: string;
  sessionTtlMs: number;
  bodyLimit: number;
  /** How often the timer scheduler looks for due timers. */
  tickMs: number;
  oidc?: OidcSettings;
}

export class ConfigError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(
      `Biến môi trường ${name}="${raw}" không hợp lệ: cần số nguyên từ ${min} đến ${max}.`,
      `Environment variable ${name}="${raw}" is not valid: expected an integer from ${min} to ${max}.`,
    );
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

function oidc(env: Env): OidcSettings | undefined {
  const names = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_REDIRECT_URI'] as const;
  const set = names.filter((n) => env[n]);
  if (set.length === 0) return undefined;
  if (set.length < names.length) {
    const missing = names.filter((n) => !env[n]).join(', ');
    throw new ConfigError(
      `Cấu hình đăng nhập OIDC (VNeID) chưa đủ, thiếu: ${missing}.`,
      `The OIDC (VNeID) login is only partly configured; missing: ${missing}.`,
    );
  }
  for (const n of ['OIDC_ISSUER', 'OIDC_REDIRECT_URI'] as const) {
    if (!URL.canParse(env[n]!)) {
      throw new ConfigError(`${n} không phải là URL hợp lệ.`, `${n} is not a valid URL.`);
    }
  }
  const issuer = env.OIDC_ISSUER!;
  return {
    issuer,
    clientId: env.OIDC_CLIENT_ID!,
    clientSecret: env.OIDC_CLIENT_SECRET || undefined,
    redirectUri: env.OIDC_REDIRECT_URI!,
    scope: env.OIDC_SCOPE || undefined,
    allowInsecure: new URL(issuer).protocol === 'http:' && env.OIDC_ALLOW_HTTP === '1',
  };
}

/**
 * Where the data lives: PostgreSQL at DATABASE_URL, else SQLite (and uploads) under MOTCUA_DATA_DIR or ./data.
 * Shared with `motcua audit verify`, so that it checks the very database the server uses.
 */
export function databaseLocation(env: Env): { databaseUrl?: string; dataDir: string } {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError(
      'DATABASE_URL phải bắt đầu bằng postgres:// (bỏ trống để dùng SQLite).',
      'DATABASE_URL must start with postgres:// (leave it unset to use SQLite).',
    );
  }
  return { databaseUrl, dataDir: resolve(env.MOTCUA_DATA_DIR || 'data') };
}

export function loadConfig(env: Env = process.env, argv: string[] = process.argv.slice(2)): Config {
  const unknown = argv.filter((a) => a !== '--demo');
  if (unknown.length > 0) {
    throw new ConfigError(
      `Tham số không hợp lệ: ${unknown.join(' ')}`,
      `Unknown argument(s): ${unknown.join(' ')}`,
    );
  }
  const { databaseUrl, dataDir } = databaseLocation(env);
  return {
    port: integer(env, 'PORT', 3000, 0, 65_535),
    host: env.HOST || 'localhost',
    dataDir,
    databaseUrl,
    demo: databaseUrl ? argv.includes('--demo') : true,
    trustProxy: trustProxy(env.TRUST_PROXY),
    secret: env.MOTCUA_SECRET || randomBytes(32).toString('base64url'),
    sessionTtlMs: integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30) * 3_600_000,
    bodyLimit: integer(env, 'BODY_LIMIT_BYTES', 1_048_576, 1_024, 100 * 1_048_576),
    tickMs: integer(env, 'TIMER_TICK_MS', 5_000, 100, 3_600_000),
    oidc: oidc(env),
  };
}
