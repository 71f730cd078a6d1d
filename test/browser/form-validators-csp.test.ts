/**
 * The portal's form validators run under a Content-Security-Policy without 'unsafe-eval': the module the server
 * serves (GET /api/v1/procedures/{code}/validator.js) is imported by a page whose policy is the portal's
 * (script-src 'self'), where the engine cannot compile a validator itself, and gives the errors the engine
 * gives in Node.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as engine from '../../runtime/engine/index.ts';
import { BIRTH, example } from '../support/examples.ts';
import { seedDemoFast, testServer, type TestServer } from '../support/http.ts';
import { bundleForBrowser } from './support/bundle.ts';
import { chromiumAvailable, launchChromium } from './support/chromium.ts';

const ENTRY = fileURLToPath(new URL('../../runtime/engine/index.ts', import.meta.url));
const POLICY = "default-src 'self'; script-src 'self'; object-src 'none'";

declare global {
  interface Window {
    engine: typeof engine;
  }
}

describe.runIf(chromiumAvailable())('form validators under a CSP without unsafe-eval', () => {
  let motcua: TestServer;
  let site: Server;
  let browser: Browser;
  let page: Page;
  let served: { status: number; type: string | undefined; etag: string | undefined };
  const pageErrors: string[] = [];

  beforeAll(async () => {
    motcua = await testServer({
      setup: (store, clock) => seedDemoFast(store, clock.now).then(() => undefined),
    });
    const validator = await motcua.app.inject({
      method: 'GET',
      url: '/api/v1/procedures/1.001193/validator.js',
    });
    served = {
      status: validator.statusCode,
      type: validator.headers['content-type'] as string | undefined,
      etag: validator.headers.etag as string | undefined,
    };
    const bundle = await bundleForBrowser(ENTRY, 'engine');
    // A page of this origin under the portal's policy: the engine as a script of its own, the served module.
    const files: Record<string, [string, string]> = {
      '/': ['text/html', '<!doctype html><title>portal</title><script src="/engine.js"></script>'],
      '/engine.js': ['text/javascript', bundle],
      '/validator.js': ['text/javascript', validator.body],
    };
    site = createServer((request, response) => {
      const file = files[request.url ?? ''];
      response.writeHead(file ? 200 : 404, {
        'content-type': `${file?.[0] ?? 'text/plain'}; charset=utf-8`,
        'content-security-policy': POLICY,
      });
      response.end(file?.[1] ?? '');
    });
    await new Promise<void>((done) => site.listen(0, '127.0.0.1', done));
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    // The engine is a classic script: loaded once the page is (a polling wait would need eval, refused here).
    expect(pageErrors).toEqual([]);
    expect(await page.evaluate('typeof window.engine.standaloneForm')).toBe('function');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => site?.close(done));
    await motcua?.close();
  });

  it('serves the live version’s validators as a JavaScript module, with the version as ETag', async () => {
    expect(served.status).toBe(200);
    expect(served.type).toBe('text/javascript; charset=utf-8');
    const again = await motcua.app.inject({
      method: 'GET',
      url: '/api/v1/procedures/1.001193/validator.js',
      headers: { 'if-none-match': served.etag! },
    });
    expect(again.statusCode).toBe(304);
    const missing = await motcua.app.inject({
      method: 'GET',
      url: '/api/v1/procedures/9.999999/validator.js',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('PROCEDURE_NOT_FOUND');
  });

  it('judges in the page as the engine does in Node, where the page cannot compile code', async () => {
    const form = example('birth-registration').form;
    const answers = [
      BIRTH.data,
      {},
      { ...BIRTH.data, child: { ...(BIRTH.data.child as object), birthDate: 'hôm qua' } },
    ];
    const compiled = engine.compileForm(form, engine.PROCEDURE_FORM);
    if ('problems' in compiled) throw new Error('the example form does not compile');
    // A string, not a function: vitest would rewrite a function's `import()` for Node.
    const inPage = (await page.evaluate(`(async () => {
      const form = ${JSON.stringify(form)};
      const module = await import('/validator.js');
      const standalone = window.engine.standaloneForm(form, module);
      // The engine's own validator needs \`new Function\`, which this page's policy refuses.
      const live = window.engine.compileForm(form, window.engine.PROCEDURE_FORM);
      return {
        errors: ${JSON.stringify(answers)}.map((data) => standalone.validate(data)),
        liveCompiles: !('problems' in live),
      };
    })()`)) as { errors: engine.FieldError[][]; liveCompiles: boolean };
    expect(inPage.liveCompiles).toBe(false);
    expect(inPage.errors).toEqual(answers.map((data) => compiled.validate(data)));
    expect(inPage.errors[0]).toEqual([]);
    expect(inPage.errors[1].length).toBeGreaterThan(0);
  });
});
