/**
 * The rule editors' browser tests: a page (test/browser/rules-harness) served by vite's development server, as the
 * form renderer's harness is (no build needed); `rulesTest` gives each test that page, loaded, in a fresh context
 * of one Chromium per file. React's warnings and uncaught errors fail the test.
 */
import type { Page } from 'playwright-core';
import { test } from 'vitest';
import type { RuleRenderOptions } from '../rules-harness/main.tsx';
import { launchChromium } from './chromium.ts';
import { watchedPage } from './fixtures.ts';
import { harnessServer } from './harness-server.ts';

const PAGE = '/test/browser/rules-harness/index.html';

export const rulesTest = test
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('harness', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await harnessServer(PAGE, { cache: 'rules-harness', development: true });
    onCleanup(() => server.close());
    return server;
  })
  .extend('page', async ({ browser, harness, task }, { onCleanup }): Promise<Page> => {
    const page = await watchedPage(browser, { baseURL: harness.url }, task, onCleanup, (message) =>
      ['error', 'warning'].includes(message.type()),
    );
    await page.goto(PAGE);
    // The first load waits for vite to pre-bundle the dependencies.
    await page.waitForFunction(() => window.rules !== undefined, null, { timeout: 90_000 });
    return page;
  });

/** Shows a rule editor on the harness page and waits for it. */
export async function renderRule(page: Page, options: RuleRenderOptions): Promise<void> {
  await page.evaluate((json) => window.rules.render(JSON.parse(json)), JSON.stringify(options));
  await page.getByRole('group', { name: options.label, exact: true }).waitFor();
}

/** Every value the editor handed out since it was shown. */
export const ruleChanges = (page: Page): Promise<unknown[]> => page.evaluate(() => window.rules.changes);
