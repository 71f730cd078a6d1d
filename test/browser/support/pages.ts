/** Steps the browser tests share: signing in through the page, measuring the layout. */
import type { Locator, Page } from 'playwright-core';
import { demoPassword } from '../../support/http.ts';

/** Signs in with a demo account through the sign-in form at `path` (the portal's or the designer's). */
export async function signInThroughPage(page: Page, login: string, path = '/sign-in'): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Tên đăng nhập').fill(login);
  await page.getByLabel('Mật khẩu').fill(demoPassword(login));
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** How far the page reaches past the viewport's width (0: no horizontal scrolling). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The facts (term → value) of the description lists inside `scope`. */
export async function factsOf(scope: Locator): Promise<Record<string, string>> {
  const pairs = await scope
    .locator('dl > div')
    .evaluateAll((groups) =>
      groups.map((g) => [g.querySelector('dt')?.textContent ?? '', g.querySelector('dd')?.textContent ?? '']),
    );
  return Object.fromEntries(pairs);
}
