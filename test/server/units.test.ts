/**
 * Managing the unit tree through REST and tRPC, on both dialects: anyone reads it, only the system admin changes
 * it, every change is audited, and every refusal is a 4xx with a code, both languages and a path — never a 500,
 * never a write.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withStores } from '../support/db.ts';
import { cookieJar, errorOf, type TestServer } from '../support/http.ts';
import { demoServer } from './demo-server.ts';
import { trpcClient } from '../support/trpc.ts';

const PROVINCE = '000.00.00.H41';
const COMMUNE_ONE = '000.01.01.H41';
const COMMUNE_TWO = '000.01.02.H41';
const POLICE_ONE = '000.01.91.H41';
const JUSTICE = '000.00.23.H41';
const POLICE = '000.00.30.H41';

const name = (vi: string, en: string) => ({ vi, en });

await withStores('units', (suite) => {
  let server: TestServer;
  let cookie: (login: string) => Promise<string>;
  let adminId: string;

  const call = async (
    login: string | undefined,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse> =>
    server.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: login ? { cookie: await cookie(login) } : {},
      ...(payload ? { payload } : {}),
    });
  const trpc = trpcClient(
    () => server.app,
    (login) => cookie(login),
  );
  /** What a refusal must leave as it was: the audit log and every unit. */
  const snapshot = async () => ({
    audit: await server.store.count('auditLog'),
    units: JSON.stringify(await server.store.listUnits()),
  });
  const auditOf = async (target: string) => {
    const rows = await server.store.scanAudit('system', 0, 100_000);
    return rows.filter((r) => r.target === target);
  };

  beforeAll(async () => {
    server = await demoServer(suite);
    cookie = cookieJar(server.app);
    // Sign-ins are audited: signed in first, so that they are not counted as writes of the refusals below.
    for (const login of ['quantri', 'thietke', 'quantricoquan', 'congdan', 'lanhdao']) await cookie(login);
    adminId = (await server.store.findUserByLogin('quantri'))!.id;
  });
  afterAll(() => server?.close());

  it('shows the tree to anyone, signed in or not', async () => {
    for (const login of [undefined, 'congdan']) {
      const res = await call(login, 'GET', '/units');
      expect(res.statusCode, res.body).toBe(200);
      const { items } = res.json() as { items: { code: string; parentCode: string | null }[] };
      expect(items.find((u) => u.code === POLICE_ONE)).toMatchObject({
        parentCode: COMMUNE_ONE,
        kind: 'police',
        merger: null,
        successor: POLICE_ONE,
      });
    }
    const one = await call(undefined, 'GET', `/units/${PROVINCE}`);
    expect(one.json()).toMatchObject({ code: PROVINCE, parentCode: null, mergedFrom: [] });
    expect((await trpc.query('units.get', { code: COMMUNE_TWO })).data).toMatchObject({
      code: COMMUNE_TWO,
      kind: 'commune',
    });
  });

  it('lets the system admin create, rename and move a unit, each change audited with who and what', async () => {
    const created = await call('quantri', 'POST', '/units', {
      code: '000.01.03.H41',
      parentCode: PROVINCE,
      kind: 'commune',
      name: name('UBND xã Ba', 'Commune Three'),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({
      code: '000.01.03.H41',
      parentCode: PROVINCE,
      kind: 'commune',
      name: name('UBND xã Ba', 'Commune Three'),
      createdAt: '2026-11-23T09:00:00+07:00',
      merger: null,
      successor: '000.01.03.H41',
    });

    const renamed = await call('quantri', 'PATCH', '/units/000.01.03.H41', {
      name: name('  UBND phường Ba ', 'Ward Three'),
      kind: 'ward',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: name('UBND phường Ba', 'Ward Three'), kind: 'ward' });

    const moved = await trpc.mutate(
      'units.update',
      { code: '000.01.03.H41', parentCode: COMMUNE_TWO },
      'quantri',
    );
    expect(moved.status, moved.res.body).toBe(200);
    expect(moved.data).toMatchObject({ parentCode: COMMUNE_TWO, name: name('UBND phường Ba', 'Ward Three') });

    const entries = await auditOf('unit:000.01.03.H41');
    expect(entries.map((e) => [e.action, e.actorId])).toEqual([
      ['unit.create', adminId],
      ['unit.update', adminId],
      ['unit.update', adminId],
    ]);
    expect(entries[1].payload).toEqual({
      changes: {
        name: { from: name('UBND xã Ba', 'Commune Three'), to: name('UBND phường Ba', 'Ward Three') },
        kind: { from: 'commune', to: 'ward' },
      },
    });
    expect(entries[2].payload).toEqual({ changes: { parentCode: { from: PROVINCE, to: COMMUNE_TWO } } });

    // Asking for what is already so changes nothing and adds no audit entry.
    const before = await snapshot();
    const same = await call('quantri', 'PATCH', '/units/000.01.03.H41', { parentCode: COMMUNE_TWO });
    expect(same.statusCode).toBe(200);
    expect(await snapshot()).toEqual(before);
  });

  it('is for the system admin only', async () => {
    const attempts = [
      ['POST', '/units', { code: 'X1', parentCode: PROVINCE, kind: 'commune', name: name('X', 'X') }],
      ['PATCH', `/units/${JUSTICE}`, { name: name('Sở Tư pháp mới', 'New Justice') }],
      ['POST', `/units/${JUSTICE}/merge`, { into: POLICE, effectiveAt: '2027-01-01' }],
    ] as const;
    const before = await snapshot();
    for (const [method, url, payload] of attempts) {
      for (const login of ['thietke', 'quantricoquan', 'lanhdao', 'congdan']) {
        const res = await call(login, method, url, payload);
        expect(res.statusCode, `${login} ${method} ${url}`).toBe(403);
        expect(errorOf(res).code).toBe('FORBIDDEN');
      }
      const anonymous = await call(undefined, method, url, payload);
      expect(anonymous.statusCode).toBe(401);
      expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
    }
    const viaTrpc = await trpc.mutate(
      'units.merge',
      { code: JUSTICE, into: POLICE, effectiveAt: '2027-01-01' },
      'thietke',
    );
    expect([viaTrpc.status, viaTrpc.error?.code]).toEqual([403, 'FORBIDDEN']);
    expect(await snapshot()).toEqual(before);
  });

  it('lets only one of two moves at once through when together they would make a cycle', async () => {
    const pairs = Array.from({ length: 8 }, (_, i) => [`R${i}a`, `R${i}b`] as const);
    for (const code of pairs.flat()) {
      const created = await call('quantri', 'POST', '/units', {
        code,
        parentCode: PROVINCE,
        kind: 'office',
        name: name(code, code),
      });
      expect(created.statusCode).toBe(201);
    }
    const answers = await Promise.all(
      pairs.map(([a, b]) =>
        Promise.all([
          call('quantri', 'PATCH', `/units/${a}`, { parentCode: b }),
          call('quantri', 'PATCH', `/units/${b}`, { parentCode: a }),
        ]),
      ),
    );
    for (const pair of answers) {
      expect(pair.map((r) => r.statusCode).sort()).toEqual([200, 422]);
      expect(errorOf(pair.find((r) => r.statusCode === 422)!).code).toBe('UNIT_CYCLE');
    }
  });

  describe('refusals', () => {
    const merge = (code: string, into: string, effectiveAt = '2027-01-01') =>
      ['POST', `/units/${code}/merge`, { into, effectiveAt }] as const;
    const move = (code: string, parentCode: string | null) =>
      ['PATCH', `/units/${code}`, { parentCode }] as const;

    it.each([
      [
        'an unknown unit renamed',
        ['PATCH', '/units/000.09.09.H41', { name: name('A', 'A') }],
        404,
        'UNIT_NOT_FOUND',
        '/code',
      ],
      ['an unknown unit merged', merge('000.09.09.H41', PROVINCE), 404, 'UNIT_NOT_FOUND', '/code'],
      ['a merger into an unknown unit', merge(JUSTICE, '000.09.09.H41'), 422, 'UNIT_UNKNOWN', '/into'],
      ['a move under an unknown unit', move(JUSTICE, '000.09.09.H41'), 422, 'UNIT_UNKNOWN', '/parentCode'],
      ['a move under itself', move(COMMUNE_ONE, COMMUNE_ONE), 422, 'UNIT_CYCLE', '/parentCode'],
      ['a move under its own sub-unit', move(COMMUNE_ONE, POLICE_ONE), 422, 'UNIT_CYCLE', '/parentCode'],
      ['the province moved under a commune', move(PROVINCE, COMMUNE_TWO), 422, 'UNIT_CYCLE', '/parentCode'],
      ['a merger into itself', merge(COMMUNE_ONE, COMMUNE_ONE), 422, 'UNIT_MERGE_SELF', '/into'],
      ['a merger into its own sub-unit', merge(COMMUNE_ONE, POLICE_ONE), 422, 'UNIT_CYCLE', '/into'],
      ['a merger dated nowhen', merge(JUSTICE, POLICE, 'soon'), 400, 'INPUT_INVALID', '/effectiveAt'],
      ['a merger on 30 February', merge(JUSTICE, POLICE, '2027-02-30'), 400, 'INPUT_INVALID', '/effectiveAt'],
      [
        'a rename to an empty name',
        ['PATCH', `/units/${JUSTICE}`, { name: name('', 'Justice') }],
        400,
        'VALIDATION_FAILED',
        '/body/name/vi',
      ],
      [
        'a rename to blanks',
        ['PATCH', `/units/${JUSTICE}`, { name: name('Sở Tư pháp', '   ') }],
        400,
        'INPUT_INVALID',
        '/name/en',
      ],
      ['a change of nothing', ['PATCH', `/units/${JUSTICE}`, {}], 400, 'VALIDATION_FAILED', '/body'],
      [
        'an unknown field',
        ['PATCH', `/units/${JUSTICE}`, { name: name('A', 'A'), mergedInto: POLICE }],
        400,
        'VALIDATION_FAILED',
        '/body/mergedInto',
      ],
      [
        'a code taken',
        ['POST', '/units', { code: JUSTICE, parentCode: PROVINCE, kind: 'department', name: name('A', 'A') }],
        409,
        'UNIT_EXISTS',
        '/code',
      ],
      [
        'a code with a dash (dossier codes use it)',
        ['POST', '/units', { code: 'A-1', parentCode: PROVINCE, kind: 'x', name: name('A', 'A') }],
        400,
        'VALIDATION_FAILED',
        '/body/code',
      ],
      [
        'a new unit under an unknown one',
        ['POST', '/units', { code: 'A1', parentCode: 'B1', kind: 'x', name: name('A', 'A') }],
        422,
        'UNIT_UNKNOWN',
        '/parentCode',
      ],
    ] as const)(
      '%s: %i %s at %s, nothing written',
      async (_what, [method, url, payload], status, code, path) => {
        const before = await snapshot();
        const res = await call('quantri', method, url, payload);
        expect(res.statusCode, res.body).toBe(status);
        const error = errorOf(res);
        expect(error).toMatchObject({ code, path });
        expect(error.message.vi).not.toEqual(error.message.en);
        expect(await snapshot()).toEqual(before);
      },
    );

    it('refuses the same through tRPC, with the same error', async () => {
      const before = await snapshot();
      const res = await trpc.mutate(
        'units.merge',
        { code: COMMUNE_ONE, into: POLICE_ONE, effectiveAt: '2027-01-01' },
        'quantri',
      );
      expect(res.status).toBe(422);
      expect(res.error).toMatchObject({ code: 'UNIT_CYCLE', path: '/into' });
      const unknown = await trpc.query('units.get', { code: '000.09.09.H41' });
      expect([unknown.status, unknown.error?.code]).toEqual([404, 'UNIT_NOT_FOUND']);
      expect(await snapshot()).toEqual(before);
    });

    it('treats a merged unit as history: not changed, not merged again, nothing put under it or merged into it', async () => {
      const merged = await call('quantri', 'POST', `/units/${JUSTICE}/merge`, {
        into: POLICE,
        effectiveAt: '2026-11-01',
      });
      expect(merged.statusCode, merged.body).toBe(200);
      expect(merged.json()).toMatchObject({
        code: JUSTICE,
        merger: { into: POLICE, at: '2026-11-01T00:00:00+07:00' },
        successor: POLICE,
      });
      expect((await auditOf(`unit:${JUSTICE}`)).map((e) => [e.action, e.payload])).toEqual([
        ['unit.merge', { into: POLICE, effectiveAt: '2026-11-01T00:00:00+07:00' }],
      ]);
      expect((await call(undefined, 'GET', `/units/${POLICE}`)).json().mergedFrom).toEqual([
        { code: JUSTICE, at: '2026-11-01T00:00:00+07:00' },
      ]);

      const attempts = [
        [['PATCH', `/units/${JUSTICE}`, { name: name('A', 'A') }], 409, 'UNIT_MERGED', '/code'],
        [merge(JUSTICE, COMMUNE_ONE), 409, 'UNIT_ALREADY_MERGED', '/code'],
        [
          ['POST', '/units', { code: 'A2', parentCode: JUSTICE, kind: 'x', name: name('A', 'A') }],
          409,
          'UNIT_MERGED',
          '/parentCode',
        ],
        [move(COMMUNE_TWO, JUSTICE), 409, 'UNIT_MERGED', '/parentCode'],
        [merge(COMMUNE_TWO, JUSTICE), 409, 'UNIT_MERGED', '/into'],
        // The police merging into a unit that merges into it: a cycle of mergers.
        [merge(POLICE, JUSTICE, '2026-10-01'), 422, 'UNIT_CYCLE', '/into'],
      ] as const;
      const before = await snapshot();
      for (const [[method, url, payload], status, code, path] of attempts) {
        const res = await call('quantri', method, url, payload);
        expect(res.statusCode, `${method} ${url} ${res.body}`).toBe(status);
        expect(errorOf(res)).toMatchObject({ code, path });
      }
      expect(await snapshot()).toEqual(before);
    });
  });
});
