/**
 * The editor's settings tabs in Chromium, on a draft of the judicial record: a component added (and undone), a fee
 * changed and the calculator used, the processing time and the cut-off changed — each saved in the stored
 * definition; axe on each tab, and a phone's width without sideways scrolling.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { example } from '../support/examples.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { newDraft, signInDesigner, stored } from './support/designer-editor.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { horizontalOverflow } from './support/pages.ts';

const JUDICIAL = example('judicial-record');

/** A new draft of the judicial record, opened on one of the settings tabs. */
async function openTab(page: Page, tab: string, heading: string): Promise<string> {
  await signInDesigner(page);
  const { id } = await newDraft(page, JUDICIAL.code);
  await page.goto(`/designer/versions/${id}/${tab}`);
  await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  return id;
}

browserDescribe('the designer settings tabs', () => {
  it('adds a component, saved in the draft, and undoes it', async ({ page }) => {
    const id = await openTab(page, 'components', 'Thành phần hồ sơ');
    const components = async () => (await stored(page, id)).definition.components;
    await page.getByRole('button', { name: 'Thêm thành phần hồ sơ' }).click();
    await page.getByLabel('Tên giấy tờ (tiếng Việt)').last().fill('Giấy uỷ quyền');
    await expect
      .poll(async () => (await components()).at(-1))
      .toMatchObject({ id: 'component', name: { vi: 'Giấy uỷ quyền' }, required: true });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(async () => (await components()).length).toBe(JUDICIAL.components.length);
  });

  it('changes a fee, saved in the draft, and prices sample answers with the calculator', async ({ page }) => {
    const id = await openTab(page, 'fees', 'Lệ phí');
    await page
      .getByRole('radiogroup', { name: /Loại khoản thu “Phí cung cấp/ })
      .getByText('Lệ phí')
      .click();
    await expect.poll(async () => (await stored(page, id)).definition.fees[0].kind).toBe('fee');
    const calculator = page.getByRole('region', { name: 'Tính thử lệ phí' });
    await calculator.getByRole('textbox').fill('4');
    await expect
      .poll(() => calculator.locator('.mc-settings-total').textContent())
      .toBe('Tổng cộng: 210.000 ₫');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('sets a fixed processing time and a cut-off, saved in the draft; a phone does not scroll sideways', async ({
    page,
  }) => {
    const id = await openTab(page, 'time', 'Thời hạn và cài đặt');
    await page.getByRole('radio', { name: 'Cố định' }).check();
    await page.getByLabel('Số lượng').fill('12');
    await page.getByLabel('Giờ chốt tiếp nhận').fill('15:00');
    await expect
      .poll(async () => {
        const { definition } = await stored(page, id);
        return [definition.processingTime, definition.settings.cutoff];
      })
      .toEqual([{ value: 12, unit: 'working_days' }, '15:00']);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    for (const tab of ['Thành phần hồ sơ', 'Lệ phí', 'Thời hạn và cài đặt']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('heading', { level: 2, name: tab }).waitFor();
      await expect.poll(() => horizontalOverflow(page)).toBe(0);
    }
  });
});
