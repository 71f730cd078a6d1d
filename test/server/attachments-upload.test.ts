/** Uploads: the component's limits, the type read from the content, and nothing stored from a refused upload. */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { errorOf } from '../support/http.ts';
import { BUSINESS_CODE, multipart, SAMPLES, withAttachmentServer } from './attachments-support.ts';
import { BIRTH } from '../support/examples.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

await withAttachmentServer('uploading attachments', (h) => {
  const birth = (componentId = 'birth_certificate') => ({ procedureCode: BIRTH.procedureCode, componentId });

  /** Refused: no row, no file, no spool file left behind. */
  async function expectNothingStored(before: { rows: number; files: string[] }) {
    expect((await h().rows()).length).toBe(before.rows);
    expect(h().storedFiles()).toEqual(before.files);
    expect(
      h()
        .storedFiles()
        .filter((f) => f.startsWith('tmp/')),
    ).toEqual([]);
  }
  const snapshot = async () => ({ rows: (await h().rows()).length, files: h().storedFiles() });

  it.each([
    ['a PDF', 'Giấy chứng sinh.pdf', 'application/pdf', SAMPLES.pdf, 'application/pdf'],
    ['a JPEG', 'giay-chung-sinh.JPG', 'image/jpeg', SAMPLES.jpeg, 'image/jpeg'],
    ['a PNG', 'scan.png', 'image/png', SAMPLES.png, 'image/png'],
    [
      'a PNG sent as octet-stream without extension',
      'scan',
      'application/octet-stream',
      SAMPLES.png,
      'image/png',
    ],
  ])('accepts %s and stores it with its SHA-256', async (_what, name, type, bytes, mediaType) => {
    const res = await h().upload('congdan', birth(), { name, type, bytes });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      componentId: 'birth_certificate',
      fileName: name,
      mediaType,
      size: bytes.length,
      sha256: sha(bytes),
    });
    const [row] = (await h().rows()).filter((r) => r.id === body.id);
    const owner = await h().store.findUserByLogin('congdan');
    expect(row).toMatchObject({ dossier_id: null, owner_id: owner!.id });
    if (h().dialect === 'sqlite') {
      // Content-addressed under <dataDir>/files/<first two hex digits>/<sha256>.
      const path = `files/${body.sha256.slice(0, 2)}/${body.sha256}`;
      expect(row.storage_path).toBe(path);
      expect(h().storedFiles()).toContain(path.slice('files/'.length));
    } else {
      // In the database: nothing under files/ but the (empty) spool.
      expect(row.storage_path).toBeNull();
      const [{ n }] = await h().db.exec('select octet_length(content) as n from attachments where id = ?', [
        body.id,
      ]);
      expect(Number(n)).toBe(bytes.length);
      expect(h().storedFiles()).toEqual([]);
    }
    expect(
      h()
        .storedFiles()
        .filter((f) => f.startsWith('tmp/')),
    ).toEqual([]);
  });

  // Each refused after reading the file: the status, the error, and nothing stored (no row, no file, no spool).
  it.each([
    {
      what: 'a file over the component’s maxSizeMB (413)', // applicant_id allows 5 MB
      fields: birth('applicant_id'),
      file: {
        name: 'cccd.pdf',
        type: 'application/pdf',
        bytes: Buffer.concat([SAMPLES.pdf, Buffer.alloc(5 * 1024 * 1024)]),
      },
      status: 413,
      error: {
        code: 'ATTACHMENT_TOO_LARGE',
        details: { maxBytes: 5 * 1024 * 1024 },
        message: { vi: expect.stringMatching(/vượt quá dung lượng tối đa 5 MB/) },
      },
    },
    {
      what: 'a script renamed .pdf (415)',
      fields: birth(),
      file: { name: 'giay-khai-sinh.pdf', type: 'application/pdf', bytes: SAMPLES.script },
      status: 415,
      error: { code: 'ATTACHMENT_TYPE_NOT_ACCEPTED', details: { sniffedType: null } },
    },
    {
      what: 'a PNG labelled application/pdf, as mislabelled (415)',
      fields: birth(),
      file: { name: 'scan.png', type: 'application/pdf', bytes: SAMPLES.png },
      status: 415,
      error: {
        code: 'ATTACHMENT_MISLABELLED',
        details: { sniffedType: 'image/png', declaredType: 'application/pdf' },
      },
    },
    {
      what: 'a PDF named .jpg, as mislabelled even without a declared type (415)',
      fields: birth(),
      file: { name: 'anh.jpg', type: 'application/octet-stream', bytes: SAMPLES.pdf },
      status: 415,
      error: { code: 'ATTACHMENT_MISLABELLED', details: { extension: 'jpg' } },
    },
    {
      what: 'a type the component does not accept (415), naming the sniffed type',
      fields: { procedureCode: BUSINESS_CODE, componentId: 'application' },
      file: { name: 'don.png', type: 'image/png', bytes: SAMPLES.png },
      status: 415,
      error: {
        code: 'ATTACHMENT_TYPE_NOT_ACCEPTED',
        details: { sniffedType: 'image/png', acceptedTypes: ['application/pdf'] },
        message: { en: expect.stringMatching(/image\/png/) },
      },
    },
  ])('refuses $what, storing nothing', async ({ fields, file, status, error }) => {
    const before = await snapshot();
    const res = await h().upload('congdan', fields, file);
    expect(res.statusCode).toBe(status);
    expect(errorOf(res)).toMatchObject(error);
    await expectNothingStored(before);
  });

  it('takes a file of exactly maxSizeMB', async () => {
    const exact = Buffer.concat([SAMPLES.pdf, Buffer.alloc(5 * 1024 * 1024 - SAMPLES.pdf.length)]);
    const res = await h().upload('congdan', birth('applicant_id'), {
      name: 'cccd.pdf',
      type: 'application/pdf',
      bytes: exact,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().size).toBe(5 * 1024 * 1024);
  });

  it('refuses an unknown component (422) and an unknown procedure (404) before reading the file', async () => {
    const unknown = await h().upload('congdan', birth('passport'), { name: 'a.pdf', bytes: SAMPLES.pdf });
    expect(unknown.statusCode).toBe(422);
    expect(errorOf(unknown)).toMatchObject({ code: 'COMPONENT_UNKNOWN', path: '/componentId' });
    const noProcedure = await h().upload(
      'congdan',
      { procedureCode: '9.999999', componentId: 'x' },
      { name: 'a.pdf', bytes: SAMPLES.pdf },
    );
    expect(noProcedure.statusCode).toBe(404);
    expect(errorOf(noProcedure).code).toBe('PROCEDURE_NOT_FOUND');
  });

  it('refuses an empty file, a missing file, fields after the file, and a JSON body', async () => {
    const empty = await h().upload('congdan', birth(), { name: 'a.pdf', bytes: Buffer.alloc(0) });
    expect([empty.statusCode, errorOf(empty).code]).toEqual([422, 'ATTACHMENT_EMPTY']);

    const missing = await h().upload('congdan', birth());
    expect([missing.statusCode, errorOf(missing).code]).toEqual([400, 'ATTACHMENT_FILE_MISSING']);

    const late = multipart({}, { name: 'a.pdf', bytes: SAMPLES.pdf }, birth());
    const lateRes = await h().app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      payload: late.payload,
      headers: { cookie: await h().cookie('congdan'), 'content-type': late.contentType },
    });
    expect([lateRes.statusCode, errorOf(lateRes).code]).toEqual([400, 'ATTACHMENT_FIELDS_FIRST']);

    const json = await h().app.inject({
      method: 'POST',
      url: '/api/v1/attachments',
      payload: birth(),
      headers: { cookie: await h().cookie('congdan') },
    });
    expect([json.statusCode, errorOf(json).code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);

    const bad = await h().upload(
      'congdan',
      { procedureCode: BIRTH.procedureCode, componentId: '../../etc' },
      { name: 'a.pdf', bytes: SAMPLES.pdf },
    );
    expect([bad.statusCode, errorOf(bad).path]).toEqual([400, '/body/componentId']);
  });

  it('answers a malformed, truncated or two-file multipart body with 400, storing nothing', async () => {
    const before = await snapshot();
    const post = async (payload: Buffer | string, contentType: string) =>
      h().app.inject({
        method: 'POST',
        url: '/api/v1/attachments',
        payload,
        headers: { cookie: await h().cookie('congdan'), 'content-type': contentType },
      });
    const garbage = await post('this is not multipart', 'multipart/form-data; boundary=xyz');
    expect([garbage.statusCode, errorOf(garbage).code]).toEqual([400, 'MULTIPART_INVALID']);

    const whole = multipart(birth(), { name: 'a.pdf', type: 'application/pdf', bytes: SAMPLES.pdf });
    const cut = await post(whole.payload.subarray(0, whole.payload.length - 200), whole.contentType);
    expect([cut.statusCode, errorOf(cut).code]).toEqual([400, 'MULTIPART_INVALID']);

    const boundary = whole.contentType.split('boundary=')[1];
    const second = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="b.pdf"\r\n` +
        `Content-Type: application/pdf\r\n\r\n%PDF-1.4 second\r\n--${boundary}--\r\n`,
    );
    const two = Buffer.concat([
      whole.payload.subarray(0, whole.payload.length - `--${boundary}--\r\n`.length),
      second,
    ]);
    const twoRes = await post(two, whole.contentType);
    expect([twoRes.statusCode, errorOf(twoRes).code]).toEqual([400, 'ATTACHMENT_ONE_FILE']);
    await expectNothingStored(before);
  });

  it('needs a signed-in citizen or reception officer', async () => {
    const anonymous = await h().upload(undefined, birth(), { name: 'a.pdf', bytes: SAMPLES.pdf });
    expect([anonymous.statusCode, errorOf(anonymous).code]).toEqual([401, 'UNAUTHENTICATED']);
    const designer = await h().upload('thietke', birth(), { name: 'a.pdf', bytes: SAMPLES.pdf });
    expect([designer.statusCode, errorOf(designer).code]).toEqual([403, 'FORBIDDEN']);
    const counter = await h().upload('motcua', birth(), { name: 'a.pdf', bytes: SAMPLES.pdf });
    expect(counter.statusCode, counter.body).toBe(201);
  });

  it('keeps the same content once on disk however often it is uploaded, and the audit chain intact', async () => {
    const first = await h().upload('congdan', birth(), { name: 'one.pdf', bytes: SAMPLES.pdf });
    const second = await h().upload('congdan2', birth(), { name: 'two.pdf', bytes: SAMPLES.pdf });
    expect(first.json().sha256).toBe(second.json().sha256);
    expect(first.json().id).not.toBe(second.json().id);
    if (h().dialect === 'sqlite') {
      expect(
        h()
          .storedFiles()
          .filter((f) => f.endsWith(first.json().sha256)),
      ).toHaveLength(1);
    }
    const { verifyAudit } = await import('../../server/services/index.ts');
    expect(await verifyAudit(h().store)).toMatchObject({ ok: true });
  });

  it('is in the OpenAPI document as a multipart upload and a file download', async () => {
    const doc = (await h().app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const upload = doc.paths['/attachments'].post;
    expect(Object.keys(upload.requestBody.content)).toEqual(['multipart/form-data']);
    expect(upload.requestBody.content['multipart/form-data'].schema).toMatchObject({
      required: ['file'],
      anyOf: [{ required: ['componentId'] }, { required: ['resultId'] }],
    });
    expect(Object.keys(upload.responses)).toEqual(
      expect.arrayContaining(['201', '401', '403', '413', '415']),
    );
    const download = doc.paths['/attachments/{id}'].get;
    expect(download.parameters).toMatchObject([{ name: 'id', in: 'path', required: true }]);
    expect(Object.keys(download.responses['200'].content)).toEqual(['application/octet-stream']);
    expect(download.security).toEqual([{ session: [] }, { bearer: [] }]);
  });
});
