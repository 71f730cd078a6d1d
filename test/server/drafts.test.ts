/**
 * Drafts of applications kept by the server (form_drafts): saved and replaced as the form is filled, a stale
 * device's save refused, the citizen's alone, bounded, gone once the procedure is submitted or the draft
 * discarded. Both dialects.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RevisionConflict } from '../../server/store/index.ts';
import { getDraft, saveDraft } from '../../server/store/drafts.ts';
import { withStores } from '../support/db.ts';
import { BIRTH, JUDICIAL } from '../support/examples.ts';
import { cookieJar, errorOf, type TestServer } from '../support/http.ts';
import { trpcClient } from '../support/trpc.ts';
import { multipart, SAMPLES } from './attachments-support.ts';
import { demoServer } from './demo-server.ts';
import { submitOnline } from './online-submission.ts';

const CODE = BIRTH.procedureCode;

await withStores('drafts of applications', (suite) => {
  let server: TestServer;
  let cookie: (login: string) => Promise<string>;

  beforeAll(async () => {
    server = await demoServer(suite, {
      users: [
        {
          login: 'congdan2',
          password: 'pw-congdan2',
          roles: [{ unitCode: '000.00.00.H41', role: 'citizen' }],
        },
      ],
    });
    cookie = cookieJar(server.app, { congdan2: 'pw-congdan2' });
  });
  afterAll(() => server.close());

  const call = async (login: string, method: InjectOptions['method'], url: string, payload?: object) =>
    server.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await cookie(login) }, payload });
  const save = (login: string, body: object, code = CODE) => call(login, 'PUT', `/me/drafts/${code}`, body);
  const get = (login: string, code = CODE) => call(login, 'GET', `/me/drafts/${code}`);
  const discard = (login: string, code = CODE) => call(login, 'DELETE', `/me/drafts/${code}`);
  const drafts = () => suite.store().count('formDrafts');
  const upload = async (login: string, componentId: string) => {
    const { payload, contentType } = multipart(
      { componentId, procedureCode: CODE },
      { name: `${componentId}.pdf`, type: 'application/pdf', bytes: SAMPLES.pdf },
    );
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      payload,
      headers: { cookie: await cookie(login), 'content-type': contentType },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  it('saves a draft, gives it back on another device, and replaces it over the revision it saw', async () => {
    await discard('congdan');
    const first = await save('congdan', { data: { child: { fullName: 'Nguyễn Văn' } } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ revision: 1, updatedAt: expect.stringMatching(/\+07:00$/) });

    const resumed = await get('congdan');
    expect(resumed.statusCode, resumed.body).toBe(200);
    const live = (await suite.store().getProcedure(CODE))!.liveVersionId;
    expect(resumed.json()).toMatchObject({
      procedureCode: CODE,
      versionId: live,
      data: { child: { fullName: 'Nguyễn Văn' } },
      attachments: [],
      revision: 1,
    });

    const second = await save('congdan', { data: BIRTH.data, revision: 1 });
    expect(second.json()).toMatchObject({ revision: 2 });
    expect((await get('congdan')).json()).toMatchObject({ data: BIRTH.data, revision: 2 });
    // Without a revision the save replaces whatever is there (a page that starts afresh).
    expect((await save('congdan', { data: {} })).json()).toMatchObject({ revision: 3 });

    const list = await call('congdan', 'GET', '/me/drafts');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        procedureCode: CODE,
        procedureName: { vi: expect.stringMatching(/khai sinh/i), en: expect.any(String) },
        live: true,
        revision: 3,
      }),
    ]);
  });

  it('refuses the save of a device that did not see the last one (409 DRAFT_CHANGED), writing nothing', async () => {
    await discard('congdan');
    const { revision } = (await save('congdan', { data: { step: 1 } })).json();
    // Two devices opened revision 1: the phone saves first, then the computer.
    expect((await save('congdan', { data: { step: 'phone' }, revision })).statusCode).toBe(200);
    const stale = await save('congdan', { data: { step: 'computer' }, revision });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale)).toMatchObject({
      code: 'DRAFT_CHANGED',
      path: '/revision',
      details: { currentRevision: revision + 1 },
    });
    expect((await get('congdan')).json()).toMatchObject({ data: { step: 'phone' }, revision: revision + 1 });

    // The draft was submitted or discarded elsewhere: a save over the revision seen is refused too.
    await discard('congdan');
    const gone = await save('congdan', { data: { step: 'late' }, revision: revision + 1 });
    expect([gone.statusCode, errorOf(gone).details]).toEqual([409, { currentRevision: null }]);
    expect((await get('congdan')).statusCode).toBe(404);
  });

  it('lets one of two saves over the same revision win when they race', async () => {
    const user = (await suite.store().findUserByLogin('congdan2'))!.id;
    const key = { userId: user, procedureCode: JUDICIAL.procedureCode };
    const versionId = (await suite.store().getProcedure(JUDICIAL.procedureCode))!.liveVersionId!;
    const audit = { at: server.clock.now, actorId: user, action: 'draft.save', target: 'draft:test' };
    const draft = (n: number) => ({
      ...key,
      versionId,
      data: { n },
      attachments: [],
      updatedAt: server.clock.now,
    });
    await saveDraft(suite.store(), draft(0), undefined, audit);
    const results = await Promise.allSettled(
      [1, 2, 3].map((n) => saveDraft(suite.store(), draft(n), 1, audit)),
    );
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => r.value)).toEqual([2]);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect(r.reason).toBeInstanceOf(RevisionConflict);
    expect((await getDraft(suite.store(), key))!.revision).toBe(2);
  });

  it('keeps a draft to its citizen: others find none, and officers keep no drafts', async () => {
    await save('congdan', { data: { secret: 'của congdan' } });
    const other = await get('congdan2');
    expect([other.statusCode, errorOf(other).code]).toEqual([404, 'DRAFT_NOT_FOUND']);
    expect((await call('congdan2', 'GET', '/me/drafts')).json().items).not.toContainEqual(
      expect.objectContaining({ procedureCode: CODE }),
    );
    // Their own draft of the same procedure is another draft.
    expect((await save('congdan2', { data: { own: true } })).statusCode).toBe(200);
    expect((await get('congdan')).json().data).toEqual({ secret: 'của congdan' });

    const before = await drafts();
    for (const res of [await get('motcua'), await save('motcua', { data: {} }), await discard('motcua')]) {
      expect([res.statusCode, errorOf(res).code]).toEqual([403, 'FORBIDDEN']);
    }
    const anonymous = await server.app.inject({ method: 'GET', url: `/api/v1/me/drafts/${CODE}` });
    expect(anonymous.statusCode).toBe(401);
    expect(await drafts()).toBe(before);
  });

  it('bounds the form data (413 DRAFT_TOO_LARGE), refuses what cannot be stored, and needs a live procedure', async () => {
    const before = await suite.store().run((tx) => tx.select('formDrafts'), 'read');
    const big = await save('congdan', { data: { note: 'ạ'.repeat(100_000) } });
    expect(big.statusCode).toBe(413);
    expect(errorOf(big)).toMatchObject({
      code: 'DRAFT_TOO_LARGE',
      path: '/data',
      details: { maxBytes: 262_144 },
      message: { vi: expect.stringMatching(/quá lớn/), en: expect.stringMatching(/too large/) },
    });
    const nul = await save('congdan', { data: { note: 'a\u0000b' } });
    expect([nul.statusCode, errorOf(nul).code]).toEqual([400, 'JSON_NUL_CHARACTER']);
    // A backslash typed before "u0000" is text, not a NUL.
    expect((await save('congdan', { data: { note: '\\u0000' } })).statusCode).toBe(200);
    const unknown = await save('congdan', { data: {} }, '9.999999');
    expect([unknown.statusCode, errorOf(unknown).code]).toEqual([404, 'PROCEDURE_NOT_FOUND']);
    const after = await suite.store().run((tx) => tx.select('formDrafts'), 'read');
    expect(after.length).toBe(before.length);
  });

  it('keeps the draft’s files while they can still be handed in, and refuses another person’s', async () => {
    const mine = await upload('congdan', 'birth_certificate');
    const theirs = await upload('congdan2', 'applicant_id');
    const refused = await save('congdan', { data: {}, attachments: [theirs] });
    expect([refused.statusCode, errorOf(refused).code]).toEqual([403, 'ATTACHMENT_NOT_OWNED']);

    expect((await save('congdan', { data: {}, attachments: [mine] })).statusCode).toBe(200);
    expect((await get('congdan')).json().attachments).toEqual([
      expect.objectContaining({ id: mine, componentId: 'birth_certificate', mediaType: 'application/pdf' }),
    ]);
  });

  it('is removed by the submission of the procedure, in the same transaction; others’ drafts stay', async () => {
    expect((await save('congdan', { data: BIRTH.data })).statusCode).toBe(200);
    expect((await save('congdan2', { data: { own: true } })).statusCode).toBe(200);
    const submitted = await submitOnline(server.app, await cookie('congdan'), 'birth-registration', BIRTH);
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect((await get('congdan')).statusCode).toBe(404);
    expect((await get('congdan2')).statusCode).toBe(200);
  });

  it('is discarded (204, audited), and discarding it again changes nothing', async () => {
    expect((await save('congdan', { data: { x: 1 } })).statusCode).toBe(200);
    const removed = await discard('congdan');
    expect([removed.statusCode, removed.body]).toEqual([204, '']);
    expect((await get('congdan')).statusCode).toBe(404);
    const audited = async () =>
      (await suite.store().run((tx) => tx.select('auditLog', { action: 'draft.discard' }), 'read')).length;
    const entries = await audited();
    expect((await discard('congdan')).statusCode).toBe(204);
    expect(await audited()).toBe(entries);
  });

  it('works the same through tRPC (drafts.save, drafts.get, drafts.list, drafts.discard)', async () => {
    const { query, mutate } = trpcClient(() => server.app, cookie);
    const saved = await mutate('drafts.save', { code: CODE, data: { via: 'trpc' } }, 'congdan');
    expect(saved.status, saved.res.body).toBe(200);
    const stale = await mutate('drafts.save', { code: CODE, data: {}, revision: 99 }, 'congdan');
    expect([stale.status, stale.error?.code]).toEqual([409, 'DRAFT_CHANGED']);
    expect((await query('drafts.get', { code: CODE }, 'congdan')).data).toMatchObject({
      data: { via: 'trpc' },
    });
    expect((await query('drafts.list', {}, 'congdan')).data.total).toBeGreaterThan(0);
    expect((await mutate('drafts.discard', { code: CODE }, 'congdan')).status).toBe(200);
    expect((await query('drafts.get', { code: CODE }, 'congdan')).error?.code).toBe('DRAFT_NOT_FOUND');
  });
});
