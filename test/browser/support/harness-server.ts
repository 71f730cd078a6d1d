/**
 * The harness pages of the browser tests (test/browser/*-harness) served by vite's development server: no build
 * needed, and React reports its warnings. Each page has its own cache of pre-bundled dependencies, so that `npm
 * run dev` and several test files may run side by side.
 */
import react from '@vitejs/plugin-react';

const ROOT = new URL('../../../', import.meta.url).pathname;
export const HARNESS_PATH = '/test/browser/form-harness/index.html';
const DEVELOPMENT = JSON.stringify('development');

export interface HarnessServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `page` (a path from the root). With `development`, the page and its pre-bundled dependencies are built
 * for development whatever NODE_ENV the tests run under: under vitest's NODE_ENV=test, antd gives every radio
 * group the name "test-id" and every select the listbox id "test-id_list", so a page's groups would uncheck each
 * other and its selects share ids. The pre-bundled dependencies take their define from rolldownOptions (vite's own
 * `define` does not reach them).
 */
export async function harnessServer(
  page = HARNESS_PATH,
  { cache = 'form-harness', development = false } = {},
): Promise<HarnessServer> {
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: false,
    root: ROOT,
    plugins: [react()],
    cacheDir: `${ROOT}node_modules/.vite-${cache}`,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, hmr: false },
    ...(development ? { define: { 'process.env.NODE_ENV': DEVELOPMENT } } : {}),
    optimizeDeps: {
      entries: [page.slice(1)],
      ...(development
        ? { rolldownOptions: { transform: { define: { 'process.env.NODE_ENV': DEVELOPMENT } } } }
        : {}),
    },
  });
  await server.listen();
  return { url: server.resolvedUrls!.local[0].replace(/\/$/, ''), close: () => server.close() };
}
