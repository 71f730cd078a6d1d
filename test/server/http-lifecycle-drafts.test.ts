/**
 * Creating and saving drafts through REST: the three sources, malformed bundles (a specific 422 each, nothing
 * stored), bad requests, and who may do what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword, errorOf, seedDemoFast, signIn, testServer, type TestServer } from '../support/http.ts';
import { example } from '../support/examples.ts';
import { client, type Client } from './http-lifecycle-support.ts';
import { rowCounts } from './services-support.ts';

let server: TestServer;
let api: Client;
let birthLive: string;
beforeAll(async () => {
  server = await testServer({
    setup: (store, clock) => seedDemoFast(store, clock.now).then(() => undefined),
  });
  api = client(server);
  await api.signIn('thietke', 'congdan', 'motcua', 'lanhdao', 'pheduyet', 'thanhtra', 'quantricoquan');
  birthLive = (await api.call('GET', '/api/v1/procedures/1.001193')).json().versionId;
});
afterAll(() => server.close());

const FORMAT = 'motcua.procedure-bundle';

/** What a refused request must leave untouched. */
const stored = () => rowCounts(server.store);

/** As the demo designer unless told; null: anonymous. */
const draft = (payload: unknown, login: string | null = 'thietke') =>
  api.call('POST', '/api/v1/procedures/drafts', login ?? undefined, payload);

describe('POST /procedures/drafts', () => {
  it.each([
    ['JSON text that is not JSON', '{"format": "motcua', 'BUNDLE_INVALID', ''],
    ['not an object', [1, 2], 'BUNDLE_INVALID', ''],
    ['null', null, 'BUNDLE_INVALID', ''],
    [
      'another format',
      { format: 'zip', version: 1, definition: { code: 'X.1' } },
      'BUNDLE_INVALID',
      '/format',
    ],
    ['no format', { version: 1, definition: { code: 'X.1' } }, 'BUNDLE_INVALID', '/format'],
    [
      'a later bundle version',
      { format: FORMAT, version: 2, definition: { code: 'X.1' } },
      'BUNDLE_VERSION_UNSUPPORTED',
      '/version',
    ],
    ['no definition', { format: FORMAT, version: 1 }, 'BUNDLE_INVALID', '/definition'],
    [
      'a definition that is a list',
      { format: FORMAT, version: 1, definition: [] },
      'BUNDLE_INVALID',
      '/definition',
    ],
    [
      'a definition without a code',
      { format: FORMAT, version: 1, definition: { name: { vi: 'x', en: 'x' } } },
      'BUNDLE_INVALID',
      '/definition/code',
    ],
    [
      'JSON text of a bundle without a definition',
      JSON.stringify({ format: FORMAT, version: 1 }),
      'BUNDLE_INVALID',
      '/definition',
    ],
  ])('refuses a bundle with %s: 422, nothing stored', async (_what, bundle, code, path) => {
    const before = await stored();
    const res = await draft({ bundle });
    expect(res.statusCode, res.body).toBe(422);
    const error = errorOf(res);
    expect(error).toMatchObject({ code, path });
    expect(error.message.vi).not.toBe(error.message.en);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['an empty body', {}, '/body'],
    ['two sources at once', { fromVersion: 'x', bundle: {} }, '/body'],
    ['an unknown key', { copy: 'x' }, '/body/copy'],
    ['a definition without a code', { definition: { name: 'x' } }, '/body/definition/code'],
    ['a definition with an unusable code', { definition: { code: '../etc' } }, '/body/definition/code'],
    ['a skeleton without a name', { scratch: { code: '9.1', sector: 's', unit: 'u' } }, '/body/scratch/name'],
  ])('refuses %s with 400 and the path', async (_what, payload, path) => {
    const before = await stored();
    const res = await draft(payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: 'VALIDATION_FAILED', path });
    expect(await stored()).toEqual(before);
  });

  it('refuses invalid JSON and a copy of a version that does not exist', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/procedures/drafts',
      headers: {
        cookie: await signIn(server.app, 'thietke', demoPassword('thietke')),
        'content-type': 'application/json',
      },
      payload: '{"fromVersion": ',
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe('INVALID_JSON');
    const missing = await draft({ fromVersion: 'no-such-version' });
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).code).toBe('VERSION_NOT_FOUND');
  });

  it('imports a bundle given as JSON text, and keeps an invalid definition as a draft with its problems', async () => {
    const text = JSON.stringify({ format: FORMAT, version: 1, definition: example('judicial-record') });
    const imported = await api.expectOk(await draft({ bundle: text }), 201);
    expect(imported).toMatchObject({ procedureCode: '2.001417', version: 2, status: 'draft', problems: [] });

    const invalid = { ...example('judicial-record'), process: { nodes: [], edges: [] } };
    const kept = await api.expectOk(
      await draft({ bundle: { format: FORMAT, version: 1, definition: invalid } }),
      201,
    );
    expect((kept.problems as { severity: string }[]).some((p) => p.severity === 'error')).toBe(true);
    // The live version is untouched by drafts.
    expect((await api.call('GET', '/api/v1/procedures/2.001417')).json().definition).toEqual(
      example('judicial-record'),
    );
  });

  it('starts a new procedure from scratch, from a skeleton or from a whole definition, not live yet', async () => {
    const skeleton = await api.expectOk(
      await draft({
        scratch: {
          code: '9.000001',
          name: { vi: 'Thủ tục thử', en: 'Test procedure' },
          sector: 'thu-nghiem',
          unit: '000.01.01.H41',
        },
      }),
      201,
    );
    expect(skeleton).toMatchObject({ procedureCode: '9.000001', version: 1, status: 'draft', live: false });
    const notLive = await api.call('GET', '/api/v1/procedures/9.000001');
    expect(errorOf(notLive).code).toBe('PROCEDURE_NOT_LIVE');

    const whole = await api.expectOk(
      await draft({ definition: { ...example('household-business'), code: '9.000002' } }),
      201,
    );
    expect(whole).toMatchObject({ procedureCode: '9.000002', version: 1, problems: [] });
    const listed = await api.expectOk(
      await api.call('GET', '/api/v1/procedures/9.000002/versions', 'thietke'),
    );
    expect((listed.items as { id: string }[]).map((v) => v.id)).toEqual([whole.id]);
  });

  it('is for designers and system admins only', async () => {
    const before = await stored();
    const anonymous = await draft({ fromVersion: birthLive }, null);
    expect(anonymous.statusCode).toBe(401);
    expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
    for (const login of ['congdan', 'motcua', 'lanhdao', 'pheduyet', 'thanhtra', 'quantricoquan']) {
      const res = await draft({ fromVersion: birthLive }, login);
      expect(res.statusCode, login).toBe(403);
      expect(errorOf(res).code, login).toBe('FORBIDDEN');
    }
    expect(await stored()).toEqual(before);
    await api.expectOk(await draft({ fromVersion: birthLive }, 'quantri'), 201);
  });
});

