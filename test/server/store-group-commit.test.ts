/**
 * Group commit (server/store/group-commit.ts): the writes queued in one turn of the event loop share a COMMIT, yet
 * each stands alone — a failing one is undone and rejected without touching the others, nobody hears "done" before
 * the COMMIT, and a failed BEGIN or COMMIT rejects everyone and leaves nothing behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { GroupCommit } from '../../server/store/group-commit.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-group-'));
  dirs.push(dir);
  return dir;
}

function open(file = ':memory:') {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec('create table if not exists t (id integer primary key, v text not null)');
  return db;
}

const values = (db: Database.Database) =>
  db
    .prepare('select id, v from t order by id')
    .all()
    .map((r) => (r as { v: string }).v);

describe('group commit', () => {
  it('commits the writes of one turn together, in order, each answered after the COMMIT', async () => {
    const db = open();
    const group = new GroupCommit(db);
    const insert = db.prepare('insert into t (v) values (?)');
    const answered: string[] = [];
    const write = (v: string) =>
      group
        .run(() => {
          // Inside the group: the earlier writes of the group are visible, none has been answered yet.
          expect(db.inTransaction).toBe(true);
          expect(answered).toEqual([]);
          insert.run(v);
          return values(db).length;
        })
        .then((seen) => {
          answered.push(v);
          return seen;
        });
    expect(await Promise.all([write('a'), write('b'), write('c')])).toEqual([1, 2, 3]);
    expect(values(db)).toEqual(['a', 'b', 'c']);
    expect(db.inTransaction).toBe(false);
  });

  it('undoes and rejects only the write that threw; the others of its group are kept', async () => {
    const db = open();
    const group = new GroupCommit(db);
    const insert = db.prepare('insert into t (v) values (?)');
    const results = await Promise.allSettled([
      group.run(() => insert.run('kept 1')),
      group.run(() => {
        insert.run('undone');
        throw new Error('refused');
      }),
      group.run(() => insert.run(null)), // NOT NULL: SQLite refuses
      group.run(() => insert.run('kept 2')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/refused/);
    expect(String((results[2] as PromiseRejectedResult).reason)).toMatch(/NOT NULL/);
    expect(values(db)).toEqual(['kept 1', 'kept 2']);
  });

  it('splits a long queue into groups of at most its limit', async () => {
    const file = join(tempDir(), 'db.sqlite');
    const db = open(file);
    const reader = open(file);
    const group = new GroupCommit(db, 2);
    const insert = db.prepare('insert into t (v) values (?)');
    // Another connection sees only what is committed: the groups show as steps of two.
    const committedBefore = await Promise.all(
      ['1', '2', '3', '4', '5'].map((v) =>
        group.run(() => {
          insert.run(v);
          return values(reader).length;
        }),
      ),
    );
    expect(committedBefore).toEqual([0, 0, 2, 2, 4]);
    expect(values(reader)).toEqual(['1', '2', '3', '4', '5']);
    db.close();
    reader.close();
  });

  it('rejects every write of a group whose COMMIT fails, and keeps none of them', async () => {
    const db = open();
    db.exec(`create table parent (id integer primary key);
             create table child (id integer primary key,
               parent integer references parent (id) deferrable initially deferred)`);
    const group = new GroupCommit(db);
    const results = await Promise.allSettled([
      group.run(() => db.prepare('insert into t (v) values (?)').run('innocent')),
      // A deferred foreign key is checked at COMMIT: the whole group fails there.
      group.run(() => db.prepare('insert into child (parent) values (42)').run()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/);
    expect(values(db)).toEqual([]);
    expect(db.inTransaction).toBe(false);
    // The connection is usable again.
    await group.run(() => db.prepare('insert into t (v) values (?)').run('after'));
    expect(values(db)).toEqual(['after']);
  });

  it('rejects every write when the write lock cannot be had, and writes nothing', async () => {
    const file = join(tempDir(), 'db.sqlite');
    const ours = open(file);
    ours.pragma('busy_timeout = 0');
    const other = open(file);
    other.exec('begin immediate');
    const group = new GroupCommit(ours);
    const results = await Promise.allSettled([
      group.run(() => ours.prepare('insert into t (v) values (?)').run('x')),
      group.run(() => ours.prepare('insert into t (v) values (?)').run('y')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/locked|busy/i);
    other.exec('rollback');
    expect(values(ours)).toEqual([]);
    ours.close();
    other.close();
  });

  it('lets the reads of a turn share one read transaction, ended before the writes and at the end of the turn', async () => {
    const db = open();
    const group = new GroupCommit(db);
    const count = () => group.read(() => values(db).length);
    expect(count()).toBe(0);
    expect(db.inTransaction).toBe(true);
    const written = group.run(() => db.prepare('insert into t (v) values (?)').run('a'));
    expect(count()).toBe(0); // the same turn reads the same snapshot
    await written;
    expect(count()).toBe(1); // a later turn reads what was committed
    await new Promise((resolve) => setImmediate(resolve));
    expect(db.inTransaction).toBe(false);
  });

  it('commits what is queued when drained (before the connection closes)', () => {
    const db = open();
    const group = new GroupCommit(db);
    const written = group.run(() => db.prepare('insert into t (v) values (?)').run('last'));
    group.drain();
    expect(values(db)).toEqual(['last']);
    return expect(written).resolves.toBeDefined();
  });
});
