/**
 * The WAL checkpointer (server/store/checkpointer.ts): a worker thread copies the server connection's commits from
 * the WAL into the database file, so the server's own commits never do it; a worker that dies is told of.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCheckpointer } from '../../server/store/checkpointer.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function walDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-checkpoint-'));
  dirs.push(dir);
  const file = join(dir, 'db.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0'); // only the worker checkpoints
  db.exec('create table t (id integer primary key, v text)');
  return { file, db };
}

describe('the checkpointer', () => {
  it('copies every committed frame of the WAL into the database file', async () => {
    const { file, db } = walDatabase();
    // An interval longer than the test: only the checkpoint on stop runs.
    const checkpointer = startCheckpointer(file, () => undefined, 3_600_000);
    const insert = db.prepare('insert into t (v) values (?)');
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(500));
    const result = await checkpointer.stop();
    expect(result!.walFrames).toBeGreaterThan(20);
    expect(result!.checkpointed).toBe(result!.walFrames);
    // Nothing left to copy: a checkpoint of our own finds every frame done.
    const [{ log, checkpointed }] = db.pragma('wal_checkpoint(PASSIVE)') as {
      log: number;
      checkpointed: number;
    }[];
    expect(checkpointed).toBe(log);
    expect(db.prepare('select count(*) from t').pluck().get()).toBe(200);
    db.close();
  });

  it('stops once, and a worker stopped has not died', async () => {
    const { file, db } = walDatabase();
    const died = vi.fn();
    const checkpointer = startCheckpointer(file, died, 3_600_000);
    const first = checkpointer.stop();
    expect(checkpointer.stop()).toBe(first);
    await first;
    db.close();
    expect(died).not.toHaveBeenCalled();
  });

  it('tells when its worker could not run, and then answers nothing', async () => {
    const { file, db } = walDatabase();
    db.close();
    let died: (error: unknown) => void = () => undefined;
    const death = new Promise<unknown>((resolve) => (died = resolve));
    const missing = startCheckpointer(join(file, 'no-such-dir', 'db.sqlite'), died, 3_600_000);
    expect(await death).toMatchObject({ message: expect.stringMatching(/directory does not exist/) });
    expect(await missing.stop()).toBeUndefined();
  });
});
