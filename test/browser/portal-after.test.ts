/**
 * After submitting, in Chromium: the receipt page (code, status, the fee, the receipt slip PDF, the tracking QR code,
 * the way to pay when fees are due), "my dossiers" with what the citizen must do, and the public tracking page
 * without personal data, which says so without a useless "try again" when no dossier has the code; axe and a phone
 * on each.
 */
import { expect } from 'vitest';
import { BIRTH, JUDICIAL, scenario } from '../support/examples.ts';
import { cookieJar } from '../support/http.ts';
import { submitOnline } from '../server/online-submission.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { factsOf, horizontalOverflow, signInThroughPage } from './support/pages.ts';

browserDescribe('the portal after submitting', () => {
  it('shows the receipt with its PDF, my dossiers, and tracking by code without personal data', async ({
    page,
    server,
  }) => {
    server.clock.now = Date.parse(scenario('birth-registration').submit.at);
    const cookie = cookieJar(server.app);
    const submitted = await submitOnline(server.app, await cookie('congdan'), 'birth-registration', BIRTH);
    const { code } = submitted.json<{ code: string }>();
    await signInThroughPage(page, 'congdan');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();

    await page.getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain(code);
    expect(await page.locator('main').textContent()).toContain('Chờ cơ quan tiếp nhận hồ sơ');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: `Xem hồ sơ ${code}` }).click();
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    await page.getByRole('img', { name: new RegExp(code.replace(/\./g, '\\.')) }).waitFor();
    // The QR code says what scanning it does, for whoever meets one cold.
    expect(await page.locator('figure', { has: page.getByRole('img') }).textContent()).toBe(
      'Quét mã bằng điện thoại để xem tình trạng hồ sơ bất cứ lúc nào.',
    );
    const pdf = page.getByRole('link', { name: 'Tải giấy tiếp nhận hồ sơ (PDF)' });
    const slip = await page.request.get((await pdf.getAttribute('href'))!);
    expect(slip.headers()['content-type']).toContain('application/pdf');
    expect((await slip.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await page.getByRole('link', { name: 'Nộp phí, lệ phí' }).count()).toBe(0); // not accepted yet
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Anyone may track it by code: status and timeline, no name of the applicant.
    const stranger = await page.context().browser()!.newContext({ baseURL: server.url });
    const tracker = await stranger.newPage();
    await tracker.goto('/tra-cuu');
    await tracker.getByLabel('Mã hồ sơ').fill(code);
    await tracker.getByRole('button', { name: 'Tra cứu' }).click();
    await expect.poll(() => tracker.locator('main').textContent()).toContain('Đăng ký khai sinh');
    const tracked = (await tracker.locator('main').textContent())!;
    expect(tracked).toContain('Nộp hồ sơ');
    expect(tracked).not.toContain('Nguyễn Văn Dân');
    expect(await seriousA11yViolations(tracker)).toEqual([]);
    await tracker.setViewportSize(PHONE);
    expect(await horizontalOverflow(tracker)).toBeLessThanOrEqual(0);
    await stranger.close();

    await page.setViewportSize(PHONE);
    await page.goto(`/ho-so/${code}`);
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows the fee on the receipt of a dossier that has one', async ({ page, server }) => {
    server.clock.now = Date.parse(scenario('judicial-record').submit.at);
    const cookie = cookieJar(server.app);
    const submitted = await submitOnline(server.app, await cookie('congdan'), 'judicial-record', JUDICIAL);
    const { code } = submitted.json<{ code: string }>();
    await signInThroughPage(page, 'congdan');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto(`/ho-so/${code}`);
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    // The charge (200,000) and the third copy (5,000), as the portal writes money.
    await expect.poll(async () => (await factsOf(page.locator('main')))['Phí, lệ phí']).toBe('205.000 ₫');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('tells that no dossier has the code, without offering to try again', async ({ page }) => {
    await page.goto('/tra-cuu/KHONG-CO-MA-NAY');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Không tìm thấy hồ sơ "KHONG-CO-MA-NAY".');
    expect(await alert.getByRole('button').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
