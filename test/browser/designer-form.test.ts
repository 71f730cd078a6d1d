/**
 * The form designer (the Form tab) in Chromium, on its harness page: fields of every kind added by keyboard only,
 * reordered, a label edited and seen in the preview, a conditional field, the raw view's round trip over every
 * example's form, the real forms and the RJSF samples; axe, and a phone's width.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { FIELD_KINDS } from '../../designer/form/model/kinds.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { example, EXAMPLE_NAMES } from '../support/examples.ts';
import { extPath } from '../support/ext.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { browserDescribe } from './support/fixtures.ts';
import { draft, formDesignerTest as it, openForm } from './support/form-designer-harness.ts';
import { horizontalOverflow } from './support/pages.ts';

const BIRTH = example('birth-registration');
const EMPTY: ProcedureDefinition = { ...BIRTH, form: { schema: { type: 'object', properties: {} } } };

/** Presses Tab until `target` has the focus: proof that the keyboard reaches it. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, 'utf8'));
const jsonFiles = (dir: string | undefined, under: string) =>
  dir
    ? readdirSync(join(dir, under), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.json') && !f.includes('examples/'))
        .map((f) => join(dir, under, f))
    : [];
const realForms = extPath('real-forms');
const samples = extPath('rjsf-samples');

/** Every form to import: the examples' (with their UI schemas and checks), the real forms, the RJSF samples. */
const FORMS: { name: string; form: ProcedureDefinition['form'] }[] = [
  ...EXAMPLE_NAMES.map((name) => ({ name, form: example(name).form })),
  ...['va-json-schema', 'gsa-fac-json-schema'].flatMap((dir) =>
    jsonFiles(realForms, dir).map((file) => ({ name: file, form: { schema: read(file) } })),
  ),
  ...jsonFiles(samples, '').map((file) => ({
    name: file,
    form: { schema: read(file).schema as Record<string, unknown> },
  })),
];

const tree = (page: Page) => page.locator('.mc-form-tree-name');
const preview = (page: Page) => page.locator('.mc-form-preview form.mc-form');

