/**
 * The personal data store (vault) for files: the documents a citizen handed in with earlier dossiers, listed for
 * them alone, and reused in a new application (a submission or its draft) without uploading them again: only
 * their own, only where the component takes them, audited. Both dialects.
 */
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withStores } from '../support/db.ts';
import { BIRTH } from '../support/examples.ts';
import { cookieJar, errorOf, type TestServer } from '../support/http.ts';
import { BUSINESS_CODE, multipart, SAMPLES } from './attachments-support.ts';
import { demoServer } from './demo-server.ts';

await withStores('personal data store', (suite) => {
  let server: TestServer;
  let cookie: (login: string) => Promise<string>;
  /** congdan's birth registration: its birth certificate (PDF) and the mother's ID card (JPEG), and a loose file. */
  const first = { code: '', certificate: '', idCard: '', loose: '' };

  const call = async (login: string, method: InjectOptions['method'], url: string, payload?: object) =>
    server.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: await cookie(login) }, payload });
  const FILES = {
    pdf: { ext: 'pdf', type: 'application/pdf' },
    jpeg: { ext: 'jpg', type: 'image/jpeg' },
  } as const;
  const upload = async (login: string, componentId: string, kind: keyof typeof FILES) => {
    const { ext, type } = FILES[kind];
    const { payload, contentType } = multipart(
      { componentId, procedureCode: BIRTH.procedureCode },
      { name: `${componentId}.${ext}`, type, bytes: SAMPLES[kind] },
    );
    // Apart in time: the store lists the newest first.
    server.clock.now += 60_000;
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      payload,
      headers: { cookie: await cookie(login), 'content-type': contentType },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const submit = async (login: string, attachments: string[]) => {
    const res = await call(login, 'POST', '/dossiers', { ...BIRTH, attachments });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().code as string;
  };
  const reuse = (login: string, id: string, componentId: string, procedureCode = BIRTH.procedureCode) =>
    call(login, 'POST', `/attachments/${id}/reuse`, { componentId, procedureCode });
  const mine = async (login: string, query = '') => {
    const res = await call(login, 'GET', `/me/documents${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { total: number; items: Record<string, unknown>[] };
  };
  const attachmentRows = () => suite.store().count('attachments');

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
    first.certificate = await upload('congdan', 'birth_certificate', 'pdf');
    first.idCard = await upload('congdan', 'applicant_id', 'jpeg');
    first.code = await submit('congdan', [first.certificate, first.idCard]);
    first.loose = await upload('congdan', 'applicant_id', 'pdf');
    await submit('congdan2', [await upload('congdan2', 'birth_certificate', 'pdf')]);
  });
  afterAll(() => server.close());

  it('lists the files handed in with the citizen’s dossiers, newest first, for them alone', async () => {
    const { total, items } = await mine('congdan');
    expect(total).toBe(2);
    expect(items).toEqual([
      {
        id: first.idCard,
        fileName: 'applicant_id.jpg',
        size: SAMPLES.jpeg.length,
        mediaType: 'image/jpeg',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        componentId: 'applicant_id',
        componentName: { vi: expect.any(String), en: expect.any(String) },
        dossierCode: first.code,
        procedureCode: BIRTH.procedureCode,
        procedureName: { vi: expect.stringMatching(/khai sinh/i), en: expect.any(String) },
        uploadedAt: expect.stringMatching(/\+07:00$/),
      },
      expect.objectContaining({
        id: first.certificate,
        componentName: { vi: 'Giấy chứng sinh', en: 'Birth certificate (medical)' },
      }),
    ]);
    // A file not handed in yet is not in the store; nor is another citizen's.
    expect(items.map((d) => d.id)).not.toContain(first.loose);
    expect((await mine('congdan2')).items.map((d) => d.dossierCode)).not.toContain(first.code);
    const paged = await mine('congdan', '?limit=1&offset=1');
    expect([paged.total, paged.items.map((d) => d.id)]).toEqual([2, [first.certificate]]);
    const officer = await call('motcua', 'GET', '/me/documents');
    expect([officer.statusCode, errorOf(officer).code]).toEqual([403, 'FORBIDDEN']);
  });

  it('reuses a document as a new upload of the caller’s, same content, that a new submission takes', async () => {
    const res = await reuse('congdan', first.certificate, 'birth_certificate');
    expect(res.statusCode, res.body).toBe(201);
    const copy = res.json();
    expect(copy).toMatchObject({ componentId: 'birth_certificate', mediaType: 'application/pdf' });
    expect(copy.id).not.toBe(first.certificate);
    const download = await call('congdan', 'GET', `/attachments/${copy.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(SAMPLES.pdf)).toBe(true);

    const [entry] = await suite
      .store()
      .run(
        (tx) => tx.select('auditLog', { action: 'attachment.reuse', target: `attachment:${copy.id}` }),
        'read',
      );
    expect(entry).toMatchObject({ payload: { id: copy.id, from: first.certificate, sha256: copy.sha256 } });

    // The copy serves a draft, then the submission; the original stays with its dossier.
    const draft = await call('congdan', 'PUT', `/me/drafts/${BIRTH.procedureCode}`, {
      data: BIRTH.data,
      attachments: [copy.id],
    });
    expect(draft.statusCode, draft.body).toBe(200);
    const second = await submit('congdan', [copy.id]);
    const original = (await suite.store().getDossier({ code: first.code }))!.id;
    const rows = await suite
      .store()
      .run(
        (tx) =>
          tx.select(
            'attachments',
            { id: { in: [copy.id, first.certificate] } },
            { columns: ['id', 'dossierId'] },
          ),
        'read',
      );
    const secondId = (await suite.store().getDossier({ code: second }))!.id;
    expect(Object.fromEntries(rows.map((r) => [r.id, r.dossierId]))).toEqual({
      [copy.id]: secondId,
      [first.certificate]: original,
    });
    expect((await mine('congdan')).items.map((d) => d.dossierCode)).toContain(second);
  });

  it('refuses other people’s files, files not handed in, unknown ones and misfits, writing nothing', async () => {
    const before = await attachmentRows();
    const theirs = await reuse('congdan2', first.certificate, 'birth_certificate');
    expect([theirs.statusCode, errorOf(theirs).code]).toEqual([403, 'FORBIDDEN']);
    const officer = await reuse('motcua', first.certificate, 'birth_certificate');
    expect(officer.statusCode).toBe(403);
    const loose = await reuse('congdan', first.loose, 'applicant_id');
    expect([loose.statusCode, errorOf(loose).code]).toEqual([403, 'FORBIDDEN']);
    const unknown = await reuse('congdan', '00000000-0000-0000-0000-000000000000', 'applicant_id');
    expect([unknown.statusCode, errorOf(unknown).code]).toEqual([404, 'ATTACHMENT_NOT_FOUND']);
    // A household business application takes PDF only: the ID card photo does not fit it.
    const misfit = await reuse('congdan', first.idCard, 'application', BUSINESS_CODE);
    expect([misfit.statusCode, errorOf(misfit).code]).toEqual([415, 'ATTACHMENT_TYPE_NOT_ACCEPTED']);
    const component = await reuse('congdan', first.idCard, 'no_such_component');
    expect([component.statusCode, errorOf(component).code]).toEqual([422, 'COMPONENT_UNKNOWN']);
    const procedure = await reuse('congdan', first.idCard, 'applicant_id', '9.999999');
    expect([procedure.statusCode, errorOf(procedure).code]).toEqual([404, 'PROCEDURE_NOT_FOUND']);
    expect(await attachmentRows()).toBe(before);
  });
});
