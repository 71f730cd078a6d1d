/** The procedure page of the portal in Chromium: reached from the catalogue, everything from the live definition. */
import { expect } from 'vitest';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { horizontalOverflow } from './support/pages.ts';

browserDescribe('the procedure page', () => {
  it('opens from the catalogue and says who may apply, the papers, fees with the exemption, time and law', async ({
    page,
  }) => {
    await page.goto('/');
    await page
      .getByRole('listitem')
      .filter({ hasText: '1.001193' })
      .getByRole('link', { name: 'Xem thủ tục và nộp hồ sơ' })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/thu-tuc/1.001193');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Đăng ký khai sinh');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Ai được nộp',
      'Thành phần hồ sơ',
      'Phí, lệ phí',
      'Thời hạn giải quyết',
      'Cách nộp và nhận kết quả',
      'Căn cứ pháp lý',
    ]);
    const main = page.getByRole('main');
    await expect.poll(() => main.textContent()).toContain('Cha, mẹ hoặc người thân thích của trẻ');
    const text = await main.textContent();
    expect(text).toContain('Giấy chứng sinh Tùy trường hợp');
    expect(text).toContain('Bản chính: 1, bản sao: 0 · Tệp PDF, JPEG, PNG, tối đa 10 MB');
    expect(text).toContain(
      'Lệ phí đăng ký khai sinh: miễn (0 đồng) hoặc 8.000 đồng, tùy theo thông tin kê khai',
    );
    expect(text).toContain('Trong ngày làm việc tiếp nhận hồ sơ');
    expect(text).toContain('Luật Hộ tịch số 60/2014/QH13, hiệu lực từ 01/01/2016');
    const apply = page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' });
    expect(await apply.getAttribute('href')).toBe('/thu-tuc/1.001193/nop');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('reads in English, fits a phone and says plainly when the procedure does not exist', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/thu-tuc/1.001193');
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Birth registration');
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Within the working day');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto('/thu-tuc/9.999999');
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
  });
});
