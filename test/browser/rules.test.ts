/**
 * The rule editors in Chromium, on their harness page (RuleField at a place of an example definition): a condition
 * built by keyboard only, the raw view and back, an invalid raw edit, a rule only the raw view can show, a fee
 * with its cases and calculator, a component's required-when; axe on each, and a phone's width.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Rule } from '../../schemas/procedure.ts';
import { example } from '../support/examples.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { browserDescribe } from './support/fixtures.ts';
import { horizontalOverflow } from './support/pages.ts';
import { renderRule, ruleChanges, rulesTest as it } from './support/rules-harness.ts';

const birth = example('birth-registration');
const judicial = example('judicial-record');
const NOW = Date.parse('2026-11-23T09:00:00+07:00');
const VISIBLE = {
  definition: birth,
  path: '/form/ui/fields/father/visibleIf',
  label: 'Hiện phần Người cha khi',
};

/** Presses Tab until `target` has the focus: proof that the keyboard reaches it. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Picks an option of the focused antd select by typing part of its label, then Enter, and waits for the list to close. */
async function choose(page: Page, typed: string): Promise<void> {
  await page.keyboard.type(typed);
  // The select marks the option Enter will take once the list has been filtered.
  await page.waitForFunction(() => {
    const id = document.activeElement?.getAttribute('aria-activedescendant');
    return !!id && document.getElementById(id) !== null;
  });
  await page.keyboard.press('Enter');
  // antd animates the list in and out, and marks it hidden once it has gone: what it covered, and axe, see the
  // page only then (a list scaled to nothing while it appears looks invisible, yet is about to show).
  await expect
    .poll(() => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count())
    .toBe(0);
}

const rawText = (page: Page) => page.locator('.cm-content').innerText();

