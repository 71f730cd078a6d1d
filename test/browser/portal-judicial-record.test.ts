/**
 * A judicial record certificate applied for and paid online in Chromium, against the gateway simulator's own page:
 * the fee estimate follows the copies and the applicant's category as the person types (an elderly person is exempt
 * from the charge but not from the extra copies), the order goes to the gateway, its "Thanh toán" button pays, and
 * the person comes back to a dossier whose fees are paid. The gateway's report, replayed, forged or re-signed with
 * another amount, is refused and pays nothing more.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { startGatewaySimulator } from '../../server/payments/simulator.ts';
import { signed } from '../../server/payments/signing.ts';
import { scenario } from '../support/examples.ts';
import { cookieJar } from '../support/http.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { PHONE } from './support/chromium.ts';
import { horizontalOverflow, signInThroughPage } from './support/pages.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const next = (page: Page) => page.getByRole('button', { name: /^Tiếp tục/ }).click();

async function attach(page: Page, component: string, name: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Chọn tệp: ${component}` }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer: PDF });
  await page
    .getByRole('list', { name: `Tệp đã đính kèm: ${component}` })
    .getByText(name)
    .waitFor();
}

/** Picks `option` in the list named `name`, with the mouse, and waits for the list to close. */
async function choose(page: Page, name: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name }).click();
  await page.locator('.ant-select-item-option', { hasText: option }).click();
  await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
}

