/**
 * The e-result and the rating, through REST on both dialects: the leader's uploaded result file becomes the
 * dossier's e-result (else a generated PDF), the applicant downloads it, its public verification page tells it
 * genuine without personal data, a changed copy does not match; the applicant rates once, after the result.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withStores } from '../support/db.ts';
import { unitChain } from '../../server/store/index.ts';
import { scenario } from '../support/examples.ts';
import { cookieJar, errorOf, type TestServer } from '../support/http.ts';
import { SAMPLES } from './attachments-support.ts';
import { demoServer } from './demo-server.ts';
import { act, awaitingResult, uploadResult } from './result-support.ts';

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

await withStores('e-results and ratings', (suite) => {
  let server: TestServer;
  let jar: (login: string) => Promise<string>;
  /** The file the first case issued: no other dossier may take it. */
  let issuedFile = '';
  const get = async (url: string, login?: string) =>
    server.app.inject({ method: 'GET', url, headers: login ? { cookie: await jar(login) } : {} });
  const post = async (url: string, payload: object, login?: string) =>
    server.app.inject({
      method: 'POST',
      url,
      payload,
      headers: login ? { cookie: await jar(login) } : {},
    });

  beforeAll(async () => {
    server = await demoServer(suite);
    server.clock.now = Date.parse(scenario('birth-registration').submit.at);
    jar = cookieJar(server.app);
  });
  afterAll(() => server.close());

  it('issues the leader’s uploaded file as the e-result: download, verification without personal data, copies checked', async () => {
    const { code, revision } = await awaitingResult(server.app, jar);
    const uploaded = await uploadResult(server.app, await jar('lanhdao'), code, SAMPLES.pdf);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const file = uploaded.json<{ id: string; sha256: string }>();
    issuedFile = file.id;
    // Not the dossier's until issued: the applicant cannot read the draft.
    expect((await get(`/api/v1/attachments/${file.id}`, 'congdan')).statusCode).toBe(403);

    const issued = await act(server.app, await jar('lanhdao'), code, {
      action: 'issue_result',
      revision,
      input: { file: file.id },
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const { result } = issued.json<{ result: { sha256: string; verifyToken: string } }>();
    expect(result.sha256).toBe(sha(SAMPLES.pdf));

    const download = await get(`/api/v1/dossiers/${code}/result`, 'congdan');
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toContain('application/pdf');
    expect(download.rawPayload.equals(SAMPLES.pdf)).toBe(true);
    expect((await get(`/api/v1/dossiers/${code}/result`, 'chuyenvien')).statusCode).toBe(200);
    expect(errorOf(await get(`/api/v1/dossiers/${code}/result`)).code).toBe('UNAUTHENTICATED');

    const verified = await get(`/api/v1/verify/${result.verifyToken}`);
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({
      genuine: true,
      code,
      procedure: { code: '1.001193', name: { vi: 'Đăng ký khai sinh' } },
      document: { vi: 'Trích lục khai sinh' },
      unit: { code: '000.01.01.H41' },
      sha256: sha(SAMPLES.pdf),
    });
    expect(verified.body).not.toMatch(/Trần Thị Hoa|Nguyễn|040190001234/);

    const check = (payload: object) => post(`/api/v1/verify/${result.verifyToken}`, payload);
    expect((await check({ sha256: sha(SAMPLES.pdf) })).json()).toEqual({
      matches: true,
      sha256: sha(SAMPLES.pdf),
    });
    const changed = Buffer.from(SAMPLES.pdf);
    changed[100] ^= 1;
    expect((await check({ sha256: sha(changed) })).json()).toMatchObject({ matches: false });
    const sendFile = (bytes: Buffer) =>
      server.app.inject({
        method: 'POST',
        url: `/api/v1/verify/${result.verifyToken}/file`,
        payload: bytes,
        headers: { 'content-type': 'application/pdf' },
      });
    expect((await sendFile(SAMPLES.pdf)).json()).toMatchObject({ matches: true });
    expect((await sendFile(changed)).json()).toMatchObject({ matches: false });
  });

  it('generates a PDF with the verification address when the leader uploaded none', async () => {
    const { code, revision } = await awaitingResult(server.app, jar);
    const issued = await act(server.app, await jar('lanhdao'), code, { action: 'issue_result', revision });
    expect(issued.statusCode, issued.body).toBe(200);
    const { result } = issued.json<{ result: { sha256: string; verifyToken: string } }>();
    const download = await get(`/api/v1/dossiers/${code}/result`, 'congdan');
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sha(download.rawPayload)).toBe(result.sha256);
    expect(download.headers['content-disposition']).toContain(`ket-qua-${code}.pdf`);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: download.rawPayload })
      .toString()
      .replace(/\s+/g, ' ');
    expect(text).toContain('TRÍCH LỤC KHAI SINH');
    expect(text).toContain(code);
    // pdftotext drops the hyphen where a long line breaks.
    const dashless = (s: string) => s.replace(/-/g, '');
    expect(dashless(text)).toContain(dashless(`/xac-thuc/${result.verifyToken}`));
  });

  it('gives one file issued to two dossiers at the same moment to one of them, and refuses the other clearly', async () => {
    const dossiers = [await awaitingResult(server.app, jar), await awaitingResult(server.app, jar)];
    const leader = await jar('lanhdao');
    const file = (await uploadResult(server.app, leader, dossiers[0].code, SAMPLES.pdf)).json<{
      id: string;
    }>();
    const answers = await Promise.all(
      dossiers.map(({ code, revision }) =>
        act(server.app, leader, code, { action: 'issue_result', revision, input: { file: file.id } }),
      ),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 422]);
    const loser = answers.findIndex((a) => a.statusCode === 422);
    expect(errorOf(answers[loser])).toMatchObject({ code: 'RESULT_FILE_UNUSABLE', path: '/input/file' });
    // Nothing of the refused issue was written: the dossier still waits for its result, at the same revision.
    const { code, revision } = dossiers[loser];
    expect(errorOf(await get(`/api/v1/dossiers/${code}/result`, 'congdan')).code).toBe('RESULT_NOT_ISSUED');
    const again = await uploadResult(server.app, leader, code, SAMPLES.pdf);
    const issued = await act(server.app, leader, code, {
      action: 'issue_result',
      revision,
      input: { file: again.json<{ id: string }>().id },
    });
    expect(issued.statusCode, issued.body).toBe(200);
  });

  it('takes as the result only a result file the issuing officer uploaded, unused', async () => {
    const { code, revision } = await awaitingResult(server.app, jar);
    const byCitizen = await uploadResult(server.app, await jar('congdan'), code, SAMPLES.pdf);
    expect(errorOf(byCitizen).code).toBe('FORBIDDEN');
    const bySpecialist = (await uploadResult(server.app, await jar('chuyenvien'), code, SAMPLES.pdf)).json();
    const issue = async (file: string) =>
      act(server.app, await jar('lanhdao'), code, { action: 'issue_result', revision, input: { file } });
    const refused = await issue(bySpecialist.id as string);
    expect(refused.statusCode).toBe(422);
    expect(errorOf(refused)).toMatchObject({ code: 'RESULT_FILE_UNUSABLE', path: '/input/file' });
    expect(errorOf(await issue('no-such-file')).code).toBe('RESULT_FILE_UNUSABLE');
    expect(errorOf(await issue(issuedFile)).message.en).toContain('already the result of another dossier');
    expect(await suite.store().getDossier({ code })).toMatchObject({ revision, status: 'processing' });
  });

  it('refuses a token that matches nothing, audited as a guess, and a copy larger than any result', async () => {
    const res = await get('/api/v1/verify/khongcomaxacthucnay');
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe('RESULT_NOT_FOUND');
    const huge = await server.app.inject({
      method: 'POST',
      url: '/api/v1/verify/khongcomaxacthucnay/file',
      payload: Buffer.alloc(21 * 1024 * 1024),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(huge.statusCode).toBe(413);
    // A copy above the JSON bodies' limit but within a result's is read and judged.
    const large = await server.app.inject({
      method: 'POST',
      url: '/api/v1/verify/khongcomaxacthucnay/file',
      payload: Buffer.alloc(3 * 1024 * 1024),
      headers: { 'content-type': 'application/pdf' },
    });
    expect([large.statusCode, errorOf(large).code]).toEqual([404, 'RESULT_NOT_FOUND']);
    const misses = await suite
      .store()
      .run((tx) => tx.select('auditLog', { action: 'result.verify_miss' }), 'read');
    expect(misses.map((m) => m.target)).toContain('khongcomaxacthucnay');
  });

  it('lets the applicant rate once after the result; officers read it in the details', async () => {
    const { code, revision } = await awaitingResult(server.app, jar);
    const rate = (login: string, payload: object = { score: 4, comment: 'Nhanh, gọn' }) =>
      post(`/api/v1/dossiers/${code}/rating`, payload, login);
    expect(errorOf(await rate('congdan')).code).toBe('RATING_BEFORE_RESULT');
    await act(server.app, await jar('lanhdao'), code, { action: 'issue_result', revision });

    expect(errorOf(await rate('lanhdao')).code).toBe('FORBIDDEN');
    expect((await rate('congdan', { score: 6 })).statusCode).toBe(400);
    const rated = await rate('congdan');
    expect(rated.statusCode, rated.body).toBe(201);
    expect(rated.json()).toMatchObject({ code, score: 4, comment: 'Nhanh, gọn' });
    const again = await rate('congdan', { score: 1 });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again)).toMatchObject({
      code: 'RATING_ALREADY_GIVEN',
      message: { vi: expect.stringContaining('một lần'), en: expect.stringContaining('once') },
    });

    const details = await get(`/api/v1/dossiers/${code}/details`, 'motcua');
    expect(details.json()).toMatchObject({ rating: { score: 4, comment: 'Nhanh, gọn' } });
    // Recorded in the audit chain of the dossier's unit, like everything else done to the dossier.
    const { unitCode } = (await suite.store().getDossier({ code }))!;
    const [entry] = await suite
      .store()
      .run((tx) => tx.select('auditLog', { action: 'dossier.rate', target: code }), 'read');
    expect(entry.chain).toBe(unitChain(unitCode));
  });
});
