/**
 * The built browser apps (`npm run build:web` → dist/web): their pages at their client routes (history-API
 * fallback) with each app's Content-Security-Policy (the other security headers: security.ts), hashed assets
 * cached for a year. Without a build, the API runs as ever and a page says how to build the apps.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { notFoundHandler } from './not-found.ts';
import { RouteTable } from './route-table.ts';
import { NOT_BUILT_PAGE, NOT_BUILT_POLICY } from './home.ts';
import { appFor, isPageRequest, type WebApp } from './web-apps.ts';

/** Where `npm run build:web` writes the apps (bin/build-web.ts). */
export const WEB_DIST = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** What an app's pages may load: only their own files and the APIs of this origin. */
function pagePolicy(app: WebApp): string {
  return [
    "default-src 'self'",
    `script-src ${app.scriptSrc.join(' ')}`,
    // antd writes its component styles at run time (CSS-in-JS) in <style> elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** An app's page: its built entry HTML, read on each request so that a rebuild is served without a restart. */
async function sendPage(reply: FastifyReply, webDir: string, app: WebApp): Promise<FastifyReply> {
  // The entry HTML names the current hashed assets: browsers must ask again each time.
  reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache');
  try {
    const html = await readFile(join(webDir, app.html));
    return reply.header('content-security-policy', pagePolicy(app)).send(html);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return reply.header('content-security-policy', NOT_BUILT_POLICY).send(NOT_BUILT_PAGE);
  }
}

export async function webRoutes(app: FastifyInstance, webDir = WEB_DIST): Promise<void> {
  await app.register(
    async (assets) => {
      // A missing file is a plain 404 (the root's handler would call it 405, the route existing for GET).
      notFoundHandler(assets, new RouteTable());
      await assets.register(fastifyStatic, {
        root: join(webDir, 'assets'),
        // File names carry their content hash: a changed file is a new name.
        immutable: true,
        maxAge: '365d',
        // The build writes .br and .gz beside each file.
        preCompressed: true,
        index: false,
        decorateReply: false,
      });
    },
    { prefix: '/assets' },
  );
  app.get('/', { config: { openapi: { hide: true } } }, (_request, reply) =>
    sendPage(reply, webDir, appFor('/')),
  );
  // Client routes of the apps (/designer/…, /sign-in, …) are no server route: a browser opening one gets the page
  // of the app that holds it; its router then shows the screen, or its own "not found".
  app.addHook('onRequest', async (request, reply) => {
    if (!request.is404 || !isPageRequest(request.method, request.url, request.headers.accept)) return;
    return sendPage(reply, webDir, appFor(request.url.split('?')[0]));
  });
}
