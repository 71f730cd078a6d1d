/**
 * The editor's settings tabs in Chromium, on a draft of the judicial record: a component added (and undone), a fee
 * changed and the calculator used, a fee's effective dates typed dd/mm/yyyy, the processing time and the cut-off
 * changed — each saved in the stored definition; a published version's rules shown without editing controls; axe
 * on each tab, and a phone's width without sideways scrolling.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { example } from '../support/examples.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { liveVersion, newDraft, signInDesigner, stored } from './support/designer-editor.ts';
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

/** The rule editors' controls that still take input, but for the visual/JSON switch and the calculator. */
const liveRuleControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.mc-rule-editor :is(button, input, textarea, [contenteditable="true"])')]
      .filter((e) => !e.closest('.mc-rule-try, .mc-rule-mode') && !e.matches(':disabled'))
      .map((e) => e.getAttribute('aria-label') ?? e.textContent),
  );

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

  it('takes a fee table’s effective dates as dd/mm/yyyy and stores them as ISO days', async ({ page }) => {
    const id = await openTab(page, 'fees', 'Lệ phí');
    const from = page.getByLabel('Áp dụng từ ngày').first();
    expect(await from.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await from.pressSequentially('01072027');
    expect(await from.inputValue()).toBe('01/07/2027');
    await expect
      .poll(async () => (await stored(page, id)).definition.fees[0].effective)
      .toEqual({ from: '2027-07-01' });
    // Half a date is not a day: nothing is kept until it is whole again.
    await from.press('Backspace');
    expect(await from.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(async () => (await stored(page, id)).definition.fees[0].effective).toBeUndefined();
    await from.fill('31/12/2026');
    await expect
      .poll(async () => (await stored(page, id)).definition.fees[0].effective)
      .toEqual({ from: '2026-12-31' });
  });

  it('shows the rules of a published version without any control to change them', async ({ page }) => {
    await signInDesigner(page);
    const live = await liveVersion(page, JUDICIAL.code);
    for (const [tab, heading] of [
      ['fees', 'Lệ phí'],
      ['components', 'Thành phần hồ sơ'],
      ['time', 'Thời hạn và cài đặt'],
    ]) {
      await page.goto(`/designer/versions/${live}/${tab}`);
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      await page.locator('.mc-rule-editor').first().waitFor();
      expect(await liveRuleControls(page), tab).toEqual([]);
    }
    const fees = page.locator('.mc-rule-editor').first();
    await page.goto(`/designer/versions/${live}/fees`);
    await fees.getByRole('button', { name: 'Thêm điều kiện' }).first().waitFor();
    for (const name of ['Thêm điều kiện', 'Thêm nhóm', 'Xóa trường hợp 1', 'Chuyển trường hợp 2 lên'])
      expect(await fees.getByRole('button', { name }).first().isDisabled(), name).toBe(true);
    // The calculator still prices sample answers.
    const calculator = fees.getByRole('region', { name: 'Thử tính' });
    expect(await calculator.getByLabel('Ngày nộp hồ sơ').isEnabled()).toBe(true);
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