browserDescribe('a judicial record certificate paid online', () => {
  it('prices the copies and the exemption as the person types, and is paid on the gateway’s page', async ({
    page,
    server,
  }) => {
    const gateway = await startGatewaySimulator({
      merchant: server.gateway.merchant,
      secret: server.gateway.secret,
      ipnUrl: `${server.url}/api/v1/payments/gateway/ipn`,
      now: () => server.clock.now,
    });
    const payUrl = server.gateway.payUrl;
    server.gateway.payUrl = gateway.payUrl;
    try {
      server.clock.now = Date.parse(scenario('judicial-record').submit.at);
      await page.clock.setFixedTime(server.clock.now);
      await signInThroughPage(page, 'congdan');
      await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      await page.goto('/thu-tuc/2.001417/nop');
      await page.getByRole('heading', { level: 2, name: 'Điền tờ khai' }).waitFor();
      const fees = page.getByRole('complementary', { name: 'Phí, lệ phí dự kiến' });

      await page.getByLabel('Họ và tên').fill('Lê Văn Bình');
      await page.getByLabel('Ngày sinh').fill('12/05/1950');
      await page.getByLabel('Số định danh cá nhân / hộ chiếu').fill('040050004321');
      await page.getByLabel('Nơi thường trú').fill('12 Lê Lợi, phường Vinh Phú, Nghệ An');
      await page.getByLabel('Số điện thoại').fill('0912345678');
      await page.getByRole('group', { name: 'Người nước ngoài' }).getByLabel('Không').check();
      await page
        .getByRole('group', { name: 'Đã cư trú ở nhiều tỉnh, thành phố' })
        .getByLabel('Không')
        .check();
      await page.getByLabel('Phiếu số 1').check();
      await page.getByLabel('Mục đích sử dụng').fill('Bổ sung hồ sơ xin việc');

      // A citizen asking for four copies: the charge and two extra copies at 5,000 each.
      await choose(page, 'Đối tượng', 'Công dân');
      await page.getByLabel('Số lượng phiếu').fill('4');
      await expect.poll(() => fees.textContent()).toContain('Tổng cộng: 210.000 ₫');
      expect(await fees.textContent()).toContain('Phí cấp thêm phiếu (từ phiếu thứ 3)10.000 ₫');
      // An elderly person is exempt from the charge, not from the extra copies.
      await choose(page, 'Đối tượng', 'Người cao tuổi');
      await expect.poll(() => fees.textContent()).toContain('Tổng cộng: 10.000 ₫');
      expect(await fees.textContent()).toContain('Phí cung cấp thông tin lý lịch tư pháp0 ₫');
      await next(page);

      await page.getByRole('heading', { level: 2, name: 'Đính kèm giấy tờ' }).waitFor();
      await attach(page, 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'to-khai.pdf');
      await attach(page, 'Bản chụp giấy tờ tùy thân', 'can-cuoc.pdf');
      await next(page);
      await page.getByRole('heading', { level: 2, name: 'Kiểm tra và nộp' }).waitFor();
      await page.getByRole('checkbox', { name: /Tôi xin cam đoan/ }).check();
      await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
      await page.waitForURL(/\/ho-so\/[^/]+$/);
      const code = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

      // The reception accepts it; it then waits for its fees.
      const jar = cookieJar(server.app);
      const accepted = await server.app.inject({
        method: 'POST',
        url: `/api/v1/dossiers/${code}/actions`,
        headers: { cookie: await jar('motcua') },
        payload: { action: 'accept', revision: 1 },
      });
      expect(accepted.json()).toMatchObject({ status: 'awaiting_payment' });

      await page.goto(`/ho-so/${code}/thanh-toan`);
      const main = page.locator('main');
      await expect.poll(() => main.textContent()).toContain('Bằng chữ: Mười nghìn đồng');
      await page.getByRole('button', { name: 'Thanh toán trực tuyến' }).click();

      // The gateway's own page: the order as the gateway read it, and its button.
      await page.getByRole('heading', { level: 1, name: 'Cổng thanh toán (thử nghiệm)' }).waitFor();
      expect(await page.locator('body').textContent()).toContain('10.000 đồng');
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Thanh toán', exact: true }).click();
      await page.waitForURL((url) => url.pathname === `/ho-so/${code}/thanh-toan`);
      await page.getByText('Thanh toán thành công: hồ sơ đã nộp đủ 10.000 ₫').waitFor();
      const details = async () =>
        (await (await page.request.get(`/api/v1/dossiers/${code}/details`)).json()) as {
          status: string;
          fees: { paid: number };
        };
      expect(await details()).toMatchObject({ status: 'received', fees: { paid: 10_000 } });

      // The report again, the report forged, the report re-signed for less: refused, and nothing more paid.
      const [paid] = gateway.reports.map((r) => r.params);
      expect((await gateway.sendIpn(paid!)).answer).toMatchObject({ RspCode: '02' });
      expect((await gateway.sendIpn({ ...paid!, vnp_Amount: '100' })).answer).toMatchObject({
        RspCode: '97',
      });
      const cheaper = signed({ ...paid!, vnp_Amount: '100', vnp_TransactionNo: '99' }, server.gateway.secret);
      expect((await gateway.sendIpn(cheaper)).answer).toMatchObject({ RspCode: '04' });
      expect((await details()).fees.paid).toBe(10_000);
      await page.reload();
      await page.getByText('Thanh toán thành công: hồ sơ đã nộp đủ 10.000 ₫').waitFor();
    } finally {
      server.gateway.payUrl = payUrl;
      await gateway.close();
    }
  });

  it('keeps the estimated total in sight at the bottom of a phone’s screen, its details one tap away', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await signInThroughPage(page, 'congdan');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto('/thu-tuc/2.001417/nop');
    await page.getByRole('heading', { level: 2, name: 'Điền tờ khai' }).waitFor();
    const bar = page.getByText('Phí, lệ phí dự kiến: 210.000 ₫');
    expect(await bar.count()).toBe(0);
    await choose(page, 'Đối tượng', 'Công dân');
    await page.getByLabel('Số lượng phiếu').fill('4');
    await bar.waitFor();
    // The top of the form is in view, and the total sits on the screen's bottom edge.
    await page.getByLabel('Họ và tên').scrollIntoViewIfNeeded();
    const box = (await bar.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    expect(box.y).toBeGreaterThan(PHONE.height - 80);
    await page.getByRole('link', { name: 'Xem chi tiết' }).click();
    const details = page.getByRole('complementary', { name: 'Phí, lệ phí dự kiến' });
    await expect
      .poll(() => details.evaluate((e) => e.getBoundingClientRect().top))
      .toBeLessThan(PHONE.height);
    expect(await details.textContent()).toContain('Phí cấp thêm phiếu (từ phiếu thứ 3)10.000 ₫');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
