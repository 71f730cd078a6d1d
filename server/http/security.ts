/** Headers every answer carries, and the cross-site request check for cookie-authenticated writes. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import { forbidden } from '../services/errors.ts';
import { SESSION_COOKIE } from './cookies.ts';

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

export function securityHooks(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    if (crossSite(request)) {
      throw forbidden('Yêu cầu từ trang web khác bị từ chối.', 'Requests from another site are refused.');
    }
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}