describe('GET /designer/procedures', () => {
  it('lists every procedure, a draft-only one too, with its versions, searched without diacritics; configuration roles only', async () => {
    const created = await draft({
      scratch: {
        code: '2.000777',
        name: { vi: 'Cấp bản sao trích lục', en: 'Extract copy' },
        sector: 'Hộ tịch',
        unit: '000.00.23.H41',
      },
    });
    const { id } = (await api.expectOk(created, 201)) as { id: string };
    const found = await api.expectOk(
      await api.call('GET', '/api/v1/designer/procedures?q=cap%20ban%20sao%20trich', 'pheduyet'),
    );
    expect(found).toMatchObject({
      total: 1,
      items: [
        {
          code: '2.000777',
          liveVersionId: null,
          versions: [{ id, version: 1, status: 'draft', live: false }],
        },
      ],
    });
    const all = (await api.expectOk(
      await api.call('GET', '/api/v1/designer/procedures?limit=100', 'thietke'),
    )) as {
      items: { code: string; versions: { live: boolean }[] }[];
    };
    const birth = all.items.find((p) => p.code === '1.001193')!;
    expect(birth.versions.some((v) => v.live)).toBe(true);
    const citizen = await api.call('GET', '/api/v1/designer/procedures', 'congdan');
    expect(citizen.statusCode).toBe(403);
  });
});

