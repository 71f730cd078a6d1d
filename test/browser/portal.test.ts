/** The portal's home in Chromium: the live catalogue from the server, in Vietnamese first, then in English. */
import { expect } from 'vitest';
import { example, EXAMPLE_NAMES } from '../support/examples.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { factsOf, horizontalOverflow } from './support/pages.ts';

const EXAMPLES = EXAMPLE_NAMES.map(example);

browserDescribe('the portal home', () => {
  it('lists every published procedure from the server, in Vietnamese, with its sector, unit and level', async ({
    page,
  }) => {
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).allTextContents()).toHaveLength(5);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Danh mục thủ tục hành chính');
    expect((await page.getByRole('heading', { level: 2 }).allTextContents()).sort()).toEqual(
      EXAMPLES.map((d) => d.name.vi).sort(),
    );
    const birth = page.getByRole('listitem').filter({ hasText: 'Đăng ký khai sinh' });
    await expect
      .poll(() => factsOf(birth))
      .toEqual({
        'Mã thủ tục': '1.001193',
        'Lĩnh vực': 'Hộ tịch',
        'Cơ quan thực hiện': 'UBND xã Một (mô phỏng)',
        'Mức độ': 'Trực tuyến toàn trình',
      });
    expect(await page.title()).toBe('Một Cửa — Cổng dịch vụ công');
  });

  it('switches to English and keeps the choice after a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /English/ }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Administrative procedures');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).allTextContents()).toHaveLength(5);
    expect((await page.getByRole('heading', { level: 2 }).allTextContents()).sort()).toEqual(
      EXAMPLES.map((d) => d.name.en).sort(),
    );
    await expect
      .poll(() => factsOf(page.getByRole('listitem').filter({ hasText: 'Birth registration' })))
      .toEqual({
        'Procedure code': '1.001193',
        Sector: 'Civil status',
        'Handled by': 'Commune One People’s Committee (demo)',
        Level: 'Fully online',
      });
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).allTextContents())
      .toContain('Birth registration');
    await page.getByRole('button', { name: /Tiếng Việt/ }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Danh mục thủ tục hành chính');
  });

  it('finds a procedure by words without diacritics, and says so when nothing matches', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Tìm thủ tục').fill('ly lich tu phap');
    await page.getByLabel('Tìm thủ tục').press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).allTextContents())
      .toEqual(['Cấp Phiếu lý lịch tư pháp']);
    expect(new URL(page.url()).search).toBe('?q=ly+lich+tu+phap');
    await page.getByLabel('Tìm thủ tục').fill('không có thủ tục này');
    await page.getByLabel('Tìm thủ tục').press('Enter');
    await expect
      .poll(() => page.getByText('Không có thủ tục nào khớp với “không có thủ tục này”').count())
      .toBe(1);
  });

  it('says in Vietnamese when the server cannot be reached, and shows the list once it can', async ({
    page,
  }) => {
    await page.route('**/trpc/**', (route) => route.abort('connectionrefused'));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toContain('Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.unroute('**/trpc/**');
    await alert.getByRole('button', { name: 'Thử lại' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(5);
  });

  it('has no serious or critical accessibility violation, in either language', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { name: 'Administrative procedures' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('fits a phone screen: no horizontal scrolling, every procedure readable', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(5);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows its own page for an address it does not have, and the server answers it with the app', async ({
    page,
  }) => {
    const response = await page.goto('/khong-co-trang-nay');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response?.headers()['content-security-policy']).not.toContain('unsafe-eval');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Không tìm thấy trang');
    await page.getByRole('link', { name: 'Về trang chủ' }).click();
    await page.getByRole('heading', { name: 'Danh mục thủ tục hành chính' }).waitFor();
  });
});
