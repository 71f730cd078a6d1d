/**
 * The security headers of every answer (helmet, applied here and nowhere else) and the cross-site request check
 * for cookie-authenticated writes.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type {} from '@fastify/cookie';
import { forbidden } from '../errors.ts';
import { SESSION_COOKIE } from './cookies.ts';
import { message } from '../../runtime/engine/messages/index.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * SameSite=Lax keeps the session cookie off cross-site POSTs from other sites, but not from sibling subdomains
 * (same site). A browser always sends Origin on such writes, so one that names another host is refused.
 */
function crossSite(request: FastifyRequest): boolean {
  if (SAFE.has(request.method) || !request.cookies[SESSION_COOKIE]) return false;
  if (request.headers.authorization) return false;
  const origin = request.headers.origin;
  if (origin === undefined) return false;
  try {
    return new URL(origin).host !== request.host;
  } catch {
    return true;
  }
}

/**
 * Answers that are not pages (JSON, files) may load nothing at all; an app's page sets its own policy (web.ts),
 * which allows only its own scripts.
 */
const HEADERS = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
} satisfies HelmetOptions;

const setHeaders = helmet(HEADERS);

/**
 * The headers, by helmet's middleware made once (@fastify/helmet would make it again for every request): set by a
 * hook on every answer, and by hand on one that no hook sees, the router's refusal of a malformed URL (server.ts).
 */
export function securityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  setHeaders(request.raw, reply.raw, () => undefined);
}

export function securityHooks(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request, reply);
    done();
  });
  app.addHook('preHandler', async (request) => {
    if (crossSite(request)) {
      throw forbidden(message('http.requestsFromAnotherSite'));
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
