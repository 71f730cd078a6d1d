/**
 * The simulate tab in Chromium, on a draft of the birth registration: the clerk hands in a test dossier through the
 * citizen's form, takes each step to the result as the role offered, reads the fee and the due time the engine
 * computed, saves the run as a scenario (stored in the draft, so publishing runs it) and runs the saved scenarios,
 * which fail with the reason once the draft changes; axe on the way, and a phone's width without sideways scrolling.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { example } from '../support/examples.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { newDraft, signInDesigner, stored } from './support/designer-editor.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { factsOf, horizontalOverflow } from './support/pages.ts';

const BIRTH = example('birth-registration');
const SHOTS = join(import.meta.dirname, '../../test-results/designer-simulate');

const field = (page: Page, path: string) => page.locator(`[id$="${path}"]`);

/** The answers of the example scenario, typed as a clerk types them: a child born three weeks before. */
async function fillAnswers(page: Page): Promise<void> {
  await field(page, '/child/fullName').fill('Nguyễn Minh An');
  await field(page, '/child/birthDate').fill('02/11/2026');
  await page.getByRole('radio', { name: 'Nam', exact: true }).check();
  await field(page, '/child/birthPlace').fill('Bệnh viện Sản Nhi Nghệ An');
  await field(page, '/mother/fullName').fill('Trần Thị Hoa');
  await field(page, '/mother/idNumber').fill('040190001234');
  await field(page, '/applicant/fullName').fill('Trần Thị Hoa');
  await field(page, '/applicant/idNumber').fill('040190001234');
  await page.getByRole('radio', { name: 'Mẹ', exact: true }).check();
  await field(page, '/applicant/phone').fill('0912345678');
  await page.getByRole('radio', { name: 'Giấy chứng sinh' }).check();
  await field(page, '/extractCopies').fill('2');
  await page.getByRole('checkbox', { name: 'Giấy chứng sinh' }).check();
  await page.getByLabel('Thời điểm nộp (giờ Việt Nam)').fill('2026-11-23T14:10');
}

/** Takes the offered action whose button reads `name`, after the wait set, from the keyboard. */
async function act(page: Page, name: string | RegExp): Promise<void> {
  const before = await page.locator('.mc-sim-timeline > ol > li').count();
  await page.getByRole('region', { name: 'Việc có thể làm' }).getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.mc-sim-timeline > ol > li').count()).toBe(before + 1);
}

browserDescribe('the designer simulate tab', () => {
  it('runs a birth registration to its result, shows the fee and due time, and saves it as a scenario', async ({
    page,
  }) => {
    await signInDesigner(page);
    const { id } = await newDraft(page, BIRTH.code);
    await page.goto(`/designer/versions/${id}/simulate`);
    await page.getByRole('heading', { level: 2, name: 'Chạy thử thủ tục' }).waitFor();
    await fillAnswers(page);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Bắt đầu chạy thử' }).click();
    await page.getByRole('heading', { level: 3, name: 'Bước 2: Giải quyết hồ sơ' }).waitFor();

    // Born 21 days before: registered on time, so the fee is waived; two extract copies at 8,000 each.
    const summary = page.locator('.mc-sim-summary');
    expect(await summary.locator('.mc-sim-total').textContent()).toBe('Tổng cộng: 16.000 ₫');
    expect(await factsOf(summary)).toMatchObject({
      'Trạng thái': 'Đã nộp, chờ tiếp nhận',
      'Giờ mô phỏng': '14:10 23/11/2026',
      // Receiving and scanning has half a working hour.
      'Việc “Tiếp nhận, số hóa hồ sơ”': 'Bộ phận Một cửa, hạn 14:40 23/11/2026',
    });

    // Ten minutes later, reception accepts: received before the 15:00 cut-off, due by the close of the day.
    await page.getByLabel('Khoảng thời gian chờ').fill('0.25');
    await act(page, 'Tiếp nhận (Bộ phận Một cửa)');
    await expect.poll(async () => (await factsOf(summary))['Hẹn trả kết quả']).toBe('17:00 23/11/2026');
    expect(await page.locator('.mc-sim-timeline').textContent()).toContain(
      'In phiếu: Giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu 01)',
    );
    expect(await page.locator('.react-flow__node.mc-sim-current').getAttribute('data-id')).toBe('payment');
    expect(await seriousA11yViolations(page)).toEqual([]);

    for (const action of [
      /^Ghi nhận đã nộp phí, lệ phí/,
      /^Hoàn thành/,
      /^Phê duyệt/,
      /^Ban hành kết quả/,
      /^Trả kết quả/,
    ]) {
      await act(page, action);
    }
    await expect.poll(async () => (await factsOf(summary))['Trạng thái']).toBe('Đã trả kết quả');
    expect(await page.locator('.react-flow__edge.mc-sim-taken').count()).toBe(BIRTH.process.edges.length);
    await page.screenshot({ path: join(SHOTS, 'desktop.png'), fullPage: true });

    await page.getByLabel('Tên kịch bản').fill('Khai sinh đúng hạn');
    await page.getByRole('button', { name: 'Lưu thành kịch bản' }).click();
    await expect
      .poll(async () => (await stored(page, id)).definition.scenarios?.map((s) => [s.name, s.expect]))
      .toEqual([['Khai sinh đúng hạn', { status: 'completed', nodes: [], feeTotal: 16_000 }]]);
    await page.getByRole('button', { name: 'Chạy tất cả kịch bản' }).click();
    await expect.poll(() => page.locator('.mc-sim-saved-list > li').first().textContent()).toContain('Đạt');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // The draft then asks for the applicant's ID always: the saved run, which did not hand it in, fails, and says why.
    await page.getByRole('tab', { name: 'Thành phần hồ sơ' }).click();
    await page
      .getByRole('radiogroup', { name: /^Khi nào cần nộp “Giấy tờ tùy thân/ })
      .getByText('Luôn cần')
      .click();
    await page.getByRole('tab', { name: 'Chạy thử' }).click();
    await page.getByRole('button', { name: 'Chạy tất cả kịch bản' }).click();
    const saved = page.locator('.mc-sim-saved-list > li').first();
    await expect.poll(() => saved.locator('.ant-tag').textContent()).toBe('Không đạt');
    expect(await saved.locator('.mc-sim-reason').textContent()).toMatch(
      /^Kịch bản "Khai sinh đúng hạn" không đạt khi nộp hồ sơ: /,
    );

    await page.setViewportSize(PHONE);
    await expect.poll(() => horizontalOverflow(page)).toBe(0);
    await page.getByRole('heading', { name: 'Bước 2: Giải quyết hồ sơ' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'phone.png') });
  });
});

mkdirSync(SHOTS, { recursive: true });
