/**
 * The SQLite adapter reuses statements (by SQL text) and queries (by shape, shapes.ts): a reused one must
 * answer exactly as a freshly built one would, whatever values, NULLs, list lengths and modes the callers pass.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheStatements } from '../../server/store/sqlite.ts';
import type { SelectOptions, Tx, Where } from '../../server/store/tx.ts';
import { withStores } from '../support/db.ts';

const user = (id: string, extra: { disabled?: boolean; oidcSubject?: string | null } = {}) => ({
  id,
  login: `login-${id}`,
  displayName: `User ${id}`,
  passwordHash: null,
  oidcSubject: extra.oidcSubject ?? null,
  disabled: extra.disabled ?? false,
  createdAt: 1_000,
});

describe('the SQLite statement cache (client.prepare)', () => {
  it('hands a statement out again in the default mode after drizzle switched it to raw', () => {
    const client = new Database(':memory:');
    cacheStatements(client);
    client.exec('create table t (a integer, b text)');
    client.prepare('insert into t values (?, ?)').run(1, 'x');
    const first = client.prepare('select a, b from t');
    expect(first.raw(true).all()).toEqual([[1, 'x']]);
    const again = client.prepare('select a, b from t');
    expect(again).toBe(first);
    expect(again.all()).toEqual([{ a: 1, b: 'x' }]);
    client.close();
  });

  it('keeps at most its size of statements, evicting the least recently used', () => {
    const client = new Database(':memory:');
    cacheStatements(client, 2);
    const a = client.prepare('select 1');
    const b = client.prepare('select 2');
    expect(client.prepare('select 1')).toBe(a); // a is now the most recently used
    client.prepare('select 3'); // evicts b
    expect(client.prepare('select 1')).toBe(a);
    expect(client.prepare('select 2')).not.toBe(b);
    client.close();
  });
});

await withStores('plain statements reused by shape', (suite) => {
  // One database per dialect for the whole suite: each case leaves the tables it used empty.
  afterEach(async () => {
    await run(function* (tx) {
      for (const table of ['users', 'calendars', 'idempotencyKeys', 'dossierSequences'] as const)
        yield* tx.delete(table, {});
    });
  });
  const run = <T>(body: (tx: Tx) => Generator<Promise<unknown>, T, unknown>) => suite.store().run(body);

  it('answers each call with its own values: equality, NULL, booleans, IN lists of any length', async () => {
    await run(function* (tx) {
      yield* tx.insert('users', [
        user('a'),
        user('b', { disabled: true }),
        user('c', { oidcSubject: 'sub-c' }),
      ]);
    });
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    const sel = (where: Where<'users'> | undefined, options?: SelectOptions<'users'>) =>
      run((tx) => tx.select('users', where, options));
    expect(ids(await sel({ id: 'a' }))).toEqual(['a']);
    expect(ids(await sel({ id: 'b' }))).toEqual(['b']);
    expect((await sel({ id: 'b' }))[0].disabled).toBe(true);
    expect(ids(await sel({ disabled: true }))).toEqual(['b']);
    expect(ids(await sel({ disabled: false }))).toEqual(['a', 'c']);
    expect(ids(await sel({ oidcSubject: null }))).toEqual(['a', 'b']);
    expect(ids(await sel({ oidcSubject: 'sub-c' }))).toEqual(['c']);
    expect(ids(await sel({ oidcSubject: { isNull: false } }))).toEqual(['c']);
    expect(ids(await sel({ oidcSubject: { isNull: true } }))).toEqual(['a', 'b']);
    expect(ids(await sel({ id: { in: ['a', 'c'] } }))).toEqual(['a', 'c']);
    expect(ids(await sel({ id: { in: ['b'] } }))).toEqual(['b']);
    expect(ids(await sel({ id: { in: [] } }))).toEqual([]);
    expect(ids(await sel({ id: { ne: 'a' } }))).toEqual(['b', 'c']);
    expect(ids(await sel({ id: { gt: 'a' }, disabled: false }))).toEqual(['c']);
    expect(ids(await sel({ id: 'a', oidcSubject: undefined }))).toEqual(['a']);
    const page = (offset: number) =>
      sel(undefined, { orderBy: [['id', 'desc']], limit: 1, offset }).then((r) => r.map((u) => u.id));
    expect([await page(0), await page(1), await page(2), await page(3)]).toEqual([['c'], ['b'], ['a'], []]);
    await expect(sel({ nope: 1 } as never)).rejects.toThrow(/no column nope/);
  });

  it('writes a column an insert leaves out as its default, in rows of different shapes alike', async () => {
    const { disabled: _, ...plain } = user('d');
    await run((tx) =>
      tx.insert('users', [plain, user('e', { disabled: true }), { ...user('f'), oidcSubject: undefined }]),
    );
    const rows = await run((tx) =>
      tx.select('users', { id: { in: ['d', 'e', 'f'] } }, { orderBy: [['id', 'asc']] }),
    );
    expect(rows.map((r) => [r.id, r.disabled, r.oidcSubject])).toEqual([
      ['d', false, null],
      ['e', true, null],
      ['f', false, null],
    ]);
  });

  it('encodes and decodes JSON columns, and upserts, updates and deletes with the values of each call', async () => {
    const put = (id: string, spec: object, updatedAt: number) =>
      run((tx) => tx.upsert('calendars', { id, spec, updatedAt }, ['id'], { spec, updatedAt }));
    await put('one', { holidays: ['2026-01-01'] }, 1);
    await put('two', { holidays: [] }, 2);
    await put('one', { holidays: ['2026-09-02'] }, 3);
    const get = async (id: string) => (await run((tx) => tx.select('calendars', { id })))[0];
    expect(await get('one')).toEqual({ id: 'one', spec: { holidays: ['2026-09-02'] }, updatedAt: 3 });
    expect(await get('two')).toEqual({ id: 'two', spec: { holidays: [] }, updatedAt: 2 });
    const specs = await run((tx) =>
      tx.select('calendars', undefined, { columns: ['spec', 'id'], orderBy: [['id', 'desc']] }),
    );
    expect(specs).toEqual([
      { spec: { holidays: [] }, id: 'two' },
      { spec: { holidays: ['2026-09-02'] }, id: 'one' },
    ]);

    expect(await run((tx) => tx.update('calendars', { updatedAt: 9 }, { id: 'two' }))).toBe(1);
    expect(await run((tx) => tx.update('calendars', { updatedAt: 9, spec: undefined }, { id: 'x' }))).toBe(0);
    expect((await get('two')).updatedAt).toBe(9);
    expect(await run((tx) => tx.delete('calendars', { id: 'one' }))).toBe(1);
    expect(await run((tx) => tx.delete('calendars', { id: 'one' }))).toBe(0);
    expect(await get('one')).toBeUndefined();

    const claim = (key: string) =>
      run((tx) =>
        tx.insert(
          'idempotencyKeys',
          { scope: 's', key, requestHash: 'h', response: { key }, createdAt: 1 },
          { ignoreConflicts: true },
        ),
      );
    expect([await claim('k1'), await claim('k1'), await claim('k2')]).toEqual([1, 0, 1]);
    const keys = await run((tx) =>
      tx.select('idempotencyKeys', { scope: 's' }, { orderBy: [['key', 'asc']] }),
    );
    expect(keys.map((k) => k.response)).toEqual([{ key: 'k1' }, { key: 'k2' }]);
  });

  it('counts the dossier sequence per unit and day', async () => {
    const next = (unit: string, day: string) => run((tx) => tx.nextSequence(unit, day));
    expect([await next('U1', '260101'), await next('U1', '260101'), await next('U2', '260101')]).toEqual([
      1, 2, 1,
    ]);
    expect(await next('U1', '260102')).toBe(1);
  });

  it('rolls back what a failed transaction wrote through reused queries', async () => {
    await run(function* (tx) {
      yield* tx.insert('users', user('a'));
    });
    await expect(
      run(function* (tx) {
        yield* tx.insert('users', user('z'));
        yield* tx.insert('users', user('a')); // primary key taken
      }),
    ).rejects.toThrow();
    expect((await run((tx) => tx.select('users', {}))).map((u) => u.id)).toEqual(['a']);
  });
});
