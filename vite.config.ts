/**
 * One vite build for every web app (the portal at /, the designer at /designer; server/http/web-apps.ts lists
 * them), and vitest's configuration. `npm run dev` serves the apps with hot reload and sends /api and /trpc to
 * the running server (MOTCUA_SERVER, default http://localhost:3000).
 */
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { appFor, isPageRequest, WEB_APPS } from './server/http/web-apps.ts';

const server = process.env.MOTCUA_SERVER ?? 'http://localhost:3000';

/** In development, a page at any client route is its app's entry HTML, as the server does with the build. */
function appPages(): Plugin {
  return {
    name: 'motcua:app-pages',
    configureServer(dev) {
      dev.middlewares.use((request, _response, next) => {
        if (request.url && isPageRequest(request.method ?? 'GET', request.url, request.headers.accept)) {
          request.url = `/${appFor(request.url.split('?')[0]).html}`;
        }
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [react(), appPages()],
  appType: 'mpa',
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // Read by the build script to report what each app's first page loads.
    manifest: true,
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      input: Object.fromEntries(WEB_APPS.map((app) => [app.name, app.html])),
    },
  },
  server: {
    proxy: { '/api': server, '/trpc': server },
  },
  test: {
    // Property tests and conformance suites are CPU-bound; two cores on CI.
    testTimeout: 30_000,
    // Every answer of the server is checked against its operation's output schema (operations/outputs.ts).
    env: { MOTCUA_CHECK_OUTPUTS: '1' },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['**/*.test.ts'],
          exclude: ['node_modules/**', 'data/**', 'dist/**', 'test/browser/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // Builds the web apps once per run when their sources changed since the last build.
          globalSetup: ['test/browser/support/build.ts'],
          testTimeout: 60_000,
          // A real Chromium on a loaded two-core CI machine now and then misses an event it was waiting for; one
          // more try there tells such a stumble from a fault, which fails both tries.
          retry: process.env.CI ? 1 : 0,
          // A page waits on the server and on Chromium: a loaded machine needs more than the default second.
          expect: { poll: { timeout: 15_000 } },
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
