/**
 * The browser tests' `test`: one Chromium and one seeded server per file, and per test a fresh browser context
 * (no cookies, no storage, desktop size) with its page. A failing test leaves a screenshot under test-results/; a page that
 * throws or whose Content-Security-Policy refuses something fails its test.
 */
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { describe, test } from 'vitest';
import { chromiumAvailable, DESKTOP, launchChromium } from './chromium.ts';
import { webServer } from './server.ts';

const RESULTS = join(import.meta.dirname, '../../../test-results');

/** `describe` when Chromium is there, else a skip (after the notice; a failure under MOTCUA_STRICT_TESTS). */
export const browserDescribe = chromiumAvailable() ? describe : describe.skip;

export const browserTest = test
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }) => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('server', { scope: 'file' }, async ({}, { onCleanup }) => {
    const server = await webServer();
    onCleanup(() => server.close());
    return server;
  })
  .extend('page', ({ browser, server, task }, { onCleanup }) =>
    watchedPage(browser, { baseURL: server.url }, task, onCleanup),
  );

const refusedByCsp = (message: ConsoleMessage): boolean =>
  message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text());

/**
 * A page in a fresh browser context (desktop size) that fails its test when it throws or logs a problem (by
 * default: its Content-Security-Policy refused something), and leaves a screenshot under test-results/ when the
 * test fails.
 */
export async function watchedPage(
  browser: Browser,
  options: { baseURL: string },
  task: { name: string; file: { name: string }; result?: { state?: string } },
  onCleanup: (cleanup: () => Promise<void>) => void,
  isProblem: (message: ConsoleMessage) => boolean = refusedByCsp,
): Promise<Page> {
  const context = await browser.newContext({ ...options, viewport: DESKTOP });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (isProblem(message)) problems.push(`${message.type()}: ${message.text()}`);
  });
  onCleanup(async () => {
    if (task.result?.state === 'fail') {
      const dir = join(RESULTS, basename(task.file.name, '.test.ts'));
      mkdirSync(dir, { recursive: true });
      const name = task.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 100);
      await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true }).catch(() => undefined);
    }
    await context.close();
    if (problems.length > 0) throw new Error(`the page reported:\n${problems.join('\n')}`);
  });
  return page;
}
