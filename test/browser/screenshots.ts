/**
 * `npm run screenshots`: every screen of the web apps at desktop (1366×768) and phone (360×740) size, in
 * test-results/screenshots/, to look at; then the size of each app's first page and the portal home's first render
 * in Chromium (cold cache, median of 5).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild, firstPages } from '../../bin/build-web.ts';
import { DESKTOP, launchChromium, PHONE } from './support/chromium.ts';
import { signInThroughPage } from './support/pages.ts';
import { webServer } from './support/server.ts';

const OUT = join(import.meta.dirname, '../../test-results/screenshots');

interface Screen {
  name: string;
  /** Brings a fresh page (no cookies, Vietnamese) to the screen. */
  open(page: Page): Promise<void>;
}

const heading = (page: Page, level: number) => page.getByRole('heading', { level }).first().waitFor();

const SCREENS: Screen[] = [
  { name: 'portal-home', open: async (p) => (await p.goto('/'), heading(p, 2)) },
  {
    name: 'portal-home-en',
    open: async (p) => {
      await p.goto('/');
      await p.getByRole('button', { name: /English/ }).click();
      await p.getByRole('heading', { name: 'Administrative procedures' }).waitFor();
      await heading(p, 2);
    },
  },
  {
    name: 'portal-search-no-match',
    open: async (p) => (await p.goto('/?q=khong+co+thu+tuc'), p.locator('.ant-empty').waitFor()),
  },
  {
    name: 'portal-server-unreachable',
    open: async (p) => {
      await p.route('**/trpc/**', (route) => route.abort('connectionrefused'));
      await p.goto('/');
      await p.getByRole('alert').waitFor({ timeout: 30_000 });
    },
  },
  { name: 'portal-procedure', open: async (p) => (await p.goto('/thu-tuc/1.001193'), heading(p, 2)) },
  { name: 'portal-not-found', open: async (p) => (await p.goto('/khong-co'), heading(p, 1)) },
  { name: 'sign-in', open: async (p) => (await p.goto('/sign-in'), p.getByLabel('Mật khẩu').waitFor()) },
  {
    name: 'sign-in-wrong-password',
    open: async (p) => {
      await p.goto('/sign-in');
      await p.getByLabel('Tên đăng nhập').fill('congdan');
      await p.getByLabel('Mật khẩu').fill('sai');
      await p.getByRole('button', { name: 'Đăng nhập' }).click();
      await p.getByRole('alert').waitFor();
    },
  },
  {
    name: 'sign-in-empty-fields',
    open: async (p) => {
      await p.goto('/sign-in');
      await p.getByRole('button', { name: 'Đăng nhập' }).click();
      await p.getByText('Vui lòng nhập mật khẩu.').waitFor();
    },
  },
  {
    name: 'portal-home-signed-in',
    open: async (p) => (
      await signInThroughPage(p, 'congdan'),
      p.getByRole('button', { name: 'Đăng xuất' }).waitFor()
    ),
  },
  {
    name: 'designer-home',
    open: async (p) => {
      await signInThroughPage(p, 'thietke', '/designer/sign-in');
      await p.getByText('Phiên bản 1 · Đã công bố · đang áp dụng').first().waitFor();
    },
  },
  {
    name: 'designer-role-required',
    open: async (p) => (await signInThroughPage(p, 'congdan', '/designer/sign-in'), heading(p, 1)),
  },
];

/** Milliseconds from navigation to the first contentful paint and to the catalogue on screen, one cold load. */
async function portalFirstRender(
  browser: Browser,
  url: string,
): Promise<{ paint: number; catalogue: number }> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.mc-cards')) {
        (window as unknown as { catalogueAt: number }).catalogueAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.locator('.mc-cards').waitFor();
  const times = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    catalogue: (window as unknown as { catalogueAt: number }).catalogueAt,
  }));
  await context.close();
  return times;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  await ensureWebBuild();
  mkdirSync(OUT, { recursive: true });
  const server = await webServer();
  const browser = await launchChromium();
  try {
    for (const [size, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      for (const screen of SCREENS) {
        const context = await browser.newContext({ baseURL: server.url, viewport });
        const page = await context.newPage();
        await screen.open(page);
        const path = join(OUT, `${screen.name}-${size}.png`);
        await page.screenshot({ path, fullPage: true });
        console.log(path);
        await context.close();
      }
    }
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await portalFirstRender(browser, server.url));
    console.log(
      `portal home, cold load in Chromium (median of 5): first contentful paint ${median(runs.map((r) => r.paint)).toFixed(0)} ms, ` +
        `catalogue shown ${median(runs.map((r) => r.catalogue)).toFixed(0)} ms`,
    );
    for (const page of firstPages()) {
      console.log(
        `${page.app} first page: ${(page.bytes / 1024).toFixed(1)} kB raw, ${(page.gzipBytes / 1024).toFixed(1)} kB gzip (${page.files.join(', ')})`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
