/**
 * A citizen's whole way, from the keyboard only: the catalogue searched without diacritics, the procedure page,
 * sign-in, the birth registration's form, its paper, the pledge and the submission; then, once the officers have
 * brought the dossier to its result through the API, the rating. Every control is reached with Tab and used with
 * the keys a person would press — a control the keyboard cannot reach fails the test.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { scenario } from '../support/examples.ts';
import { cookieJar } from '../support/http.ts';
import { act } from '../server/result-support.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** The focused element's name as assistive technology reads it: its label, aria-label or text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return '';
    const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '';
    return label
      .replace(/\s+/g, ' ')
      .replace(/\s*\*$/, '')
      .trim();
  });

/** Presses Tab until the control named `name` has the focus (at most 80 presses). */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const now = await focusedName(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
    seen.push(now);
  }
  throw new Error(`Tab never reached "${String(name)}"; it went through: ${seen.join(' | ')}`);
}

async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.type(text);
}

async function next(page: Page): Promise<void> {
  await tabTo(page, /^Tiếp tục/);
  await page.keyboard.press('Enter');
}

browserDescribe('a citizen’s way from the keyboard only', () => {
  it('searches, applies, submits and later rates the service without the mouse', async ({ page, server }) => {
    // Listening from the start turns Chromium's file-chooser interception on long before the key press; a
    // listener added just before it can lose that race on a loaded machine, and the chooser then never reports.
    const chooser = page.waitForEvent('filechooser', { timeout: 0 });
    server.clock.now = Date.parse(scenario('birth-registration').submit.at);
    await page.clock.setFixedTime(server.clock.now);
    await page.goto('/');
    await typeInto(page, 'Tìm thủ tục', 'dang ky khai sinh');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).allTextContents())
      .toContain('Đăng ký khai sinh');
    // Two procedures match; the card's link of the birth registration leads to its page.
    do await tabTo(page, 'Xem thủ tục và nộp hồ sơ');
    while (!(await page.evaluate(() => document.activeElement?.getAttribute('href')))?.endsWith('/1.001193'));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Đăng ký khai sinh' }).waitFor();
    await tabTo(page, 'Nộp hồ sơ trực tuyến');
    await page.keyboard.press('Enter');

    await page.getByLabel('Tên đăng nhập').waitFor();
    await typeInto(page, 'Tên đăng nhập', 'congdan');
    await typeInto(page, 'Mật khẩu', 'motcua-congdan-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Điền tờ khai' }).waitFor();

    await typeInto(page, 'Họ, chữ đệm, tên', 'Nguyễn Minh An');
    await typeInto(page, 'Ngày sinh', '02/11/2026');
    await tabTo(page, 'Nam');
    await page.keyboard.press('Space');
    await typeInto(page, 'Nơi sinh', 'Bệnh viện Sản Nhi Nghệ An');
    await next(page);
    await typeInto(page, 'Họ, chữ đệm, tên người mẹ', 'Trần Thị Hoa');
    await typeInto(page, 'Số định danh cá nhân', '040190001234');
    await next(page);
    await next(page);
    await typeInto(page, 'Họ, chữ đệm, tên', 'Trần Thị Hoa');
    await typeInto(page, 'Số định danh cá nhân', '040190001234');
    await tabTo(page, 'Mẹ');
    await page.keyboard.press('Space');
    await typeInto(page, 'Số điện thoại', '0912345678');
    await next(page);
    await tabTo(page, 'Giấy chứng sinh');
    await page.keyboard.press('Space');
    await typeInto(page, 'Số bản sao trích lục', '2');
    await next(page);

    await page.getByRole('heading', { level: 2, name: 'Đính kèm giấy tờ' }).waitFor();
    await tabTo(page, 'Chọn tệp: Giấy chứng sinh');
    await page.keyboard.press('Enter');
    await (await chooser).setFiles({ name: 'chung-sinh.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('list', { name: 'Tệp đã đính kèm: Giấy chứng sinh' }).waitFor();
    await next(page);

    await page.getByRole('heading', { level: 2, name: 'Kiểm tra và nộp' }).waitFor();
    await tabTo(page, /^Tôi xin cam đoan/);
    await page.keyboard.press('Space');
    await tabTo(page, 'Nộp hồ sơ');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ho-so\/[^/]+$/);
    const code = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

    // The officers bring it to its result (counter payment, appraisal, approval, the result issued).
    const jar = cookieJar(server.app);
    let revision = (await (await page.request.get(`/api/v1/dossiers/${code}/details`)).json()).revision;
    const steps: [string, string, object?][] = [
      ['motcua', 'accept'],
      ['motcua', 'pay', { amount: 16_000, method: 'counter', reference: 'BL-0001' }],
      ['chuyenvien', 'complete'],
      ['lanhdao', 'approve'],
      ['lanhdao', 'issue_result'],
    ];
    for (const [login, action, input] of steps) {
      const res = await act(server.app, await jar(login), code, {
        action,
        revision,
        ...(input && { input }),
      });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      revision = res.json<{ revision: number }>().revision;
    }

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Kết quả giải quyết' }).waitFor();
    // The stars are one control: Tab reaches it, the arrow keys choose the score.
    await tabTo(page, /^★1 sao/);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByRole('radio', { name: /^5 sao/ }).getAttribute('aria-checked'))
      .toBe('true');
    await typeInto(page, 'Góp ý (không bắt buộc)', 'Nhanh, không phải đi lại.');
    await tabTo(page, 'Gửi đánh giá');
    await page.keyboard.press('Enter');
    await page.getByText('Bạn đã đánh giá 5/5 sao. Cảm ơn bạn.').waitFor();
    const [rating] = await server.store.run((tx) => tx.select('ratings', {}), 'read');
    expect(rating).toMatchObject({ score: 5, comment: 'Nhanh, không phải đi lại.' });
  });
});
