/** The session cookie: HttpOnly, SameSite=Lax, Secure whenever the request reached us over HTTPS. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';

export const SESSION_COOKIE = 'motcua_session';
export const OIDC_COOKIE = 'motcua_oidc';
/** The OIDC round-trip cookie is sent only to the OIDC routes. */
const OIDC_COOKIE_PATH = '/api/v1/auth/oidc';

/** `request.protocol` honours X-Forwarded-Proto only from proxies the trustProxy setting names. */
const isSecure = (request: FastifyRequest) => request.protocol === 'https';

/** Setting and clearing must name the same attributes, or the browser keeps the cookie. */
const attributes = (request: FastifyRequest, path: string) =>
  ({ path, httpOnly: true, sameSite: 'lax', secure: isSecure(request) }) as const;

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: number,
  now: number,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    ...attributes(request, '/'),
    maxAge: Math.max(0, Math.floor((expiresAt - now) / 1000)),
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, attributes(request, '/'));
}

/** The signed OIDC transaction (state, nonce, verifier), for `maxAgeSeconds`. */
export function setOidcCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  value: string,
  maxAgeSeconds: number,
): void {
  reply.setCookie(OIDC_COOKIE, value, {
    ...attributes(request, OIDC_COOKIE_PATH),
    signed: true,
    maxAge: maxAgeSeconds,
  });
}

export function clearOidcCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(OIDC_COOKIE, attributes(request, OIDC_COOKIE_PATH));
}
