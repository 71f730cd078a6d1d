/** The form renderer's Vietnamese widgets in Chromium: what the person types, what the form stores. */
import { expect } from 'vitest';
import { browserDescribe } from './support/fixtures.ts';
import { formTest as it, formValue, renderForm } from './support/form-harness.ts';

const form = (properties: Record<string, unknown>, required: string[] = []) => ({
  schema: { type: 'object', properties, required },
});

browserDescribe('the form renderer’s widgets', () => {
  it('takes a date typed dd/MM/yyyy, shows it so, and stores yyyy-MM-dd', async ({ page }) => {
    await renderForm(page, form({ birthDate: { type: 'string', format: 'date', title: 'Ngày sinh' } }));
    const input = page.getByLabel('Ngày sinh');
    await input.pressSequentially('15032020');
    expect(await input.inputValue()).toBe('15/03/2020');
    await expect.poll(() => formValue(page)).toEqual({ birthDate: '2020-03-15' });
    await input.fill('');
    await input.pressSequentially('1/3/2020');
    await expect.poll(() => formValue(page)).toEqual({ birthDate: '2020-03-01' });
    // Not a real date: kept as typed, and the engine says so once the field is left.
    await input.fill('31/02/2020');
    await input.blur();
    await expect.poll(() => formValue(page)).toEqual({ birthDate: '31/02/2020' });
    await expect
      .poll(() => page.locator('.mc-field-error').textContent())
      .toBe('Trường “Ngày sinh” phải là ngày hợp lệ');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
  });

  it('shows money in VND with dots between thousands and stores a whole number of đồng', async ({ page }) => {
    await renderForm(page, {
      ...form({ capital: { type: 'integer', minimum: 0, title: 'Vốn kinh doanh' } }),
      ui: { fields: { capital: { widget: 'money' } } },
    });
    const input = page.getByLabel('Vốn kinh doanh');
    await input.pressSequentially('1500000');
    expect(await input.inputValue()).toBe('1.500.000');
    await expect.poll(() => formValue(page)).toEqual({ capital: 1500000 });
    expect(await page.locator('.mc-input-money').textContent()).toContain('₫');
    // Editing in the middle keeps the caret by its digit while the dots move.
    await input.press('Home');
    await input.press('ArrowRight');
    await input.press('ArrowRight');
    await input.press('Delete');
    expect(await input.inputValue()).toBe('100.000');
    await input.press('2');
    expect(await input.inputValue()).toBe('1.200.000');
    await expect.poll(() => formValue(page)).toEqual({ capital: 1200000 });
  });

  it('takes only the 12 digits of a personal ID number (CCCD)', async ({ page }) => {
    await renderForm(
      page,
      form({ idNumber: { type: 'string', title: 'Số định danh cá nhân', pattern: '^[0-9]{12}$' } }),
    );
    const input = page.getByLabel('Số định danh cá nhân');
    await input.pressSequentially('0790-1234 5678 99');
    expect(await input.inputValue()).toBe('079012345678');
    await expect.poll(() => formValue(page)).toEqual({ idNumber: '079012345678' });
    expect(await page.getByText('Gồm 12 chữ số').count()).toBe(1);
    expect(await input.getAttribute('inputmode')).toBe('numeric');
  });

  it('pre-selects no option the person did not choose: radio buttons, a drop-down, yes/no', async ({
    page,
  }) => {
    const provinces = Array.from({ length: 8 }, (_, i) => `p${i}`);
    await renderForm(page, {
      ...form(
        {
          sex: { enum: ['male', 'female'], title: 'Giới tính', default: 'male' },
          province: { type: 'string', enum: provinces, title: 'Tỉnh' },
          hasFather: { type: 'boolean', title: 'Có thông tin người cha' },
          kind: { oneOf: provinces.map((p) => ({ const: p, title: `Loại ${p}` })), title: 'Loại' },
        },
        ['sex', 'province'],
      ),
      ui: {
        fields: { sex: { options: { male: { vi: 'Nam', en: 'Male' }, female: { vi: 'Nữ', en: 'Female' } } } },
      },
    });
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await page.getByRole('radio', { name: 'Nam' }).count()).toBe(1);
    expect(await page.locator('.ant-select-selection-item').count()).toBe(0);
    await page.getByRole('button', { name: 'Gửi' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('Trường “Giới tính” là bắt buộc');
    expect(await formValue(page)).toBeUndefined();
    await page.getByRole('radio', { name: 'Nữ' }).check();
    // Long lists are searched by typing, and picked with Enter.
    for (const [name, typed] of [
      ['Tỉnh', 'p3'],
      ['Loại', 'p5'],
    ]) {
      const box = page.getByRole('combobox', { name });
      await box.fill(typed);
      await box.press('Enter');
    }
    // The lists close (antd animates them out) before the next click, as they do for a person.
    await expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);
    await page
      .getByRole('group', { name: 'Có thông tin người cha' })
      .getByRole('radio', { name: 'Không' })
      .check();
    await expect
      .poll(() => formValue(page))
      .toEqual({ sex: 'female', province: 'p3', kind: 'p5', hasFather: false });
  });
});
