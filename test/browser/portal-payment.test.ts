/**
 * Paying a dossier's fees in Chromium: the payment page (what is owed, in words, the VietQR transfer), the trip to
 * the gateway and back, the page waiting for the gateway's signed report and then saying the fees are paid; axe and
 * a phone.
 */
import { expect } from 'vitest';
import { signed } from '../../server/payments/signing.ts';
import { transferContent } from '../../server/payments/vietqr.ts';
import { BIRTH, scenario } from '../support/examples.ts';
import { cookieJar } from '../support/http.ts';
import { submitOnline } from '../server/online-submission.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { horizontalOverflow, signInThroughPage } from './support/pages.ts';
import type { WebServer } from './support/server.ts';

const FEES = 16000;

/** A birth registration submitted online by the demo citizen and accepted: it waits at its payment step. */
async function awaitingPayment(server: WebServer): Promise<string> {
  server.clock.now = Date.parse(scenario('birth-registration').submit.at);
  const cookie = cookieJar(server.app);
  const submitted = await submitOnline(server.app, await cookie('congdan'), 'birth-registration', BIRTH);
  const { code } = submitted.json<{ code: string }>();
  const accepted = await server.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${code}/actions`,
    headers: { cookie: await cookie('motcua') },
    payload: { action: 'accept', revision: 1 },
  });
  expect(accepted.json()).toMatchObject({ status: 'awaiting_payment' });
  return code;
}

browserDescribe('paying a dossier’s fees', () => {
  it('shows what is owed in words and the VietQR transfer, goes to the gateway, and waits for its report', async ({
    page,
    server,
  }) => {
    const code = await awaitingPayment(server);
    await signInThroughPage(page, 'congdan');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto(`/ho-so/${code}/thanh-toan`);
    await page.getByRole('heading', { level: 1, name: `Nộp phí, lệ phí hồ sơ ${code}` }).waitFor();
    const main = page.locator('main');
    await expect.poll(() => main.textContent()).toContain('16.000 ₫');
    expect(await main.textContent()).toContain('Bằng chữ: Mười sáu nghìn đồng');
    await page.getByRole('img', { name: 'Mã VietQR chuyển khoản 16.000 đồng' }).waitFor();
    expect(await main.textContent()).toContain(transferContent(code));
    expect(await main.textContent()).toContain('VietinBank');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // To the gateway's page (here only its address): an order for what is owed.
    await page.route(`${server.gateway.payUrl}**`, (route) => route.fulfill({ body: 'cổng thanh toán' }));
    await page.getByRole('button', { name: 'Thanh toán trực tuyến' }).click();
    await page.waitForURL((url) => url.href.startsWith(server.gateway.payUrl));
    const order = new URL(page.url()).searchParams;
    expect(order.get('vnp_Amount')).toBe(String(FEES * 100));
    const report = signed(
      {
        vnp_TmnCode: server.gateway.merchant,
        vnp_TxnRef: order.get('vnp_TxnRef')!,
        vnp_Amount: String(FEES * 100),
        vnp_OrderInfo: order.get('vnp_OrderInfo')!,
        vnp_ResponseCode: '00',
        vnp_TransactionStatus: '00',
        vnp_TransactionNo: '14660001',
      },
      server.gateway.secret,
    );
    const query = new URLSearchParams(report).toString();

    // Back before the gateway's own report: the page waits for it, and says so.
    await page.goto(`/api/v1/payments/gateway/return?${query}`);
    expect(new URL(page.url()).pathname).toBe(`/ho-so/${code}/thanh-toan`);
    await page.getByText('Đang chờ cổng thanh toán xác nhận giao dịch').waitFor();
    const ipn = await page.request.get(`/api/v1/payments/gateway/ipn?${query}`);
    expect(await ipn.json()).toMatchObject({ RspCode: '00' });
    await page.getByText('Thanh toán thành công: hồ sơ đã nộp đủ 16.000 ₫').waitFor();
    expect(await page.getByRole('button', { name: 'Thanh toán trực tuyến' }).count()).toBe(0);
    const receipt = page.getByRole('link', { name: 'Tải biên lai thu phí, lệ phí (PDF)' });
    const pdf = await page.request.get((await receipt.getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('fits a phone, and tells someone not signed in to sign in first', async ({ page, server }) => {
    const code = await awaitingPayment(server);
    await page.setViewportSize(PHONE);
    await page.goto(`/ho-so/${code}/thanh-toan`);
    await page.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(page, 'congdan', page.url());
    await page.getByRole('img', { name: /Mã VietQR/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/ho-so/${code}/thanh-toan`);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
