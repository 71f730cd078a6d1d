/**
 * The form renderer's browser tests: a page (test/browser/form-harness) served by vite's development server, so
 * that no build is needed and React reports its warnings; `formTest` gives each test that page, loaded, in a
 * fresh context of one Chromium per file. React's warnings and uncaught errors fail the test.
 */
import type { Page } from 'playwright-core';
import { test, vi } from 'vitest';
import type { RenderOptions } from '../form-harness/main.tsx';
import { launchChromium } from './chromium.ts';
import { watchedPage } from './fixtures.ts';
import { harnessServer, HARNESS_PATH } from './harness-server.ts';

// A test's first page waits for that pre-bundling when the machine has not done it yet.
vi.setConfig({ testTimeout: 180_000 });

export const formTest = test
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('harness', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await harnessServer();
    onCleanup(() => server.close());
    return server;
  })
  .extend('page', async ({ browser, harness, task }, { onCleanup }): Promise<Page> => {
    // React's warnings (keys, state updates, invalid props) are problems too.
    const page = await watchedPage(browser, { baseURL: harness.url }, task, onCleanup, (message) =>
      ['error', 'warning'].includes(message.type()),
    );
    // The first load waits for vite to pre-bundle the dependencies (once per machine; test files that start
    // together wait for the same work).
    await page.goto(HARNESS_PATH, { timeout: 120_000 });
    await page.waitForFunction(() => window.harness !== undefined, null, { timeout: 120_000 });
    return page;
  });

/** Shows a form on the harness page and waits for it. */
export async function renderForm(page: Page, options: RenderOptions): Promise<void> {
  await page.evaluate((json) => window.harness.render(JSON.parse(json)), JSON.stringify(options));
  await page.locator('form.mc-form').waitFor();
}

/** What the form handed out: the last change, and each submission. */
export const formValue = (page: Page): Promise<unknown> => page.evaluate(() => window.harness.value);
export const submissions = (page: Page): Promise<unknown[]> => page.evaluate(() => window.harness.submitted);
