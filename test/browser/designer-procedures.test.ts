/**
 * The designer's home in Chromium: search without diacritics, the filters, a new procedure from scratch (by
 * keyboard only), a copy, a new version, importing a valid, an invalid and a malformed bundle, exporting a version,
 * what an approver may not do, the procedures waiting for approval (told to an approver, one click away), axe, and
 * a phone.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { example } from '../support/examples.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { liveVersion, newDraft, signInDesigner, stored } from './support/designer-editor.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { horizontalOverflow, signInThroughPage } from './support/pages.ts';

const BIRTH = example('birth-registration');
const JUDICIAL = example('judicial-record');

const titles = async (page: Page) => (await page.getByRole('heading', { level: 2 }).allTextContents()).sort();
const card = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
const dialog = (page: Page) => page.getByRole('dialog');

/** The dialog has finished appearing (axe would measure the contrast of text still fading in). */
async function dialogShown(page: Page): Promise<void> {
  await dialog(page).waitFor();
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** The editor is open on a new draft: its id from the address. */
async function openedDraft(page: Page): Promise<string> {
  await page.waitForURL(/\/designer\/versions\/[^/]+$/);
  await expect.poll(() => page.locator('.mc-editor-bar').textContent()).toContain('Bản nháp');
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Picks an option of an antd select as a keyboard user does: focus, type, Enter. */
async function choose(scope: Page | Locator, label: string, typed: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).focus();
  const page = 'keyboard' in scope ? scope : scope.page();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
}

/** Chooses a file in the browser's file picker opened by "Nhập từ tệp". */
async function importFile(page: Page, name: string, content: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

const bundle = (definition: unknown) =>
  JSON.stringify({ format: 'motcua.procedure-bundle', version: 1, definition });

browserDescribe('the designer’s procedures', () => {
  it('finds procedures typed without diacritics, and filters by sector with counts', async ({ page }) => {
    await signInDesigner(page);
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(5);
    await page.getByLabel('Tìm thủ tục', { exact: true }).fill('dang ky khai sinh');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => titles(page))
      .toEqual([BIRTH.name.vi, example('birth-residence-insurance').name.vi].sort());
    expect(await page.getByRole('status').textContent()).toBe('Có 2 thủ tục');
    expect(new URL(page.url()).searchParams.get('q')).toBe('dang ky khai sinh');

    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(5);
    await page.getByLabel('Lĩnh vực', { exact: true }).click();
    expect(await page.getByRole('option', { name: 'Lý lịch tư pháp (1)' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await choose(page, 'Lĩnh vực', 'ly lich');
    await expect.poll(() => titles(page)).toEqual([JUDICIAL.name.vi]);
    expect(new URL(page.url()).searchParams.get('sector')).toBe('ly-lich-tu-phap');
    // The other filters count what the sector lets through.
    await page.getByLabel('Mức độ', { exact: true }).click();
    const shown = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect.poll(() => shown.allTextContents()).toEqual(['Mọi mức độ', 'Trực tuyến toàn trình (1)']);
    await page.keyboard.press('Escape');
    await page.goto('/designer?q=khong-co-thu-tuc-nay');
    await page.getByText('Không có thủ tục nào khớp với điều kiện tìm').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('makes a new procedure from scratch by keyboard only, with messages in Vietnamese, and opens it', async ({
    page,
  }) => {
    await signInDesigner(page);
    await page.getByRole('button', { name: 'Thủ tục mới', exact: true }).focus();
    await page.keyboard.press('Enter');
    await dialogShown(page);
    // Sent empty: every missing answer is told.
    await page.getByRole('button', { name: 'Tạo bản nháp' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog(page).locator('.ant-form-item-explain-error').allTextContents())
      .toEqual([
        'Hãy nhập mã thủ tục.',
        'Hãy nhập tên thủ tục bằng tiếng Việt.',
        'Hãy nhập tên thủ tục bằng tiếng Anh.',
        'Hãy chọn lĩnh vực.',
        'Hãy chọn cơ quan thực hiện.',
      ]);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const code = page.getByLabel('Mã thủ tục');
    await code.focus();
    await page.keyboard.type('mã mới');
    await page.keyboard.press('Tab');
    await dialog(page).getByText('Mã thủ tục chỉ gồm chữ cái không dấu').waitFor();
    // A code taken already is told when the field is left, before anything is sent.
    await code.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(BIRTH.code);
    await page.keyboard.press('Tab');
    await dialog(page).getByText(`Đã có thủ tục mang mã ${BIRTH.code}`).waitFor();
    await code.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('T.0001');
    await page.keyboard.press('Tab'); // the name in Vietnamese
    await page.keyboard.type('Đăng ký giám hộ');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Guardianship registration');
    await choose(dialog(page), 'Lĩnh vực', 'ho tich');
    await choose(dialog(page), 'Cơ quan thực hiện', 'ubnd xa mot');
    await page.getByRole('radio', { name: 'Trực tuyến toàn trình' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Tạo bản nháp' }).focus();
    await page.keyboard.press('Enter');

    const id = await openedDraft(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Đăng ký giám hộ');
    const { definition } = await stored(page, id);
    expect(definition).toMatchObject({
      code: 'T.0001',
      name: { vi: 'Đăng ký giám hộ', en: 'Guardianship registration' },
      sector: 'ho-tich',
      unit: BIRTH.unit,
      level: 'full_online',
    });
  });

  it('copies a procedure as a new one, keeping everything but its code and name', async ({ page }) => {
    await signInDesigner(page);
    await page.getByRole('button', { name: `Sao chép thành thủ tục mới: ${JUDICIAL.name.vi}` }).click();
    await dialog(page).waitFor();
    expect(await page.getByLabel('Tên thủ tục (tiếng Việt)').inputValue()).toBe(
      `${JUDICIAL.name.vi} (bản sao)`,
    );
    await page.getByLabel('Mã thủ tục').fill('LLTP-HUYEN');
    await page.getByLabel('Tên thủ tục (tiếng Việt)').fill('Cấp Phiếu lý lịch tư pháp cấp huyện');
    await page.getByRole('button', { name: 'Tạo bản sao' }).click();
    const id = await openedDraft(page);
    const { definition } = await stored(page, id);
    expect(definition).toEqual({
      ...JUDICIAL,
      code: 'LLTP-HUYEN',
      name: { vi: 'Cấp Phiếu lý lịch tư pháp cấp huyện', en: `${JUDICIAL.name.en} (copy)` },
    });
    // The source is untouched, the copy listed as a procedure of its own.
    await page.goto('/designer?q=lltp-huyen');
    await expect.poll(() => titles(page)).toEqual(['Cấp Phiếu lý lịch tư pháp cấp huyện']);
  });

  it('makes a new version from the live one', async ({ page }) => {
    await signInDesigner(page);
    await page.getByRole('button', { name: `Tạo phiên bản mới: ${BIRTH.name.vi}` }).click();
    const id = await openedDraft(page);
    expect(await page.locator('.mc-editor-bar').textContent()).toContain('Phiên bản 2');
    expect((await stored(page, id)).definition).toEqual(BIRTH);
    await page.getByRole('link', { name: '← Danh sách thủ tục' }).click();
    await expect
      .poll(() => card(page, BIRTH.name.vi).locator('.mc-versions').textContent())
      .toBe('Phiên bản 1 · Đã công bố · đang áp dụngPhiên bản 2 · Bản nháp');
  });

  it('imports a valid bundle into the editor, lists an invalid one’s problems, and tells a malformed file', async ({
    page,
  }) => {
    await signInDesigner(page);
    await importFile(
      page,
      'ho-kinh-doanh.motcua.json',
      bundle({ ...example('household-business'), code: 'HKD-2' }),
    );
    const valid = await openedDraft(page);
    expect((await stored(page, valid)).definition.code).toBe('HKD-2');

    await page.goto('/designer');
    const broken = {
      ...JUDICIAL,
      code: 'LLTP-LOI',
      name: { vi: 'Thủ tục nhập lỗi', en: 'Broken import' },
      process: { nodes: [], edges: [] },
    };
    await importFile(page, 'loi.motcua.json', bundle(broken));
    await dialogShown(page);
    await dialog(page).getByText('Đã nhập thành bản nháp').waitFor();
    expect(await dialog(page).textContent()).toContain(
      'Tệp “loi.motcua.json” đã thành bản nháp phiên bản 1 của thủ tục “Thủ tục nhập lỗi” (LLTP-LOI).',
    );
    expect(await dialog(page).locator('.mc-import-problems li').count()).toBeGreaterThan(0);
    expect(await dialog(page).locator('.mc-import-problems').textContent()).toContain('Lỗi');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Mở bản nháp để sửa' }).click();
    const kept = await openedDraft(page);
    expect((await stored(page, kept)).definition).toEqual(broken);

    await page.goto('/designer');
    await importFile(page, 'hong.json', '{"format": "motcua');
    await page.getByRole('alert').filter({ hasText: 'Không nhập được tệp “hong.json”' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toContain(
      'Gói thủ tục không hợp lệ: không phải JSON',
    );
  });

  it('exports a version as a file holding its definition', async ({ page }) => {
    await signInDesigner(page);
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: `Tải tệp phiên bản 1 của thủ tục ${JUDICIAL.code}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${JUDICIAL.code}-v1.motcua.json`);
    const saved = JSON.parse(await readFile((await file.path())!, 'utf8'));
    const version = await stored(page, await liveVersion(page, JUDICIAL.code));
    expect(saved).toEqual({ format: 'motcua.procedure-bundle', version: 1, definition: version.definition });
  });

  it('shows an approver the list and the files, and no button that changes anything', async ({ page }) => {
    await signInThroughPage(page, 'pheduyet', '/designer/sign-in');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(5);
    await page.getByText('chỉ cán bộ cấu hình mới tạo hoặc sửa thủ tục').waitFor();
    for (const name of ['Thủ tục mới', 'Nhập từ tệp', 'Tạo phiên bản mới', 'Sao chép thành thủ tục mới']) {
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    }
    expect(await card(page, JUDICIAL.name.vi).getByRole('link').count()).toBe(2); // open, download
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('tells an approver how many procedures wait for approval, and lists them in one click', async ({
    page,
  }) => {
    await signInDesigner(page);
    const { id } = await newDraft(page, JUDICIAL.code);
    expect((await page.request.post(`/api/v1/procedure-versions/${id}/submit`)).status()).toBe(200);
    await page.context().clearCookies();
    await signInThroughPage(page, 'pheduyet', '/designer/sign-in');
    const notice = page.getByRole('alert').filter({ hasText: 'đang chờ phê duyệt' });
    await expect.poll(() => notice.textContent()).toContain('Có 1 thủ tục có phiên bản đang chờ phê duyệt.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await notice.getByRole('button', { name: 'Xem các thủ tục chờ phê duyệt' }).click();
    await expect.poll(() => titles(page)).toEqual([JUDICIAL.name.vi]);
    expect(new URL(page.url()).searchParams.get('status')).toBe('submitted');
    const quick = page.getByRole('button', { name: 'Chờ phê duyệt (1)' });
    expect(await quick.getAttribute('aria-pressed')).toBe('true');
    expect(await notice.count()).toBe(0);
    await quick.click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(1);
    expect(await quick.getAttribute('aria-pressed')).toBe('false');
  });

  it('fits a phone: the list and the new procedure dialog', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await signInDesigner(page);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Thủ tục mới', exact: true }).click();
    await dialogShown(page);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
