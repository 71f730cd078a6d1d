/** Signing in and out through the shared sign-in page, with the mouse and with the keyboard alone. */
import { expect } from 'vitest';
import { DEMO_ACCOUNTS } from '../../server/services/seed.ts';
import { demoPassword } from '../support/http.ts';
import { seriousA11yViolations } from './support/axe.ts';
import { PHONE } from './support/chromium.ts';
import { browserDescribe, browserTest as it } from './support/fixtures.ts';
import { horizontalOverflow, signInThroughPage } from './support/pages.ts';

const citizen = DEMO_ACCOUNTS.find((a) => a.login === 'congdan')!;

browserDescribe('signing in', () => {
  it('signs in with a demo account, shows who is signed in, and signs out', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await signInThroughPage(page, 'congdan');
    const header = page.getByRole('banner');
    await expect.poll(() => header.textContent()).toContain(citizen.displayName);
    // Back where the person started, signed in.
    expect(new URL(page.url()).pathname).toBe('/');
    await page.reload();
    await expect.poll(() => header.textContent()).toContain(citizen.displayName);
    await header.getByRole('button', { name: 'Đăng xuất' }).click();
    await header.getByRole('link', { name: 'Đăng nhập' }).waitFor();
    expect(await header.textContent()).not.toContain(citizen.displayName);
  });

  it("shows the server's own message, in Vietnamese, for a wrong password, and in English after switching", async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Tên đăng nhập').fill('congdan');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => alert.textContent()).toContain('The login or password is wrong.');
  });

  it('asks for the missing fields in Vietnamese before calling the server', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByText('Vui lòng nhập tên đăng nhập.').count()).toBe(1);
    expect(await page.getByText('Vui lòng nhập mật khẩu.').count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('can be done with the keyboard alone, with the focus always visible', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    // Tab from the top of the page to the sign-in link and follow it.
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const style = el ? getComputedStyle(el) : undefined;
        const visible = !!style && (style.outlineStyle !== 'none' || style.boxShadow !== 'none');
        return { text: el?.textContent?.trim() ?? '', tag: el?.tagName, visible };
      });
    const firstStop = (await page.keyboard.press('Tab'), await focused());
    expect(firstStop.text).toBe('Bỏ qua, đến nội dung chính');
    expect(firstStop.visible).toBe(true);
    let stop = firstStop;
    for (let i = 0; i < 6 && stop.text !== 'Đăng nhập'; i++) {
      await page.keyboard.press('Tab');
      stop = await focused();
      expect(stop.visible, `focus on ${stop.tag} "${stop.text}" is visible`).toBe(true);
    }
    expect(stop.text).toBe('Đăng nhập');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    // Tab into the form: the first field, then the second, then submit with Enter.
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      if (await page.getByLabel('Tên đăng nhập').evaluate((el) => el === document.activeElement)) break;
    }
    await page.keyboard.type('congdan');
    await page.keyboard.press('Tab');
    expect(await page.getByLabel('Mật khẩu').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(demoPassword('congdan'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('banner').textContent()).toContain(citizen.displayName);
  });

  it('has no serious or critical accessibility violation and fits a phone', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/sign-in');
    await page.getByLabel('Tên đăng nhập').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await signInThroughPage(page, 'congdan');
    await expect.poll(() => page.getByRole('banner').textContent()).toContain(citizen.displayName);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
