import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('start-up configuration', () => {
  it('defaults to SQLite under ./data, port 3000, loopback only, demo data', () => {
    const c = loadConfig({}, []);
    expect(c).toMatchObject({
      port: 3000,
      host: 'localhost',
      dataDir: resolve('data'),
      demo: 'default',
      trustProxy: false,
    });
    expect(c.databaseUrl).toBeUndefined();
    expect(c.oidc).toBeUndefined();
    expect(c.secret.length).toBeGreaterThanOrEqual(32);
  });

  it('takes PORT, HOST, the data directory and a proxy list from the environment', () => {
    const c = loadConfig(
      { PORT: '8080', HOST: '0.0.0.0', MOTCUA_DATA_DIR: '/srv/motcua', TRUST_PROXY: '10.0.0.1, 10.0.0.0/8' },
      [],
    );
    expect(c).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/motcua',
      trustProxy: ['10.0.0.1', '10.0.0.0/8'],
    });
    expect(loadConfig({ TRUST_PROXY: 'true' }, []).trustProxy).toBe(true);
  });

  it("takes the timer scheduler's tick, batch and anchor age, refusing a batch out of range", () => {
    expect(loadConfig({}, [])).toMatchObject({ tickMs: 5_000, timerBatch: 100, anchorEveryMs: 300_000 });
    expect(
      loadConfig({ TIMER_TICK_MS: '250', TIMER_BATCH: '10', AUDIT_ANCHOR_MS: '60000' }, []),
    ).toMatchObject({
      tickMs: 250,
      timerBatch: 10,
      anchorEveryMs: 60_000,
    });
    expect(() => loadConfig({ TIMER_BATCH: '0' }, [])).toThrow(/TIMER_BATCH/);
  });

  it('makes a fresh database a demo one unasked only for SQLite on loopback; else with --demo', () => {
    const url = 'postgres://motcua@127.0.0.1:5432/motcua';
    expect(loadConfig({ DATABASE_URL: url }, []).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: url }, ['--demo']).demo).toBe('asked');
    for (const HOST of ['127.0.0.1', '::1', 'localhost'])
      expect(loadConfig({ HOST }, []).demo).toBe('default');
    for (const HOST of ['0.0.0.0', '::', '192.168.1.20', 'motcua.example']) {
      expect(loadConfig({ HOST }, []).demo, HOST).toBe(false);
      expect(loadConfig({ HOST }, ['--demo']).demo, HOST).toBe('asked');
    }
  });

  it('configures VNeID sign-in only when the OIDC settings are complete', () => {
    const oidc = {
      OIDC_ISSUER: 'https://sso.vneid.example',
      OIDC_CLIENT_ID: 'motcua',
      OIDC_CLIENT_SECRET: 's3cret',
      OIDC_REDIRECT_URI: 'https://dichvucong.example/api/v1/auth/oidc/callback',
    };
    expect(loadConfig(oidc, []).oidc).toMatchObject({
      issuer: oidc.OIDC_ISSUER,
      clientId: 'motcua',
      allowInsecure: false,
    });
    expect(() => loadConfig({ ...oidc, OIDC_CLIENT_ID: '' }, [])).toThrow(/OIDC_CLIENT_ID/);
  });

  it('configures the payment gateway only when its settings are complete', () => {
    const gateway = {
      PAYMENT_GATEWAY_URL: 'https://pay.example/paymentv2/vpcpay.html',
      PAYMENT_GATEWAY_MERCHANT: 'LAMDONG01',
      PAYMENT_GATEWAY_SECRET: 's3cret',
      PAYMENT_RETURN_URL: 'https://dichvucong.example/api/v1/payments/gateway/return',
    };
    expect(loadConfig({}, []).gateway).toBeUndefined();
    expect(loadConfig(gateway, []).gateway).toEqual({
      name: 'gateway',
      payUrl: gateway.PAYMENT_GATEWAY_URL,
      merchant: 'LAMDONG01',
      secret: 's3cret',
      returnUrl: gateway.PAYMENT_RETURN_URL,
    });
    expect(() => loadConfig({ ...gateway, PAYMENT_GATEWAY_SECRET: '' }, [])).toThrow(
      /PAYMENT_GATEWAY_SECRET/,
    );
    expect(() => loadConfig({ ...gateway, PAYMENT_RETURN_URL: 'nowhere' }, [])).toThrow(ConfigError);

    // The collecting account of VietQR transfers: all three settings, a 6-digit BIN.
    const bank = {
      PAYMENT_BANK_BIN: '970415',
      PAYMENT_BANK_ACCOUNT: '113000006100',
      PAYMENT_BANK_HOLDER: 'KBNN',
    };
    expect(loadConfig({ ...gateway, ...bank }, []).gateway?.collecting).toEqual({
      bankBin: '970415',
      account: '113000006100',
      holder: 'KBNN',
    });
    expect(() => loadConfig({ ...gateway, ...bank, PAYMENT_BANK_HOLDER: '' }, [])).toThrow(
      /PAYMENT_BANK_HOLDER/,
    );
    expect(() => loadConfig({ ...gateway, ...bank, PAYMENT_BANK_BIN: '97041' }, [])).toThrow(/NAPAS/);
  });

  it('runs one process unless asked for more, and more only on PostgreSQL', () => {
    const pg = { DATABASE_URL: 'postgres://127.0.0.1/motcua' };
    expect(loadConfig({}, []).workers).toBe(1);
    expect(loadConfig(pg, ['--workers', '3']).workers).toBe(3);
    expect(loadConfig(pg, ['--demo', '--workers=2'])).toMatchObject({ workers: 2, demo: 'asked' });
    expect(loadConfig({ ...pg, MOTCUA_WORKERS: '4' }, []).workers).toBe(4);
    expect(loadConfig({}, ['--workers', '1']).workers).toBe(1);
    expect(() => loadConfig({}, ['--workers', '2'])).toThrow(/PostgreSQL/);
  });

  it('refuses wrong values with a message in both languages', () => {
    for (const [env, argv] of [
      [{ PORT: 'abc' }, []],
      [{ PORT: '70000' }, []],
      [{ DATABASE_URL: 'mysql://x' }, []],
      [{}, ['--demoo']],
      [{ DATABASE_URL: 'postgres://x' }, ['--workers', '0']],
      [{ DATABASE_URL: 'postgres://x' }, ['--workers']],
      [{ DATABASE_URL: 'postgres://x' }, ['--workers=two']],
      [{ DATABASE_URL: 'postgres://x', MOTCUA_WORKERS: '65' }, []],
      [{}, ['--workers', '2']],
      [{ OIDC_ISSUER: 'not a url', OIDC_CLIENT_ID: 'x', OIDC_REDIRECT_URI: 'https://x' }, []],
    ] as [Record<string, string>, string[]][]) {
      try {
        loadConfig(env, argv);
        expect.unreachable(JSON.stringify(env));
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).vi).toMatch(/[ạảãáàâăđêôơư]/);
      }
    }
  });
});
