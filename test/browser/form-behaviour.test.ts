/**
 * How the form behaves as a person fills it: fields shown and hidden by the rules as they type (hidden answers
 * not handed in), repeating groups worked from the keyboard, steps, the address picker, pickers over the host's
 * data, the properties panel, and a validator handed in by the host.
 */
import { expect } from 'vitest';
import { example } from '../support/examples.ts';
import { browserDescribe } from './support/fixtures.ts';
import { formTest as it, formValue, renderForm, submissions } from './support/form-harness.ts';

const focusedId = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.activeElement?.id ?? '');
const focusedText = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.activeElement?.textContent ?? '');

const WITNESSES = {
  schema: {
    type: 'object',
    properties: {
      witnesses: {
        type: 'array',
        title: 'Người làm chứng',
        minItems: 1,
        maxItems: 3,
        items: {
          type: 'object',
          title: 'Người làm chứng',
          required: ['name'],
          properties: { name: { type: 'string', title: 'Họ và tên', maxLength: 100 } },
        },
      },
    },
  },
};

browserDescribe('the form renderer as a person fills it', () => {
  it('shows and hides fields by the rules as the person answers, and leaves hidden answers out', async ({
    page,
  }) => {
    const { form } = example('birth-registration');
    await renderForm(page, { ...form, steps: 'none' });
    const fatherName = page.getByLabel('Họ, chữ đệm, tên người cha');
    expect(await fatherName.count()).toBe(0);
    const hasFather = page.getByRole('group', { name: 'Có thông tin người cha' });
    await hasFather.getByRole('radio', { name: 'Có' }).check();
    await fatherName.fill('Trần Văn Ba');
    await expect
      .poll(() => formValue(page))
      .toMatchObject({ hasFather: true, father: { fullName: 'Trần Văn Ba' } });
    await hasFather.getByRole('radio', { name: 'Không' }).check();
    await expect.poll(() => fatherName.count()).toBe(0);
    // Kept while the person may change their mind, never handed in.
    expect(await formValue(page)).toMatchObject({ father: { fullName: 'Trần Văn Ba' } });
    await page.getByRole('button', { name: 'Gửi' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).not.toContain('người cha');
  });

  it('works a repeating group from the keyboard: add, fill, move, remove, within its minimum and maximum', async ({
    page,
  }) => {
    await renderForm(page, WITNESSES);
    // The minimum number of items is there to fill in.
    expect(await page.getByLabel('Họ và tên').count()).toBe(1);
    await page.getByLabel('Họ và tên').fill('An');
    await page.keyboard.press('Tab'); // Chuyển lên (disabled: skipped) → Chuyển xuống (disabled) → Xóa (disabled) → Thêm
    await expect.poll(() => focusedText(page)).toBe('Thêm người làm chứng');
    await page.keyboard.press('Enter');
    // The new item's first field has the focus.
    await expect.poll(() => focusedId(page)).toMatch(/\/witnesses\/1\/name$/);
    await page.keyboard.type('Bình');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedText(page)).toBe('Chuyển lên Người làm chứng 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => formValue(page)).toEqual({ witnesses: [{ name: 'Bình' }, { name: 'An' }] });
    // The focus stays with the moved item; the move is said.
    await expect.poll(() => focusedText(page)).toBe('Chuyển xuống Người làm chứng 1');
    expect(await page.locator('.mc-list [aria-live]').last().textContent()).toBe(
      'Đã chuyển Người làm chứng 2 đến vị trí 1',
    );
    await page.getByRole('button', { name: 'Thêm người làm chứng' }).press('Enter');
    await page.keyboard.type('Chi');
    expect(await page.getByRole('button', { name: 'Thêm người làm chứng' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Xóa Người làm chứng 1' }).press('Enter');
    await expect.poll(() => formValue(page)).toEqual({ witnesses: [{ name: 'An' }, { name: 'Chi' }] });
    // The item that took its place has the focus.
    await expect.poll(() => focusedId(page)).toMatch(/\/witnesses\/0\/name$/);
    await page.getByRole('button', { name: 'Xóa Người làm chứng 2' }).press('Enter');
    expect(await page.getByRole('button', { name: 'Xóa Người làm chứng 1' }).isDisabled()).toBe(true);
  });

  it('goes through the steps: each is checked before the next, the progress follows, Back keeps the answers', async ({
    page,
  }) => {
    const { form } = example('house-building-permit');
    await renderForm(page, form);
    const heading = page.locator('h2.mc-step-title');
    expect(await heading.textContent()).toBe('Bước 1/3: Chủ đầu tư');
    const fill = async (label: string, value: string) =>
      page.getByRole('textbox', { name: label, exact: true }).fill(value);
    await fill('Họ và tên', 'Lê Thị Hoa');
    await fill('Số định danh cá nhân', '079123456789');
    await fill('Địa chỉ liên hệ', '12 Trần Phú, Đà Lạt');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    // Not yet: the phone is missing; the step stays and says so.
    await expect
      .poll(() => page.getByRole('alert').locator('li').allTextContents())
      .toEqual(['Trường “Số điện thoại” là bắt buộc']);
    expect(await heading.textContent()).toBe('Bước 1/3: Chủ đầu tư');
    await fill('Số điện thoại', '0912345678');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expect.poll(() => heading.textContent()).toBe('Bước 2/3: Địa điểm xây dựng');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await page.locator('.ant-steps-item-active').textContent()).toContain('Địa điểm xây dựng');
    await page.getByRole('button', { name: 'Quay lại' }).click();
    await expect.poll(() => heading.textContent()).toBe('Bước 1/3: Chủ đầu tư');
    expect(await page.getByRole('textbox', { name: 'Họ và tên', exact: true }).inputValue()).toBe(
      'Lê Thị Hoa',
    );
  });

  it('picks a province, then one of its communes; another province clears the commune', async ({ page }) => {
    await renderForm(page, {
      schema: {
        type: 'object',
        properties: {
          address: {
            type: 'object',
            title: 'Nơi cư trú',
            required: ['province', 'commune'],
            properties: {
              province: { type: 'string' },
              commune: { type: 'string' },
              street: { type: 'string', title: 'Số nhà, đường' },
            },
          },
        },
      },
      ui: { fields: { address: { widget: 'address' } } },
      sources: ['provinces', 'communes'],
    });
    const group = page.getByRole('group', { name: 'Nơi cư trú' });
    expect(await group.getByRole('combobox', { name: 'Xã, phường, đặc khu' }).isDisabled()).toBe(true);
    const pick = async (name: string, option: string) => {
      const box = group.getByRole('combobox', { name });
      await box.fill(option);
      await expect.poll(() => page.locator('.ant-select-item-option', { hasText: option }).count()).toBe(1);
      await box.press('Enter');
    };
    await pick('Tỉnh, thành phố', 'Lâm Đồng');
    await pick('Xã, phường, đặc khu', 'Lạc Dương');
    await group.getByLabel('Số nhà, đường').fill('Thôn 1');
    await expect
      .poll(() => formValue(page))
      .toEqual({
        address: { province: '68', commune: '68.002', street: 'Thôn 1' },
      });
    await pick('Tỉnh, thành phố', 'Hà Nội');
    await expect.poll(() => formValue(page)).toEqual({ address: { province: '01', street: 'Thôn 1' } });
  });

  it('in a properties panel, picks ids from the host’s data (a role, a unit of the tree) and shows errors at once', async ({
    page,
  }) => {
    await renderForm(page, {
      schema: {
        type: 'object',
        required: ['role'],
        properties: {
          role: { type: 'string', format: 'roles', title: 'Vai trò' },
          unit: { type: 'string', format: 'units', title: 'Đơn vị' },
          allowRefuse: { type: 'boolean', title: 'Cho phép từ chối' },
        },
      },
      mode: 'config',
      sources: ['roles', 'units'],
    });
    await expect
      .poll(() => page.locator('.mc-field-error').first().textContent())
      .toBe('Trường “Vai trò” là bắt buộc');
    expect(await page.getByRole('button', { name: 'Gửi' }).count()).toBe(0);
    const role = page.getByRole('combobox', { name: 'Vai trò' });
    await role.fill('Chuyên');
    await role.press('Enter');
    await page.getByRole('combobox', { name: 'Đơn vị' }).click();
    await page.locator('.ant-select-tree-title', { hasText: 'UBND xã Hai' }).click();
    await page.getByRole('checkbox', { name: 'Cho phép từ chối' }).check();
    await expect
      .poll(() => formValue(page))
      .toEqual({ role: 'specialist', unit: 'H41.02', allowRefuse: true });
    await expect.poll(() => page.locator('.mc-field-error:not(:empty)').count()).toBe(0);
  });

  it('judges by the validator the host hands in (the portal’s, compiled ahead), its errors on their fields', async ({
    page,
  }) => {
    const message = {
      vi: 'Số điện thoại này đã được dùng cho hồ sơ khác',
      en: 'This phone number is used by another dossier',
    };
    await renderForm(page, {
      schema: { type: 'object', properties: { phone: { type: 'string', title: 'Số điện thoại' } } },
      fixedErrors: [{ path: '/phone', code: 'PHONE_TAKEN', message }],
    });
    await page.getByLabel('Số điện thoại').fill('0912345678');
    await page.getByRole('button', { name: 'Gửi' }).click();
    await expect.poll(() => page.locator('.mc-field-error').first().textContent()).toBe(message.vi);
    expect(await submissions(page)).toEqual([]);
  });
});
