/**
 * A database written before the audit log had several chains: its one global chain becomes the chain `legacy`,
 * same seqs and hashes, still verifiable (its records hashed without a `chain` member) and closed; new entries go
 * to the new chains from seq 1.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../server/services/index.ts';
import { chainHash, GENESIS, sqliteFile } from '../../server/store/index.ts';
import { createTestDb, testDialects, type Dialect, type TestDb } from '../support/db.ts';

/** The migrations of a dialect up to the one before the audit chains. */
function migrationsBeforeChains(dialect: Dialect): string {
  const source = fileURLToPath(new URL(`../../server/store/migrations/${dialect}`, import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'motcua-migrations-'));
  cpSync(source, dir, { recursive: true });
  const journalFile = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag.endsWith('_audit_chains'));
  expect(at).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

/** Three entries as the single global chain wrote them: the record without a chain name. */
function legacyRows() {
  let prevHash = GENESIS;
  return [1, 2, 3].map((seq) => {
    const record = {
      seq,
      at: 1_790_000_000_000 + seq,
      actorId: 'u1',
      action: 'auth.login',
      target: 'x',
      payload: {},
    };
    const row = { ...record, prevHash, hash: chainHash(prevHash, record) };
    prevHash = row.hash;
    return row;
  });
}

const INSERT =
  'insert into audit_log (seq, at, actor_id, action, target, payload, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?)';
const values = (r: ReturnType<typeof legacyRows>[number]) => [
  r.seq,
  r.at,
  r.actorId,
  r.action,
  r.target,
  JSON.stringify(r.payload),
  r.prevHash,
  r.hash,
];

const dialects = await testDialects();
for (const dialect of ['sqlite', 'pg'] as Dialect[]) {
  describe.skipIf(!dialects.includes(dialect))(`audit chains migration (${dialect})`, () => {
    let db: TestDb | undefined;
    afterAll(async () => db?.drop());

    it('keeps the global chain as `legacy`, verifiable and unchanged, and starts the new chains at 1', async () => {
      db = await createTestDb(dialect, 'legacy');
      const folder = migrationsBeforeChains(dialect);
      if (dialect === 'sqlite') {
        const client = new Database(sqliteFile(db.dataDir));
        migrateSqlite(drizzleSqlite({ client }), { migrationsFolder: folder });
        client.close();
      } else {
        const client = new pg.Client({ connectionString: db.url });
        await client.connect();
        await migratePg(drizzlePg({ client }), { migrationsFolder: folder });
        await client.end();
      }
      const rows = legacyRows();
      for (const row of rows) await db.exec(INSERT, values(row));

      const store = await db.open(); // migrates the rest
      const legacy = await store.scanAudit('legacy', 0, 10);
      expect(legacy.map((r) => [r.chain, r.seq, r.prevHash, r.hash])).toEqual(
        rows.map((r) => ['legacy', r.seq, r.prevHash, r.hash]),
      );
      expect(await verifyAudit(store)).toMatchObject({ ok: true, chains: [{ chain: 'legacy', entries: 3 }] });

      const added = await store.appendAudit({
        at: 1_790_000_001_000,
        actorId: 'u1',
        action: 'auth.login',
        target: 'y',
      });
      expect(added).toMatchObject({ chain: 'system', seq: 1, prevHash: GENESIS });
      await expect(
        store.appendAudit({ chain: 'legacy', at: 1, actorId: null, action: 'x', target: 'y' }),
      ).rejects.toThrow(/closed/);
      expect((await verifyAudit(store)).ok).toBe(true);

      await db.exec("update audit_log set target = 'z' where chain = 'legacy' and seq = 2");
      expect(
        (await verifyAudit(store)).chains.find((c) => c.chain === 'legacy')?.firstTampered,
      ).toMatchObject({
        chain: 'legacy',
        seq: 2,
      });
    });
  });
}
