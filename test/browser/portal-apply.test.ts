/**
 * Applying online in Chromium, from the procedure page to the receipt: the generated form step by step with its
 * errors, the live fee estimate, each component's files (the rules shown first, a wrong type refused in the page,
 * a mislabelled file refused by the server, a required paper missing), the pledge, and a double-clicked submission
 * that files one dossier. The page's clock is the server's: the fee rules read today.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { BIRTH, scenario } from '../support/examples.ts';
import { cookieJar } from '../support/http.ts';
import { submitOnline } from '../server/online-submission.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { horizontalOverflow, signInThroughPage } from './support/pages.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

const next = (page: Page) => page.getByRole('button', { name: /^Tiếp tục/ }).click();

/** The birth registration's answers, typed as a person would, step by step (2 extract copies, born in time). */
async function fillBirthForm(page: Page): Promise<void> {
  await page.getByLabel('Họ, chữ đệm, tên').fill('Nguyễn Minh An');
  await page.getByLabel('Ngày sinh').fill('02/11/2026');
  await page.getByLabel('Nam', { exact: true }).check();
  await page.getByLabel('Nơi sinh').fill('Bệnh viện Sản Nhi Nghệ An');
  await next(page);
  await page.getByLabel('Họ, chữ đệm, tên người mẹ').fill('Trần Thị Hoa');
  await page.getByLabel('Số định danh cá nhân').fill('040190001234');
  await next(page);
  await next(page); // no father declared
  await page.getByLabel('Họ, chữ đệm, tên').fill('Trần Thị Hoa');
  await page.getByLabel('Số định danh cá nhân').fill('040190001234');
  await page.getByLabel('Mẹ', { exact: true }).check();
  await page.getByLabel('Số điện thoại').fill('0912345678');
  await next(page);
  await page.getByLabel('Giấy chứng sinh', { exact: true }).check();
  await page.getByLabel('Số bản sao trích lục').fill('2');
}

async function attach(
  page: Page,
  component: string,
  file: { name: string; mimeType: string; buffer: Buffer },
) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: `Chọn tệp: ${component}` }).click();
  await (await chooser).setFiles(file);
}

