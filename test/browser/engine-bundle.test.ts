/**
 * The engine builds for the browser: runtime/engine bundled by vite for a browser target, with no Node polyfills,
 * lints an example definition and runs its scenario (submission, the officers' actions, the timers) in Chromium to
 * the same result as in Node.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as engine from '../../runtime/engine/index.ts';
import { definitionOf, scenario } from '../support/examples.ts';
import { bundleForBrowser } from './support/bundle.ts';
import { chromiumAvailable, launchChromium } from './support/chromium.ts';

const ENTRY = fileURLToPath(new URL('../../runtime/engine/index.ts', import.meta.url));
const SCENARIOS = ['birth-registration', 'house-building-permit-extension', 'household-business-silence'];

declare global {
  interface Window {
    engine: typeof engine;
  }
}

/** Values as they cross to the page and back: JSON. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe.runIf(chromiumAvailable())('the engine in the browser', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    const code = await bundleForBrowser(ENTRY, 'engine');
    browser = await launchChromium();
    page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setContent('<!doctype html><title>engine</title>');
    await page.addScriptTag({ content: code });
    expect(errors).toEqual([]);
  }, 120_000);
  afterAll(() => browser?.close());

  it.each(SCENARIOS)('runs the scenario %s as Node does', async (name) => {
    const file = scenario(name);
    const definition = definitionOf(file);
    const inNode = asJson({
      problems: engine.lint(definition),
      result: engine.simulate(definition, file),
    });
    const inBrowser = await page.evaluate(
      (json) => {
        const [d, s] = JSON.parse(json);
        return { problems: window.engine.lint(d), result: window.engine.simulate(d, s) };
      },
      JSON.stringify([definition, file]),
    );
    expect((inNode as { result: { ok: boolean } }).result.ok).toBe(true);
    expect(inBrowser).toEqual(inNode);
  });
});
