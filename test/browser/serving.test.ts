/**
 * How the server serves the built apps (no browser needed): each client route gets its app's page, the APIs and
 * files never fall back to a page, hashed assets are cached for good and pre-compressed, and without a build the
 * API still runs and `/` says how to build.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIR } from '../../bin/build-web.ts';
import { testServer, type TestServer } from '../support/http.ts';

const HTML = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('serving the built web apps', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await testServer();
  });
  afterAll(() => server.close());
  const get = (url: string, headers: Record<string, string> = HTML) =>
    server.app.inject({ method: 'GET', url, headers });

  it("answers a browser opening any client route with that app's page and policy", async () => {
    for (const [url, title] of [
      ['/', 'Cổng dịch vụ công'],
      ['/sign-in?next=%2F', 'Cổng dịch vụ công'],
      ['/desk/worklist', 'Cổng dịch vụ công'],
      ['/designer', 'Thiết kế thủ tục'],
      ['/designer/procedures/1.001193', 'Thiết kế thủ tục'],
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body, url).toContain(`<title>Một Cửa — ${title}</title>`);
      expect(res.headers['cache-control']).toBe('no-cache');
      // Only the designer compiles code in the page (ajv: draft forms, lint); the portal never does.
      const designer = url.startsWith('/designer');
      expect(res.headers['content-security-policy']).toContain(
        designer ? "script-src 'self' 'unsafe-eval';" : "script-src 'self';",
      );
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('never answers an API path, a missing file or a request for something else than a page with a page', async () => {
    for (const [url, headers] of [
      ['/api/v1/nothing', HTML],
      ['/trpc/nothing.here', HTML],
      ['/assets/nothing-1234.js', HTML],
      ['/sign-in', {}],
      ['/favicon.ico', { accept: 'image/avif,image/webp,image/*,*/*;q=0.8' }],
    ] as const) {
      const res = await get(url, headers);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toContain('application/json');
    }
  });

  it("gives every answer that is not a page a policy that loads nothing, and helmet's headers once", async () => {
    for (const [url, status] of [
      ['/api/v1/procedures', 200],
      ['/api/v1/nothing', 404],
      ['/trpc/nothing.here', 404],
      ['/api/v1/procedures/%E0%A4%A', 400],
    ] as const) {
      const res = await get(url, { accept: 'application/json' });
      expect(res.statusCode, url).toBe(status);
      expect(res.headers['content-security-policy'], url).toBe("default-src 'none';frame-ancestors 'none'");
      for (const header of [
        'x-frame-options',
        'x-content-type-options',
        'referrer-policy',
        'strict-transport-security',
      ]) {
        expect(typeof res.headers[header], `${url} ${header}`).toBe('string');
      }
    }
  });

  it('serves hashed assets for a year, brotli-compressed to a browser that takes it', async () => {
    const script = readdirSync(join(WEB_DIR, 'assets')).find((f) => /^portal-.*\.js$/.test(f))!;
    const res = await get(`/assets/${script}`, { 'accept-encoding': 'br, gzip' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toContain('javascript');
  });

  it('without a build, runs the API and says at / how to build the apps', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'motcua-no-web-'));
    const bare = await testServer({ webDir: empty });
    try {
      const home = await bare.app.inject({ method: 'GET', url: '/', headers: HTML });
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('<html lang="vi">');
      expect(home.body).toContain('npm run build:web');
      expect(home.body).toContain('not built');
      expect(home.headers['content-security-policy']).toBe(
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      );
      const page = await bare.app.inject({ method: 'GET', url: '/designer', headers: HTML });
      expect(page.body).toContain('npm run build:web');
      const api = await bare.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(api.statusCode).toBe(200);
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
