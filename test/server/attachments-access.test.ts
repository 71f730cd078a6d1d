/** Downloads (owner, applicant, officers of the handling units only) and submitting a dossier with its files. */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadActor, serviceContext } from '../../server/services/accounts.ts';
import { submitDossier } from '../../server/services/dossiers.ts';
import { BIRTH } from '../support/examples.ts';
import { errorOf } from '../support/http.ts';
import { trpcClient } from '../support/trpc.ts';
import { SAMPLES, withAttachmentServer } from './attachments-support.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

await withAttachmentServer('attachments of a dossier', (h) => {
  const upload = async (
    login: string,
    componentId: string,
    name: string,
    bytes: Buffer,
    type = 'application/pdf',
  ) => {
    const res = await h().upload(
      login,
      { procedureCode: BIRTH.procedureCode, componentId },
      { name, type, bytes },
    );
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; sha256: string; size: number };
  };
  /** A birth registration handed in by `login` with these files (and any other field of the request). */
  const submitBirth = (
    login: string,
    attachments: string[],
    more: Record<string, unknown> = {},
    headers?: Record<string, string>,
  ) => h().submit(login, { ...BIRTH, ...more, attachments }, headers);
  const dossierCount = async () => Number((await h().db.exec('select count(*) as n from dossiers'))[0].n);
  /** A refused submission left the file in no dossier. */
  const expectUnlinked = async (id: string) =>
    expect((await h().rows()).find((r) => r.id === id)!.dossier_id).toBeNull();

  describe('submitting with attachments', () => {
    it('links the files to the new dossier; their components count as handed in', async () => {
      const certificate = await upload('congdan', 'birth_certificate', 'Giấy chứng sinh.pdf', SAMPLES.pdf);
      const id = await upload('congdan', 'applicant_id', 'CCCD mẹ.jpg', SAMPLES.jpeg, 'image/jpeg');
      const res = await submitBirth('congdan', [certificate.id, id.id]);
      expect(res.statusCode, res.body).toBe(201);
      const dossier = res.json();
      expect(dossier.attachments).toEqual([certificate.id, id.id]);
      const rows = (await h().rows()).filter((r) => r.id === certificate.id || r.id === id.id);
      expect(rows.map((r) => r.dossier_id)).toEqual([dossier.id, dossier.id]);
    });

    it('checks the required components against the files: a missing one is 422 and nothing is linked', async () => {
      const id = await upload('congdan', 'applicant_id', 'cccd.pdf', SAMPLES.pdf);
      const before = await dossierCount();
      const res = await submitBirth('congdan', [id.id]);
      expect(res.statusCode).toBe(422);
      expect(errorOf(res)).toMatchObject({ code: 'COMPONENTS_MISSING', details: ['birth_certificate'] });
      expect(await dossierCount()).toBe(before);
      await expectUnlinked(id.id);
    });

    it('refuses another person’s file with 403, creating no dossier', async () => {
      const theirs = await upload('congdan2', 'birth_certificate', 'gcs.pdf', SAMPLES.pdf);
      const before = await dossierCount();
      const res = await submitBirth('congdan', [theirs.id]);
      expect(res.statusCode).toBe(403);
      expect(errorOf(res)).toMatchObject({ code: 'ATTACHMENT_NOT_OWNED', path: '/attachments/0' });
      expect(await dossierCount()).toBe(before);
      await expectUnlinked(theirs.id);
    });

    it('refuses an unknown id (422) and a file already in another dossier (409)', async () => {
      const unknown = await submitBirth('congdan', ['00000000-0000-0000-0000-000000000000']);
      expect([unknown.statusCode, errorOf(unknown).code]).toEqual([422, 'ATTACHMENT_NOT_FOUND']);

      const file = await upload('congdan', 'birth_certificate', 'gcs.pdf', SAMPLES.pdf);
      const first = await submitBirth('congdan', [file.id]);
      expect(first.statusCode).toBe(201);
      const again = await submitBirth('congdan', [file.id]);
      expect([again.statusCode, errorOf(again).code]).toEqual([409, 'ATTACHMENT_ALREADY_SUBMITTED']);
    });

    it('answers a retry with the same Idempotency-Key with the same dossier, files still linked', async () => {
      const file = await upload('congdan', 'birth_certificate', 'gcs.pdf', SAMPLES.pdf);
      const key = { 'idempotency-key': `attach-${file.id}` };
      const first = await submitBirth('congdan', [file.id], {}, key);
      const replay = await submitBirth('congdan', [file.id], {}, key);
      expect([first.statusCode, replay.statusCode]).toEqual([201, 200]);
      expect(replay.json()).toMatchObject({
        code: first.json().code,
        replayed: true,
        attachments: [file.id],
      });
    });

    it('answers a retry that finds its files linked by its first request as that request', async () => {
      const file = await upload('congdan', 'birth_certificate', 'gcs.pdf', SAMPLES.pdf);
      const idempotencyKey = `overtaken-${file.id}`;
      const first = await submitBirth('congdan', [file.id], {}, { 'idempotency-key': idempotencyKey });
      expect(first.statusCode).toBe(201);
      // The key is not read up front: the retry finds the file linked, and only then looks the key up.
      const store = h().store;
      let looks = 0;
      const early = new Proxy(store, {
        get: (target, name, receiver) =>
          name === 'getIdempotency'
            ? (...args: Parameters<typeof store.getIdempotency>) => (looks++, store.getIdempotency(...args))
            : Reflect.get(target, name, receiver),
      });
      const user = (await store.findUserByLogin('congdan'))!;
      const actor = await loadActor(store, user.id);
      expect(actor).toBeDefined();
      const ctx = serviceContext(store, actor, h().clock.now);
      const retry = await submitDossier(early, ctx, { ...BIRTH, attachments: [file.id], idempotencyKey });
      expect(looks).toBe(1);
      expect(retry).toMatchObject({ code: first.json().code, replayed: true, attachments: [file.id] });
    });

    it('does the same through tRPC (dossiers.submit), refusing another person’s file', async () => {
      const file = await upload('congdan', 'birth_certificate', 'gcs.pdf', SAMPLES.pdf);
      const { mutate } = trpcClient(
        () => h().app,
        (login) => h().cookie(login),
      );
      const input = { ...BIRTH, attachments: [file.id] };
      const refused = await mutate('dossiers.submit', input, 'congdan2');
      expect(refused.status).toBe(403);
      const res = await mutate('dossiers.submit', input, 'congdan');
      expect(res.status, res.res.body).toBe(200);
      const dossier = res.data;
      expect(dossier.attachments).toEqual([file.id]);
      expect((await h().rows()).find((r) => r.id === file.id)!.dossier_id).toBe(dossier.id);
    });

    it('takes a walk-in’s papers scanned at the counter by a reception officer', async () => {
      const scan = await upload('motcua', 'birth_certificate', 'scan-gcs.png', SAMPLES.png, 'image/png');
      const res = await submitBirth('motcua', [scan.id], { channel: 'counter' });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().attachments).toEqual([scan.id]);
    });
  });

  describe('supplementing with attachments', () => {
    const act = async (login: string, code: string, body: Record<string, unknown>) =>
      h().app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${code}/actions`,
        payload: body,
        headers: { cookie: await h().cookie(login) },
      });
    /** A birth registration handed in by `login`, for which reception asked a supplement (revision 2). */
    const awaitingSupplement = async (login: string, more: Record<string, unknown>, files: string[] = []) => {
      const submitted = await submitBirth(login, files, more);
      expect(submitted.statusCode, submitted.body).toBe(201);
      const { code } = submitted.json() as { code: string };
      const asked = await act('motcua', code, {
        action: 'request_supplement',
        revision: 1,
        input: { reasons: ['Giấy chứng sinh không rõ, cần giấy cam đoan của người làm chứng'] },
      });
      expect(asked.statusCode, asked.body).toBe(200);
      return code;
    };
    // The changed answer makes the witness statement required instead of the birth certificate.
    const byWitness = { data: { ...BIRTH.data, birthProofKind: 'witness_statement' } };

    it('online: the files added to the dossier are what the supplement hands in', async () => {
      const certificate = await upload('congdan', 'birth_certificate', 'gcs.pdf', SAMPLES.pdf);
      const code = await awaitingSupplement('congdan', {}, [certificate.id]);
      const supplement = (input: Record<string, unknown>) =>
        act('congdan', code, { action: 'supplement', revision: 2, input });

      const missing = await supplement(byWitness);
      expect(missing.statusCode).toBe(422);
      expect(errorOf(missing)).toMatchObject({
        code: 'COMPONENTS_MISSING',
        path: '/input/components',
        details: ['witness_statement'],
      });
      // Listing the component is not handing it in: the file is.
      const listed = await supplement({ ...byWitness, components: ['witness_statement'] });
      expect(listed.statusCode).toBe(400);
      expect(errorOf(listed)).toMatchObject({ code: 'INPUT_INVALID', path: '/input/components' });

      const statement = await h().upload(
        'congdan',
        { dossierCode: code, componentId: 'witness_statement' },
        { name: 'cam-doan.pdf', type: 'application/pdf', bytes: SAMPLES.pdf },
      );
      expect(statement.statusCode, statement.body).toBe(201);
      const done = await supplement(byWitness);
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ status: 'submitted', revision: 3 });
      expect((await act('motcua', code, { action: 'accept', revision: 3 })).statusCode).toBe(200);
    });

    it('at the counter: the officer lists the papers the walk-in brings', async () => {
      const code = await awaitingSupplement('motcua', {
        channel: 'counter',
        components: ['birth_certificate'],
      });
      const input = { ...byWitness, components: ['witness_statement'] };
      const res = await act('motcua', code, { action: 'supplement', revision: 2, input });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'submitted', revision: 3 });
    });
  });

  describe('downloading', () => {
    let file: { id: string; sha256: string; size: number };
    let loose: { id: string };
    let dossierCode: string;
    beforeAll(async () => {
      file = await upload('congdan', 'birth_certificate', 'Giấy chứng sinh – bản sao.pdf', SAMPLES.pdf);
      loose = await upload('congdan', 'applicant_id', 'cccd.png', SAMPLES.png, 'image/png');
      const res = await submitBirth('congdan', [file.id]);
      expect(res.statusCode, res.body).toBe(201);
      dossierCode = res.json().code;
    });

    it('gives the owner the same bytes, typed from the content, as a download with a Vietnamese name', async () => {
      const res = await h().download('congdan', file.id);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(SAMPLES.pdf)).toBe(true);
      expect(sha(res.rawPayload)).toBe(file.sha256);
      expect(res.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-length': String(SAMPLES.pdf.length),
        etag: `"${file.sha256}"`,
        'x-content-type-options': 'nosniff',
        'content-disposition':
          'attachment; filename="Giay chung sinh _ ban sao.pdf"; ' +
          "filename*=UTF-8''Gi%E1%BA%A5y%20ch%E1%BB%A9ng%20sinh%20%E2%80%93%20b%E1%BA%A3n%20sao.pdf",
      });
      const [, encoded] = String(res.headers['content-disposition']).split("UTF-8''");
      expect(decodeURIComponent(encoded)).toBe('Giấy chứng sinh – bản sao.pdf');
    });

    it('answers If-None-Match with the ETag by 304', async () => {
      const res = await h().download('congdan', file.id, { 'if-none-match': `"${file.sha256}"` });
      expect(res.statusCode).toBe(304);
      expect(res.rawPayload.length).toBe(0);
    });

    it('lets officers of the handling unit read it, but not officers of another unit or other citizens', async () => {
      const officer = await h().download('canboxa', file.id);
      expect(officer.statusCode).toBe(200);
      expect(officer.rawPayload.equals(SAMPLES.pdf)).toBe(true);
      expect((await h().download('motcua', file.id)).statusCode).toBe(200);

      const otherUnit = await h().download('canbokhac', file.id);
      expect([otherUnit.statusCode, errorOf(otherUnit).code]).toEqual([403, 'FORBIDDEN']);
      const citizen = await h().download('congdan2', file.id);
      expect([citizen.statusCode, errorOf(citizen).code]).toEqual([403, 'FORBIDDEN']);
      const auditor = await h().download('thanhtra', file.id);
      expect(auditor.statusCode).toBe(403);
    });

    it('keeps a file not yet in a dossier to its owner', async () => {
      expect((await h().download('congdan', loose.id)).statusCode).toBe(200);
      expect((await h().download('canboxa', loose.id)).statusCode).toBe(403);
    });

    it('answers 404 for an unknown id and 401 without a session', async () => {
      const unknown = await h().download('congdan', '00000000-0000-0000-0000-000000000000');
      expect([unknown.statusCode, errorOf(unknown).code]).toEqual([404, 'ATTACHMENT_NOT_FOUND']);
      const anonymous = await h().download(undefined, file.id);
      expect(anonymous.statusCode).toBe(401);
    });

    it('takes a supplement to an existing dossier from its applicant only, linked at once', async () => {
      const fields = { dossierCode, componentId: 'applicant_id' };
      const res = await h().upload('congdan', fields, {
        name: 'cccd.pdf',
        type: 'application/pdf',
        bytes: SAMPLES.pdf,
      });
      expect(res.statusCode, res.body).toBe(201);
      const dossierId = (await h().store.getDossier({ code: dossierCode }))!.id;
      expect((await h().rows()).find((r) => r.id === res.json().id)!.dossier_id).toBe(dossierId);
      expect((await h().download('canboxa', res.json().id)).statusCode).toBe(200);

      const stranger = await h().upload('congdan2', fields, {
        name: 'x.pdf',
        type: 'application/pdf',
        bytes: SAMPLES.pdf,
      });
      expect([stranger.statusCode, errorOf(stranger).code]).toEqual([403, 'FORBIDDEN']);
    });
  });
});
