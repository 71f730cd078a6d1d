/**
 * Who is calling: an API token (`Authorization: Bearer …`) or the session cookie. Resolved once per request and
 * only when a route asks, so public routes cost no lookup.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import type { Auth, Identity } from '../auth/auth.ts';
import { invalidToken } from '../auth/errors.ts';
import { unauthenticated } from '../errors.ts';
import { SESSION_COOKIE, clearSessionCookie, setSessionCookie } from './cookies.ts';

const resolved = new WeakMap<FastifyRequest, Promise<Identity | undefined>>();

function bearer(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  // A malformed Authorization header is an error, not an anonymous call: integrators must learn of it.
  if (!match) throw invalidToken();
  return match[1];
}

export function identify(
  auth: Auth,
  request: FastifyRequest,
  reply?: FastifyReply,
): Promise<Identity | undefined> {
  let found = resolved.get(request);
  if (!found) {
    found = (async () => {
      const token = bearer(request);
      if (token !== undefined) {
        const identity = await auth.fromApiToken(token);
        if (!identity) throw invalidToken();
        return identity;
      }
      const cookie = request.cookies[SESSION_COOKIE];
      if (!cookie) return undefined;
      const identity = await auth.fromSession(cookie);
      if (reply) {
        // A stale cookie is dropped so the browser stops sending it; an extended one is sent with its new lifetime.
        if (!identity) clearSessionCookie(request, reply);
        else if (identity.renewedUntil)
          setSessionCookie(request, reply, cookie, identity.renewedUntil, auth.now());
      }
      return identity;
    })();
    resolved.set(request, found);
  }
  return found;
}

/** The session cookie's identity as this process last read it (Auth.presumed), without reading it: none for a token. */
export function presumedIdentity(auth: Auth, request: FastifyRequest): Identity | undefined {
  if (request.headers.authorization !== undefined) return undefined;
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? auth.presumed(cookie) : undefined;
}

export async function requireIdentity(
  auth: Auth,
  request: FastifyRequest,
  reply?: FastifyReply,
): Promise<Identity> {
  const identity = await identify(auth, request, reply);
  if (!identity) throw unauthenticated();
  return identity;
}
