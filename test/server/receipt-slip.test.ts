/**
 * The receipt and appointment slip (form 01) as PDF: every field the form lists, read back from the file with
 * pdftotext (poppler-utils) with its Vietnamese diacritics, and who may download it.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUsers, errorOf, seedDemoFast, testServer, type TestServer } from '../support/http.ts';
import { BIRTH, scenario } from '../support/examples.ts';
import { withFiles } from '../support/uploads.ts';
import { client, playSteps, type Client } from './http-lifecycle-support.ts';

const birth = scenario('birth-registration');

let server: TestServer;
let api: Client;
let code: string;
beforeAll(async () => {
  server = await testServer({
    setup: async (store, clock) => {
      await seedDemoFast(store, clock.now);
      await addUsers(store, clock.now, [
        { login: 'congdankhac', password: 'pw', roles: [{ unitCode: '000.00.00.H41', role: 'citizen' }] },
      ]);
    },
  });
  api = client(server, { congdankhac: 'pw' });
  server.clock.now = Date.parse(birth.submit.at);
  const submitted = await api.call(
    'POST',
    '/api/v1/dossiers',
    'congdan',
    await withFiles(server.app, await api.cookie('congdan'), BIRTH),
  );
  expect(submitted.statusCode, submitted.body).toBe(201);
  code = submitted.json().code;
  expect(birth.steps[0]!.action).toBe('accept');
  await playSteps(server, code, submitted.json().revision, birth.steps.slice(0, 1), api.cookie);
});
afterAll(() => server.close());

/** The text of a PDF, lines joined by single spaces. */
function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/\s+/g, ' ');
}

describe('GET /dossiers/{code}/receipt.pdf', () => {
  it('prints every field of form 01 in Vietnamese', async () => {
    const res = await api.call('GET', `/api/v1/dossiers/${code}/receipt.pdf`, 'congdan');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    for (const expected of [
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      `Mã hồ sơ: ${code}`,
      'Tiếp nhận hồ sơ của: Trần Thị Hoa',
      'Số điện thoại: 0912345678',
      'Địa chỉ:',
      'Thư điện tử:',
      'Nội dung yêu cầu giải quyết:',
      'Thành phần hồ sơ:',
      'bản chính: ',
      'bản sao: ',
      'Thời gian giải quyết:',
      'Thời gian nhận hồ sơ: 14:20 23/11/2026',
      'Nơi nhận kết quả:',
      'Phí, lệ phí:',
      'Tổng cộng:',
      'Người tiếp nhận: Trần Thị Một Cửa (tiếp nhận)',
      `/tra-cuu/${code}`,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Thời gian trả kết quả: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
  });

  it('is for the applicant and handling officers only', async () => {
    expect((await api.call('GET', `/api/v1/dossiers/${code}/receipt.pdf`, 'congdankhac')).statusCode).toBe(
      403,
    );
    expect((await api.call('GET', `/api/v1/dossiers/${code}/receipt.pdf`)).statusCode).toBe(401);
    const missing = await api.call('GET', '/api/v1/dossiers/KHONG-CO/receipt.pdf', 'congdan');
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).code).toBe('DOSSIER_NOT_FOUND');
  });
});

describe('GET /dossiers/{code}/payment-receipt.pdf', () => {
  it('says plainly when nothing is paid yet, then prints the payment with the sum in words', async () => {
    const none = await api.call('GET', `/api/v1/dossiers/${code}/payment-receipt.pdf`, 'congdan');
    expect(none.statusCode).toBe(404);
    expect(errorOf(none)).toMatchObject({ code: 'PAYMENT_NOT_FOUND' });

    const revision = (await api.call('GET', `/api/v1/dossiers/${code}/details`, 'motcua')).json().revision;
    expect(birth.steps[1]!.action).toBe('pay');
    await playSteps(server, code, revision, birth.steps.slice(1, 2), api.cookie);
    const res = await api.call('GET', `/api/v1/dossiers/${code}/payment-receipt.pdf`, 'congdan');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    for (const expected of [
      'BIÊN LAI THU PHÍ, LỆ PHÍ',
      'Người nộp: Trần Thị Hoa',
      `Mã hồ sơ: ${code}`,
      'Thủ tục: Đăng ký khai sinh (1.001193)',
      'Phí cấp bản sao trích lục khai sinh: 16.000 đồng',
      'Tiền mặt tại Bộ phận Một cửa, số tham chiếu BL-261123-0001',
      'Tổng số tiền đã nộp: 16.000 đồng',
      'Bằng chữ: Mười sáu nghìn đồng',
      `/tra-cuu/${code}`,
    ]) {
      expect(text).toContain(expected);
    }
    expect(
      (await api.call('GET', `/api/v1/dossiers/${code}/payment-receipt.pdf`, 'congdankhac')).statusCode,
    ).toBe(403);
  });
});
