/**
 * The browser apps the server serves, read by the server (server/http/web.ts) and by the build and its dev server
 * (vite.config.ts): where each app lives in the URL space, which HTML file is its entry, and what its pages may run.
 * Data only, so that the vite config can import it without loading the server.
 */

export interface WebApp {
  name: 'portal' | 'designer';
  /** Every path under it (and no other app's) is this app's client route. */
  base: string;
  /** The entry HTML, relative to the repository root in the sources and to the build directory once built. */
  html: string;
  /**
   * The Content-Security-Policy `script-src` of the app's pages: the one place that decides what code they run.
   * The portal never gets 'unsafe-eval' (its form validators are compiled ahead, per published version); the
   * designer, which compiles draft forms and lints drafts with ajv in the browser (`new Function`), is the one
   * app that has it.
   */
  scriptSrc: string[];
}

export const WEB_APPS: readonly WebApp[] = [
  // The designer lints drafts and validates their forms in the page (ajv compiles to code).
  {
    name: 'designer',
    base: '/designer',
    html: 'designer/index.html',
    scriptSrc: ["'self'", "'unsafe-eval'"],
  },
  // The officer desk joins the portal's app (its routes under /desk), sharing its first-page code.
  { name: 'portal', base: '/', html: 'runtime/web/index.html', scriptSrc: ["'self'"] },
];

/** Paths that never fall back to an app page: the APIs, and built files (a missing one is a plain 404). */
const NOT_PAGES = /^\/(api|trpc|assets)(\/|$)/;

/** The app whose client route `path` is (the longest base that holds it). */
export function appFor(path: string): WebApp {
  return (
    WEB_APPS.find((app) => app.base !== '/' && (path === app.base || path.startsWith(`${app.base}/`))) ??
    WEB_APPS.find((app) => app.base === '/')!
  );
}

/**
 * Whether a request is a browser opening a page (history-API fallback): a GET or HEAD that accepts HTML (only
 * navigations do; scripts, styles and images ask for other types), outside the APIs and the built files. Paths may
 * hold dots (procedure and unit codes: /procedures/1.001193). Anything else at an unknown path stays a 404.
 */
export function isPageRequest(method: string, url: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (!accept?.includes('text/html')) return false;
  return !NOT_PAGES.test(url.split('?')[0]);
}