describe('PUT /procedure-versions/{id}', () => {
  it('refuses to change the procedure code, a body without a definition, and an unknown version', async () => {
    const created = (await draft({ fromVersion: birthLive })).json() as { id: string };
    const url = `/api/v1/procedure-versions/${created.id}`;
    const renamed = await api.call('PUT', url, 'thietke', {
      definition: { ...example('birth-registration'), code: '1.999999' },
    });
    expect(renamed.statusCode).toBe(422);
    expect(errorOf(renamed)).toMatchObject({ code: 'PROCEDURE_CODE_CHANGED', path: '/definition/code' });

    const bare = await api.call('PUT', url, 'thietke', { definition: 'x' });
    expect(errorOf(bare)).toMatchObject({ code: 'VALIDATION_FAILED', path: '/body/definition' });
    const missing = await api.call('PUT', '/api/v1/procedure-versions/nope', 'thietke', {
      definition: example('birth-registration'),
    });
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).code).toBe('VERSION_NOT_FOUND');
    const citizen = await api.call('PUT', url, 'congdan', { definition: example('birth-registration') });
    expect(citizen.statusCode).toBe(403);
  });

  it('saves on the content it was based on, and answers a save based on stale content with DRAFT_CONFLICT', async () => {
    const created = (await draft({ fromVersion: birthLive })).json() as { id: string; contentHash: string };
    const url = `/api/v1/procedure-versions/${created.id}`;
    const base = example('birth-registration');
    // The first tab saves on what it loaded; the second tab still holds that same base.
    const first = await api.call('PUT', url, 'thietke', {
      definition: { ...base, sector: 'Hộ tịch (tab 1)' },
      baseHash: created.contentHash,
    });
    const saved = (await api.expectOk(first)) as { version: { contentHash: string } };
    expect(saved.version.contentHash).not.toBe(created.contentHash);
    const before = await stored();
    const second = await api.call('PUT', url, 'thietke', {
      definition: { ...base, sector: 'Hộ tịch (tab 2)' },
      baseHash: created.contentHash,
    });
    expect(second.statusCode).toBe(409);
    expect(errorOf(second)).toMatchObject({
      code: 'DRAFT_CONFLICT',
      path: '/baseHash',
      details: { contentHash: saved.version.contentHash },
    });
    expect(errorOf(second).message.vi).toMatch(/tải lại/);
    expect(await stored()).toEqual(before);
    // Overwriting is a save on the latest content (or one without a base).
    const overwrite = await api.call('PUT', url, 'thietke', {
      definition: { ...base, sector: 'Hộ tịch (tab 2)' },
      baseHash: saved.version.contentHash,
    });
    expect(overwrite.statusCode).toBe(200);
  });

  it('never edits a published version', async () => {
    const res = await api.call('PUT', `/api/v1/procedure-versions/${birthLive}`, 'thietke', {
      definition: example('birth-registration'),
    });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res)).toMatchObject({ code: 'VERSION_STATE_CONFLICT', details: { status: 'published' } });
  });
});

describe('reading versions', () => {
  it('lists versions for those who configure or audit procedures, not for others', async () => {
    for (const login of ['thietke', 'pheduyet', 'quantri', 'thanhtra']) {
      await api.expectOk(await api.call('GET', '/api/v1/procedures/1.001193/versions', login));
    }
    for (const login of ['congdan', 'motcua']) {
      expect((await api.call('GET', '/api/v1/procedures/1.001193/versions', login)).statusCode, login).toBe(
        403,
      );
    }
    const unknown = await api.call('GET', '/api/v1/procedures/9.999999/versions', 'thietke');
    expect(errorOf(unknown).code).toBe('PROCEDURE_NOT_FOUND');
  });

  it('answers a diff or export of an unknown version with 404, and a bad id with 400', async () => {
    const diff = await api.call('GET', `/api/v1/procedure-versions/${birthLive}/diff/nope`, 'thietke');
    expect(diff.statusCode).toBe(404);
    expect(errorOf(diff).code).toBe('VERSION_NOT_FOUND');
    const exported = await api.call('GET', '/api/v1/procedure-versions/nope/export', 'thietke');
    expect(exported.statusCode).toBe(404);
    const bad = await api.call('GET', '/api/v1/procedure-versions/a%20b', 'thietke');
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad)).toMatchObject({ code: 'VALIDATION_FAILED', path: '/params/id' });
  });

  it('exports a published version to anyone, as a file', async () => {
    const res = await api.call('GET', `/api/v1/procedure-versions/${birthLive}/export`);
    await api.expectOk(res);
    expect(res.headers['content-disposition']).toBe('attachment; filename="1.001193-v1.motcua.json"');
    expect(res.json().definition).toEqual(example('birth-registration'));
  });
});