browserDescribe('applying online', () => {
  it('goes from the procedure page through the form, the papers and the pledge to one dossier', async ({
    page,
    server,
  }) => {
    server.clock.now = Date.parse(scenario('birth-registration').submit.at);
    await page.clock.setFixedTime(server.clock.now);
    await signInThroughPage(page, 'congdan');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto('/thu-tuc/1.001193');
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nộp hồ sơ: Đăng ký khai sinh' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Điền tờ khai' }).waitFor();
    const fees = page.getByRole('complementary', { name: 'Phí, lệ phí dự kiến' });
    expect(await fees.textContent()).toContain('Sẽ được tính khi bạn điền đủ');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Going on with the first step empty: the errors, said how to fix, and the focus on the first of them.
    await next(page);
    await page.getByText('Trường “Họ, chữ đệm, tên” là bắt buộc').first().waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');

    await fillBirthForm(page);
    await expect.poll(() => fees.textContent()).toContain('Tổng cộng: 16.000 ₫');
    expect(await fees.textContent()).toContain('Lệ phí đăng ký khai sinh0 ₫');
    await next(page);

    await page.getByRole('heading', { level: 2, name: 'Đính kèm giấy tờ' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Đính kèm giấy tờ');
    const birthProof = page.locator('section', {
      has: page.getByRole('heading', { name: /^Giấy chứng sinh/ }),
    });
    expect(await birthProof.textContent()).toContain('Bắt buộc');
    expect(await birthProof.textContent()).toContain('Nhận tệp PDF, JPEG, PNG, tối đa 10 MB');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The required paper missing; a type the component does not take; a file whose content is not what it says.
    await next(page);
    await birthProof.getByText('Chưa có tệp cho giấy tờ bắt buộc "Giấy chứng sinh".').waitFor();
    await attach(page, 'Giấy chứng sinh', {
      name: 'ghi-chu.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('x'),
    });
    await birthProof.getByText('Tệp "ghi-chu.txt" không đúng loại. Chỉ nhận tệp PDF, JPEG, PNG.').waitFor();
    await attach(page, 'Giấy chứng sinh', {
      name: 'chung-sinh.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('not a PDF at all'),
    });
    await birthProof.getByText(/Không nhận dạng được loại tệp/).waitFor();
    await attach(page, 'Giấy chứng sinh', {
      name: 'chung-sinh.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await birthProof
      .getByRole('list', { name: 'Tệp đã đính kèm: Giấy chứng sinh' })
      .getByText('chung-sinh.pdf')
      .waitFor();
    expect(await birthProof.getByRole('alert').count()).toBe(0);
    await next(page);

    await page.getByRole('heading', { level: 2, name: 'Kiểm tra và nộp' }).waitFor();
    expect(await page.locator('main').textContent()).toContain('Giấy chứng sinh: chung-sinh.pdf');
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await page.getByText('Hãy đánh dấu lời cam đoan trước khi nộp hồ sơ.').waitFor();
    await page.getByRole('checkbox', { name: /Tôi xin cam đoan/ }).check();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).dblclick();

    await page.waitForURL(/\/ho-so\/[^/]+$/);
    const code = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    await page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` }).waitFor();
    const mine = await page.request.get('/api/v1/me/dossiers');
    const items = (await mine.json()).items as { code: string }[];
    expect(items.map((d) => d.code)).toEqual([code]);
    const detail = await (await page.request.get(`/api/v1/dossiers/${code}/details`)).json();
    expect(detail.fees.total).toBe(16_000);
    expect(detail.data.child).toMatchObject({ fullName: 'Nguyễn Minh An', birthDate: '2026-11-02' });
  });

  it('keeps the draft on the server: taken up in a second browser, and the first told when it is stale', async ({
    page,
    browser,
    server,
  }) => {
    await page.clock.setFixedTime(Date.parse(scenario('birth-registration').submit.at));
    await signInThroughPage(page, 'congdan');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto('/thu-tuc/1.001193/nop');
    await page.getByText('Bản nháp được lưu tự động khi bạn điền.').waitFor();
    await fillBirthForm(page);
    await next(page);
    await attach(page, 'Giấy chứng sinh', {
      name: 'chung-sinh.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByText(/^Đã lưu bản nháp lúc/).waitFor();

    // Another device: the same person, signed in afresh, finds the answers and the file where they were left.
    const other = await browser.newContext({ baseURL: server.url });
    const second = await other.newPage();
    await signInThroughPage(second, 'congdan');
    await second.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await second.goto('/thu-tuc/1.001193/nop');
    await second.getByText(/^Bạn đang tiếp tục bản nháp đã lưu lúc/).waitFor();
    expect(await second.getByLabel('Họ, chữ đệm, tên').inputValue()).toBe('Nguyễn Minh An');
    expect(await second.getByLabel('Ngày sinh').inputValue()).toBe('02/11/2026');
    for (let step = 0; step < 4; step++) await next(second);
    await next(second);
    await second
      .getByRole('list', { name: 'Tệp đã đính kèm: Giấy chứng sinh' })
      .getByText('chung-sinh.pdf')
      .waitFor();
    await second.getByRole('button', { name: 'Quay lại' }).click();
    await second.getByLabel('Số bản sao trích lục').fill('3');
    await second.getByText(/^Đã lưu bản nháp lúc/).waitFor();
    await other.close();

    // The first browser saves over a copy it has not seen: it is asked which copy to keep.
    await page.getByRole('button', { name: 'Quay lại' }).click();
    await page.getByLabel('Số bản sao trích lục').fill('1');
    await page.getByText('Bản nháp vừa được sửa trên một thiết bị khác. Bạn muốn giữ bản nào?').waitFor();
    await page.getByRole('button', { name: 'Mở bản đã lưu' }).click();
    await page.getByText(/^Bạn đang tiếp tục bản nháp đã lưu lúc/).waitFor();
    for (let step = 0; step < 4; step++) await next(page);
    expect(await page.getByLabel('Số bản sao trích lục').inputValue()).toBe('3');

    // "My dossiers" lists the application not yet filed, with the way back to it.
    await page.goto('/ho-so');
    await page.getByRole('heading', { level: 2, name: 'Hồ sơ đang soạn dở' }).waitFor();
    await page.getByRole('link', { name: 'Tiếp tục nộp: Đăng ký khai sinh' }).click();
    await page.getByText(/^Bạn đang tiếp tục bản nháp đã lưu lúc/).waitFor();
  });

  it('uses a document handed in with an earlier dossier instead of uploading it again', async ({
    page,
    server,
  }) => {
    server.clock.now = Date.parse(scenario('birth-registration').submit.at);
    await page.clock.setFixedTime(server.clock.now);
    const cookie = cookieJar(server.app);
    const earlier = await submitOnline(server.app, await cookie('congdan'), 'birth-registration', BIRTH);
    const { code } = earlier.json<{ code: string }>();
    await signInThroughPage(page, 'congdan');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.request.delete('/api/v1/me/drafts/1.001193');
    await page.goto('/thu-tuc/1.001193/nop');
    await page.getByRole('heading', { level: 2, name: 'Điền tờ khai' }).waitFor();
    await fillBirthForm(page);
    await next(page);
    await page.getByRole('button', { name: 'Dùng giấy tờ đã nộp trước đây cho: Giấy chứng sinh' }).click();
    const picker = page.getByRole('dialog', { name: 'Giấy tờ đã nộp trước đây — Giấy chứng sinh' });
    await picker.getByText(`hồ sơ ${code}`, { exact: false }).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await picker.getByRole('button', { name: 'Dùng tệp birth_certificate.pdf' }).click();
    await picker.waitFor({ state: 'hidden' });
    const attached = page.getByRole('list', { name: 'Tệp đã đính kèm: Giấy chứng sinh' });
    await attached.getByText('birth_certificate.pdf').waitFor();
  });

  it('fits a phone', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await signInThroughPage(page, 'congdan');
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.goto('/thu-tuc/1.001193/nop');
    await page.getByRole('heading', { level: 2, name: 'Điền tờ khai' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('sends someone not signed in to sign in, and back to the form afterwards', async ({ page }) => {
    await page.goto('/thu-tuc/1.001193/nop');
    await page.waitForURL(/sign-in\?next=/);
    await page.getByLabel('Tên đăng nhập').fill('congdan');
    await page.getByLabel('Mật khẩu').fill('motcua-congdan-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 2, name: 'Điền tờ khai' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/thu-tuc/1.001193/nop');
  });
});
