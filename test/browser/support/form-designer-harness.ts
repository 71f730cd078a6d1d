/**
 * The form designer's browser tests: the Form tab on a page of its own (test/browser/form-designer-harness) served
 * by vite's development server; `formDesignerTest` gives each test that page, loaded, in a fresh context of one
 * Chromium per file. React's warnings and uncaught errors fail the test.
 */
import type { Page } from 'playwright-core';
import { test } from 'vitest';
import type { ProcedureDefinition } from '../../../schemas/procedure.ts';
import { launchChromium } from './chromium.ts';
import { watchedPage } from './fixtures.ts';
import { harnessServer } from './harness-server.ts';

const PAGE = '/test/browser/form-designer-harness/index.html';

export const formDesignerTest = test
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('harness', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await harnessServer(PAGE, { cache: 'form-designer-harness', development: true });
    onCleanup(() => server.close());
    return server;
  })
  .extend('page', async ({ browser, harness, task }, { onCleanup }): Promise<Page> => {
    const page = await watchedPage(browser, { baseURL: harness.url }, task, onCleanup, (message) =>
      ['error', 'warning'].includes(message.type()),
    );
    await page.goto(PAGE);
    // The first load waits for vite to pre-bundle the dependencies.
    await page.waitForFunction(() => window.formDesigner !== undefined, null, { timeout: 120_000 });
    return page;
  });

/** Opens a definition in the Form tab and waits for its preview. */
export async function openForm(page: Page, definition: ProcedureDefinition, language?: 'vi' | 'en') {
  await page.evaluate(
    ([json, lng]) => window.formDesigner.open(JSON.parse(json), lng as 'vi' | 'en' | undefined),
    [JSON.stringify(definition), language] as const,
  );
  await page.locator('.mc-form-preview form.mc-form').waitFor();
}

/** The draft's definition as it stands. */
export const draft = (page: Page): Promise<ProcedureDefinition> =>
  page.evaluate(() => window.formDesigner.definition());