/** Replaces the raw view's text, as a paste would (the editor's own bracket closing left out). */
async function typeRaw(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

const lastChange = async (page: Page) => (await ruleChanges(page)).at(-1);

browserDescribe('the rule editors', () => {
  it('builds a condition with the keyboard only', async ({ page }) => {
    await renderRule(page, VISIBLE);
    await tabTo(page, page.getByRole('button', { name: 'Thêm điều kiện' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('combobox', { name: 'Trường (1)' }));
    await choose(page, 'co thong tin');
    // A yes/no field starts at "là Có": complete at once.
    await expect.poll(() => lastChange(page)).toEqual({ var: 'hasFather' });

    await tabTo(page, page.getByRole('button', { name: 'Thêm điều kiện' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('combobox', { name: 'Trường (2)' }));
    await choose(page, 'ngay sinh nguoi duoc');
    await tabTo(page, page.getByRole('combobox', { name: 'Phép so sánh (2)' }));
    await choose(page, 'không quá');
    await tabTo(page, page.getByRole('spinbutton', { name: /Số ngày$/ }));
    await page.keyboard.type('60');
    await expect
      .poll(() => lastChange(page))
      .toEqual({
        and: [
          { var: 'hasFather' },
          { '<=': [{ date_diff: [{ var: 'child.birthDate' }, { today: [] }] }, 60] },
        ],
      });

    await tabTo(page, page.getByRole('combobox', { name: /^Cách kết hợp/ }));
    await choose(page, 'HOẶC');
    await expect.poll(async () => Object.keys((await lastChange(page)) as object)).toEqual(['or']);
    // Half a condition is never handed out: a third row without a field changes nothing.
    const before = (await ruleChanges(page)).length;
    await tabTo(page, page.getByRole('button', { name: 'Thêm điều kiện' }));
    await page.keyboard.press('Enter');
    await page.getByText('Điều kiện số 3 chưa chọn trường').waitFor();
    expect((await ruleChanges(page)).length).toBe(before);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('switches to the raw view and back without changing the rule', async ({ page }) => {
    const rule: Rule = {
      or: [
        { '==': [{ var: 'birthProofKind' }, 'witness_statement'] },
        { '!': { '>=': [{ var: 'extractCopies' }, 2] } },
      ],
    };
    await renderRule(page, { ...VISIBLE, value: rule });
    await page.getByRole('combobox', { name: 'Trường (1)' }).waitFor();
    await page.getByText('Mã JSON').click();
    await expect.poll(() => rawText(page)).toBe(JSON.stringify(rule, null, 2));
    await page.getByText('Quy tắc hợp lệ và đã được ghi nhận.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByText('Trực quan').click();
    await page.getByRole('checkbox', { name: 'Phủ định nhóm (KHÔNG)' }).nth(1).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Phủ định nhóm (KHÔNG)' }).nth(1).isChecked()).toBe(true);
    expect(await ruleChanges(page)).toEqual([]);
  });

  it('shows an invalid raw edit’s problem in Vietnamese, where it is, and keeps the last valid rule', async ({
    page,
  }) => {
    await renderRule(page, { ...VISIBLE, value: { var: 'hasFather' } });
    await page.getByText('Mã JSON').click();
    await typeRaw(page, '{\n  "==": [\n    { "var": "hasFathr" },\n    true\n  ]\n}');
    const problems = page.getByRole('list', { name: 'Các lỗi của quy tắc' });
    await problems.getByText('Biến "hasFathr" không có trong biểu mẫu.').waitFor();
    // The unknown variable's `var`, on the third line.
    expect(await problems.getByRole('button').first().textContent()).toBe('Dòng 3');
    await page.getByText('Chưa ghi nhận thay đổi').waitFor();
    expect(await page.getByRole('radio', { name: 'Trực quan' }).isDisabled()).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await typeRaw(page, '{"==": [{"var": "hasFather"}, true]');
    await problems.getByText('Chưa phải JSON hợp lệ').waitFor();
    expect(await ruleChanges(page)).toEqual([]);

    await typeRaw(page, '{"==": [{"var": "hasFather"}, true]}');
    await expect.poll(() => lastChange(page)).toEqual({ '==': [{ var: 'hasFather' }, true] });
    expect(await page.getByRole('radio', { name: 'Trực quan' }).isDisabled()).toBe(false);
  });

  it('opens a rule the builder cannot show in the raw view, unchanged, saying why', async ({ page }) => {
    const rule: Rule = { if: [{ var: 'hasFather' }, true, { var: 'child.nationality' }] };
    await renderRule(page, { ...VISIBLE, value: rule });
    await page.getByText('Quy tắc này chỉ xem được ở dạng mã').waitFor();
    expect(await page.getByRole('alert').or(page.locator('.mc-rule-reason')).first().textContent()).toContain(
      'toán tử “if”',
    );
    expect(await rawText(page)).toBe(JSON.stringify(rule, null, 2));
    expect(await page.getByRole('radio', { name: 'Trực quan' }).isDisabled()).toBe(true);
    expect(await ruleChanges(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('edits a fee as cases with amounts and computes it on sample data', async ({ page }) => {
    const label = 'Phí cung cấp thông tin lý lịch tư pháp';
    await renderRule(page, {
      definition: judicial,
      path: '/fees/0/amount',
      value: judicial.fees[0].amount,
      label,
      now: NOW,
      samples: [{ name: 'Học sinh', data: { applicantCategory: 'student' } }],
    });
    await page.getByText('Trường hợp 2', { exact: true }).waitFor();
    const result = page.locator('.mc-rule-result');
    expect(await result.textContent()).toBe('200.000 đồng');
    await tabTo(page, page.getByRole('combobox', { name: 'Lấy dữ liệu mẫu' }));
    await choose(page, 'Học');
    await expect.poll(() => result.textContent()).toBe('100.000 đồng');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const otherwise = page.getByLabel('Các trường hợp còn lại: Số tiền');
    await otherwise.fill('250000');
    await expect
      .poll(() => lastChange(page))
      .toEqual({
        if: [...(judicial.fees[0].amount as { if: Rule[] }).if.slice(0, 4), 250000],
      });
    await page.getByRole('button', { name: 'Xóa trường hợp 1' }).click();
    await expect
      .poll(() => lastChange(page))
      .toEqual({
        if: [{ in: [{ var: 'applicantCategory' }, ['student', 'merit']] }, 100000, 250000],
      });
  });

  it('edits a per-copy fee and a component’s required-when', async ({ page }) => {
    await renderRule(page, {
      definition: birth,
      path: '/fees/1/amount',
      value: birth.fees[1].amount,
      label: 'Phí bản sao trích lục',
      now: NOW,
    });
    await page.getByLabel('Số bản sao trích lục', { exact: true }).fill('3');
    await expect.poll(() => page.locator('.mc-rule-result').textContent()).toBe('24.000 đồng');
    await page.getByRole('spinbutton', { name: 'Giá trị: Số bản miễn phí' }).fill('1');
    await expect
      .poll(() => lastChange(page))
      .toEqual({
        '*': [8000, { max: [0, { '-': [{ var: 'extractCopies' }, 1] }] }],
      });
    await expect.poll(() => page.locator('.mc-rule-result').textContent()).toBe('16.000 đồng');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const label = 'Giấy chứng sinh';
    await renderRule(page, {
      definition: birth,
      path: '/components/0/required',
      value: birth.components[0].required,
      label,
    });
    await expect
      .poll(() => page.getByRole('radio', { name: 'Cần khi thỏa điều kiện' }).isChecked())
      .toBe(true);
    await page.getByRole('radio', { name: 'Luôn cần' }).check();
    await expect.poll(() => lastChange(page)).toBe(true);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('speaks English when the person chose it', async ({ page }) => {
    await renderRule(page, {
      ...VISIBLE,
      label: 'Show the father’s part when',
      language: 'en',
      value: { var: 'hasFather' },
    });
    await page.getByRole('button', { name: 'Add condition' }).waitFor();
    await page.getByText('is Yes', { exact: true }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('fits a phone’s width', async ({ page }) => {
    await page.setViewportSize(PHONE);
    for (const options of [
      { ...VISIBLE, value: (birth.fees[0].amount as { if: Rule[] }).if[0] },
      {
        definition: judicial,
        path: '/fees/0/amount',
        value: judicial.fees[0].amount,
        label: 'Phí',
        now: NOW,
      },
      { ...VISIBLE, value: { if: [{ var: 'hasFather' }, true, false] } },
    ]) {
      await renderRule(page, options);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
  });
});
