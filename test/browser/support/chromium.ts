/**
 * Debian's Chromium for the browser tests, driven by playwright-core. Where it is not installed the browser tests
 * say so and are skipped, unless MOTCUA_STRICT_TESTS is set (CI), where that is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.MOTCUA_CHROMIUM ?? '/usr/bin/chromium';

/** The screens the apps are made for: a common office desktop and a small phone. */
export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 360, height: 740 };

/**
 * The flags that keep Chromium quiet and self-contained in a container. playwright-core adds a fresh temporary
 * profile (--user-data-dir) to every launch and deletes it on close; it refuses one passed here.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether the browser tests can run; says plainly when they cannot. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const notice = `Chromium is not installed at ${CHROMIUM} (apt-get install chromium): the browser tests did not run`;
  if (process.env.MOTCUA_STRICT_TESTS) throw new Error(notice);
  console.warn(`NOTICE: ${notice}`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}
