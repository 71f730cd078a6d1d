/**
 * The five example procedures' e-forms in the citizen's form: each renders, its scenario's answers go through
 * every step and are handed in as the engine accepts them; a new form explains what to fix in Vietnamese and moves
 * the focus there; axe finds nothing serious; a phone screen needs no sideways scrolling.
 */
import { expect } from 'vitest';
import { validateData } from '../../runtime/engine/index.ts';
import { definitionOf, example, EXAMPLE_NAMES, scenario, scenarioFiles } from '../support/examples.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { browserDescribe } from './support/fixtures.ts';
import { formTest as it, renderForm, submissions } from './support/form-harness.ts';
import { horizontalOverflow } from './support/pages.ts';

/** One scenario per example procedure: the first one naming it whose answers the engine accepts. */
const SCENARIOS = EXAMPLE_NAMES.map((name) => {
  const file = scenarioFiles().find((f) => {
    const s = scenario(f);
    return (
      definitionOf(s).code === example(name).code &&
      validateData(example(name), s.submit.data, { now: Date.parse(s.submit.at) }).ok
    );
  })!;
  return { name, scenario: scenario(file) };
});

const submitButton = (page: import('playwright-core').Page) =>
  page.locator('.mc-form-actions').getByRole('button').last();

browserDescribe('the example procedures in the citizen’s form', () => {
  it.for(SCENARIOS)(
    '$name: the scenario’s answers go through every step and are handed in as the engine accepts them',
    async ({ name, scenario: s }, { page }) => {
      const definition = example(name);
      const now = Date.parse(s.submit.at);
      await renderForm(page, { ...definition.form, defaultValue: s.submit.data, now });
      for (let step = 0; step < 10; step++) {
        const button = submitButton(page);
        const words = await button.textContent();
        await button.click();
        if (words === 'Gửi') break;
        await expect
          .poll(() => page.locator('h2.mc-step-title').textContent())
          .not.toContain(`Bước ${step + 1}/`);
      }
      const accepted = validateData(definition, s.submit.data, { now });
      if (!accepted.ok) throw new Error(JSON.stringify(accepted.error));
      await expect.poll(() => submissions(page)).toEqual([accepted.value]);
    },
  );

  it('a new birth registration: the step says what to fix, in Vietnamese, and the focus goes to the first field', async ({
    page,
  }) => {
    await renderForm(page, example('birth-registration').form);
    expect(await page.locator('h2.mc-step-title').textContent()).toBe('Bước 1/5: Người được khai sinh');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    const summary = page.getByRole('alert');
    await expect
      .poll(() => summary.locator('li').allTextContents())
      .toEqual([
        'Trường “Họ, chữ đệm, tên” là bắt buộc',
        'Trường “Ngày sinh” là bắt buộc',
        'Trường “Giới tính” là bắt buộc',
        'Trường “Nơi sinh” là bắt buộc',
      ]);
    expect(await summary.textContent()).toContain('Còn 4 chỗ cần sửa trước khi sang bước tiếp theo');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/\/child\/fullName$/);
    const fullName = page.getByLabel('Họ, chữ đệm, tên');
    expect(await fullName.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await fullName.getAttribute('aria-describedby'))!.split(' ');
    const texts = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(texts).toContain('Trường “Họ, chữ đệm, tên” là bắt buộc');
    // A link of the summary takes the focus to its field.
    await summary.getByRole('link', { name: 'Trường “Nơi sinh” là bắt buộc' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/\/child\/birthPlace$/);
    // The errors go as the fields are filled in; the step still says where it is.
    await fullName.fill('Nguyễn Văn An');
    await fullName.blur();
    await expect.poll(() => fullName.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('h2.mc-step-title').textContent()).toBe('Bước 1/5: Người được khai sinh');
  });

  it('says the same in English when the page is in English', async ({ page }) => {
    await renderForm(page, { ...example('judicial-record').form, language: 'en' });
    await page.getByRole('button', { name: 'Submit' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.textContent()).toContain('Fix these before you submit');
    expect(await summary.locator('li').first().textContent()).toBe('“Họ và tên” is required');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toMatch(/\/applicant\/fullName$/);
  });

  it.for(EXAMPLE_NAMES)(
    '%s: axe finds no serious or critical violation, errors shown included',
    async (name, { page }) => {
      await renderForm(page, example(name).form);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await submitButton(page).click();
      await page.getByRole('alert').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
    },
  );

  it('fits a phone: no sideways scrolling, the progress bar instead of the list of steps', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await renderForm(page, example('birth-registration').form);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await page.locator('.mc-steps-nav').isVisible()).toBe(false);
    expect(await page.locator('.mc-steps-progress').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('alert').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