browserDescribe('the form designer', () => {
  it('adds a field of every kind with the keyboard only, each shown in the preview', async ({ page }) => {
    await openForm(page, EMPTY);
    await page.getByText('Chưa có trường nào').waitFor();
    for (const kind of FIELD_KINDS) {
      await tabTo(page, page.locator(`.mc-form-palette-item[data-kind="${kind}"]`));
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => tree(page).count()).toBe(FIELD_KINDS.length);
    // A new repeating group is selected: the section added after it goes into its items.
    type Properties = Record<string, { items?: { properties?: object } }>;
    const properties = (await draft(page)).form.schema.properties as Properties;
    const inRoot = FIELD_KINDS.filter((k) => k !== 'section');
    expect(Object.keys(properties)).toEqual(inRoot.map((k) => `${k}_1`));
    expect(Object.keys(properties.repeat_1.items?.properties ?? {})).toEqual(['section_1']);
    // Each new field is named after its kind, in the preview as in the list.
    await preview(page).getByText('Số định danh cá nhân (12 số) mới').first().waitFor();
    await preview(page).getByText('Địa chỉ (tỉnh → xã) mới').first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('reorders fields by keyboard and by the arrow buttons, one undo step each', async ({ page }) => {
    await openForm(page, BIRTH);
    const order = async () => (await draft(page)).form.ui?.order?.[''];
    const first = tree(page).first();
    await tabTo(page, first);
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(order)
      .toEqual(['mother', 'child', 'hasFather', 'father', 'applicant', 'birthProofKind', 'extractCopies']);
    await page.getByRole('button', { name: 'Đưa “Số bản sao trích lục” lên' }).click();
    await expect
      .poll(order)
      .toEqual(['mother', 'child', 'hasFather', 'father', 'applicant', 'extractCopies', 'birthProofKind']);
    await page.evaluate(() => window.formDesigner.undo());
    await expect
      .poll(order)
      .toEqual(['mother', 'child', 'hasFather', 'father', 'applicant', 'birthProofKind', 'extractCopies']);
    expect((await draft(page)).form.schema).toEqual(BIRTH.form.schema);
  });

  it('edits a label and the preview shows it at once; help, required and a check too', async ({ page }) => {
    await openForm(page, BIRTH);
    await tree(page).filter({ hasText: 'Số bản sao trích lục' }).click();
    const label = page.getByLabel('Tên trường (tiếng Việt)');
    await label.fill('Số bản trích lục cần cấp');
    await preview(page).getByText('Số bản trích lục cần cấp').first().waitFor();
    await page.getByLabel('Hướng dẫn (tiếng Việt)').fill('Mỗi bản 8.000 đồng');
    await page.getByLabel('Giá trị lớn nhất').fill('5');
    await page.getByLabel('Giá trị lớn nhất').blur();
    await expect
      .poll(async () => (await draft(page)).form.schema.properties)
      .toMatchObject({ extractCopies: { maximum: 5 } });
    // The preview checks test answers against it, in Vietnamese.
    await preview(page)
      .getByLabel(/Số bản trích lục cần cấp/)
      .fill('9');
    await preview(page)
      .getByText(/phải nhỏ hơn hoặc bằng 5/)
      .first()
      .waitFor();
    const ui = (await draft(page)).form.ui!.fields!.extractCopies;
    expect(ui.label?.vi).toBe('Số bản trích lục cần cấp');
    expect(ui.help?.vi).toBe('Mỗi bản 8.000 đồng');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('makes a field conditional through the rule editor, and the preview follows the rule', async ({
    page,
  }) => {
    await openForm(page, EMPTY);
    await page.locator('.mc-form-palette-item[data-kind="yesNo"]').click();
    await page.locator('.mc-form-palette-item[data-kind="text"]').click();
    await expect.poll(() => tree(page).count()).toBe(2);
    await tree(page).filter({ hasText: 'Văn bản ngắn mới' }).click();
    await page.getByRole('radio', { name: 'Chỉ hiện khi thỏa điều kiện' }).check();
    await page.getByRole('button', { name: 'Thêm điều kiện' }).click();
    const field = page.getByRole('combobox', { name: 'Trường (1)' });
    await field.click();
    await page.keyboard.type('co khong');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await draft(page)).form.ui?.fields?.text_1?.visibleIf)
      .toEqual({ var: 'yesNo_1' });
    await expect.poll(() => preview(page).getByLabel('Văn bản ngắn mới').count()).toBe(0);
    await preview(page).getByRole('radio', { name: 'Có' }).check();
    await preview(page).getByLabel('Văn bản ngắn mới').waitFor();
    expect(await tree(page).filter({ hasText: 'có điều kiện' }).count()).toBe(1);
  });

  it(
    `imports every example’s form, real form and RJSF sample (${FORMS.length}) through the raw view, renders it, and exports it with every keyword kept`,
    { timeout: 600_000 },
    async ({ page }) => {
      await openForm(page, EMPTY);
      for (const c of FORMS) {
        await page.locator('.mc-form-view').getByText('Mã JSON').click();
        await page.locator('.cm-content').click();
        await page.keyboard.press('Control+A');
        await page.keyboard.insertText(JSON.stringify(c.form));
        await expect.poll(async () => (await draft(page)).form).toEqual(c.form);
        await page.locator('.mc-form-view').getByText('Trực quan').click();
        await preview(page).waitFor();
        // A visual edit on the first field: its label; the schema and every other UI entry stay as imported.
        const first = tree(page).first();
        if ((await first.count()) === 0) continue;
        await first.click();
        await page.getByLabel('Tên trường (tiếng Việt)').fill('Tên đã sửa');
        await preview(page).getByText('Tên đã sửa').first().waitFor();
        const exported = (await draft(page)).form;
        expect(exported.schema, c.name).toEqual(c.form.schema);
        expect(exported.checks, c.name).toEqual(c.form.checks);
        const path = Object.keys(exported.ui?.fields ?? {}).find(
          (k) => exported.ui!.fields![k].label?.vi === 'Tên đã sửa',
        )!;
        const { [path]: edited, ...others } = exported.ui!.fields!;
        const { [path]: before, ...othersBefore } = c.form.ui?.fields ?? {};
        expect(others, c.name).toEqual(othersBefore);
        expect({ ...edited, label: undefined }, c.name).toEqual({ ...before, label: undefined });
        expect(exported.ui?.order, c.name).toEqual(c.form.ui?.order);
      }
    },
  );

  it('fits a phone’s width', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await openForm(page, BIRTH);
    await tree(page).first().click();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
