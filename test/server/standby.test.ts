/**
 * A streaming read replica (SCALING.md §2), built for real on this machine: a PostgreSQL primary and a standby of
 * it (initdb, pg_basebackup), clusters of the test's own on ports of their own. A process opened on the standby does
 * not migrate (it cannot write) but checks it has replayed this version's migrations, and `motcua audit verify` runs
 * there, off the primary, and finds what was tampered with on the primary.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../server/store/index.ts';
import { CLI, run, until } from '../load/support.ts';
import { testDialects } from '../support/db.ts';
import { counterPermit, extraUser, t, world } from './services-fixtures.ts';

const UNIT = '000.01.01.H41';
const available = await testDialects();

/** PostgreSQL's server programs (Debian keeps them out of PATH). */
const bin = (name: string) => {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
  return join('/usr/lib/postgresql', versions.at(-1)!, 'bin', name);
};
/** PostgreSQL refuses to run as root: as root, its programs run as the postgres account. */
const asPostgres = (name: string, args: string[]) =>
  process.getuid?.() === 0
    ? execFileSync('runuser', ['-u', 'postgres', '--', bin(name), ...args], { stdio: 'pipe' })
    : execFileSync(bin(name), args, { stdio: 'pipe' });

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe.skipIf(!available.includes('pg'))('a read replica (pg standby)', () => {
  let dir: string;
  const clusters: string[] = [];
  let primary: string;
  let standby: string;

  /** Starts the cluster in `data` on a free port and answers its address. */
  const start = async (data: string) => {
    const port = await freePort();
    asPostgres('pg_ctl', [
      '-D',
      data,
      '-l',
      `${data}.log`,
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      'start',
    ]);
    clusters.push(data);
    return { port, url: `postgres://postgres@127.0.0.1:${port}/postgres` };
  };
  /** One statement on its own connection. */
  const query = async (url: string, text: string, args: unknown[] = []) => {
    const client = new pg.Client(url);
    await client.connect();
    return (await client.query(text, args).finally(() => client.end())).rows;
  };
  /** Waits until the standby has replayed everything the primary has written so far. */
  const replayed = async () => {
    const [{ lsn }] = await query(primary, 'select pg_current_wal_lsn()::text as lsn');
    await until(30_000, 50, async () => {
      const [{ done }] = await query(standby, 'select pg_last_wal_replay_lsn() >= $1::pg_lsn as done', [lsn]);
      return done ? true : undefined;
    });
  };
  const verify = async () => {
    const p = run(CLI, ['audit', 'verify'], { DATABASE_URL: standby, MOTCUA_DATA_DIR: dir });
    const exit = await p.waitExit(60_000);
    return { code: exit.code, output: p.output() };
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-standby-'));
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']));
      const gid = Number(execFileSync('id', ['-g', 'postgres']));
      chownSync(dir, uid, gid);
    }
    asPostgres('initdb', ['-D', join(dir, 'primary'), '-U', 'postgres', '--auth=trust', '--no-sync']);
    const { port, url } = await start(join(dir, 'primary'));
    primary = url;
    asPostgres('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
      '-D',
      join(dir, 'standby'),
      '-R',
    ]);
    standby = (await start(join(dir, 'standby'))).url;
  }, 120_000);

  afterAll(() => {
    for (const data of clusters.reverse()) asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is not opened before it has replayed the migrations, and says why', async () => {
    await expect(openStore({ url: standby, dataDir: dir })).rejects.toThrow(
      /read-only standby has not replayed/,
    );
    const cli = await verify();
    expect(cli.code).toBe(2);
    expect(cli.output).toContain('Lỗi: bản sao chỉ đọc này chưa nhận đủ');
    expect(cli.output).toContain('Error: this read-only standby');
  });

  it('verifies the audit on the standby, off the primary, and names what was tampered with there', async () => {
    const store = await openStore({ url: primary, dataDir: dir });
    try {
      await world(store);
      const officer = await extraUser(store, 'standby', [{ unitCode: UNIT, role: 'reception' }]);
      for (let i = 0; i < 3; i++) await counterPermit(store, officer, t(`2026-11-02T08:0${i}`), UNIT);
    } finally {
      await store.close();
    }
    await replayed();
    const good = await verify();
    expect(good).toMatchObject({ code: 0, output: expect.stringContaining('The hash chains verify') });
    expect(good.output).toContain('3 dossiers');

    await query(
      primary,
      "update audit_log set action = 'nothing.happened' where chain = 'system' and seq = 2",
    );
    await replayed();
    const bad = await verify();
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('First tampered record: audit_log system #2');
    // The standby takes no writes: the store opened there reads, and a write fails without changing anything.
    const reader = await openStore({ url: standby, dataDir: dir });
    try {
      expect(await reader.getDossier({ code: 'none' })).toBeUndefined();
      await expect(reader.run((tx) => tx.delete('sessions', {}), 'write')).rejects.toThrow(
        /read-only transaction/,
      );
    } finally {
      await reader.close();
    }
  });
});
