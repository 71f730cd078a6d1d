/** The designer's home in Chromium: for designers and approvers only, listing every procedure and its versions. */
import { expect } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/services/seed.ts';
import { example, EXAMPLE_NAMES } from '../support/examples.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { factsOf, horizontalOverflow, signInThroughPage } from './support/pages.ts';

const EXAMPLES = EXAMPLE_NAMES.map(example);
const name = (login: string) => DEMO_ACCOUNTS.find((a) => a.login === login)!.displayName;

browserDescribe('the designer', () => {
  it('sends someone not signed in to sign in, then back to the designer', async ({ page }) => {
    await page.goto('/designer');
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/designer/sign-in');
    await page.getByLabel('Tên đăng nhập').fill('thietke');
    await page.getByLabel('Mật khẩu').fill(`motcua-thietke-demo`);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thủ tục và các phiên bản' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/designer');
    expect(await page.title()).toBe('Một Cửa — Thiết kế thủ tục');
  });

  it('lists the five example procedures with their published version for a designer', async ({ page }) => {
    await signInThroughPage(page, 'thietke', '/designer/sign-in');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(5);
    expect((await page.getByRole('heading', { level: 2 }).allTextContents()).sort()).toEqual(
      EXAMPLES.map((d) => d.name.vi).sort(),
    );
    for (const definition of EXAMPLES) {
      const item = page.getByRole('listitem').filter({ hasText: definition.name.vi });
      await expect
        .poll(() => factsOf(item))
        .toMatchObject({
          'Mã thủ tục': definition.code,
          'Các phiên bản': 'Phiên bản 1 · Đã công bố · đang áp dụng',
        });
    }
    expect(await page.getByRole('banner').textContent()).toContain(name('thietke'));
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('serves an approver too, and fits a phone', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await signInThroughPage(page, 'pheduyet', '/designer/sign-in');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(5);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('tells someone without the designer or approver role which role it takes', async ({ page }) => {
    await signInThroughPage(page, 'congdan', '/designer/sign-in');
    const title = 'Bạn cần vai trò Cán bộ cấu hình hoặc Người phê duyệt quy trình';
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain(
      `Tài khoản ${name('congdan')} không có vai trò này`,
    );
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Đăng nhập bằng tài khoản khác' }).click();
    await page.getByLabel('Tên đăng nhập').fill('thietke');
    await page.getByLabel('Mật khẩu').fill('motcua-thietke-demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).count()).toBe(5);
  });
});
