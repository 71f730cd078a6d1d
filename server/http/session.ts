/**
 * What the REST routes (rest/session.ts) and the tRPC procedures (trpc/router.ts) of signing in share: the
 * session cookie follows the sign-in, the sign-out and the password change alike on both surfaces.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Identity, Session } from '../auth/auth.ts';
import { identify, requireIdentity } from './caller.ts';
import { clearSessionCookie, setSessionCookie } from './cookies.ts';
import type { HttpDeps } from './deps.ts';

/** The signed-in user as the API shows them: never the password hash. */
export async function meView(deps: HttpDeps, identity: Identity) {
  const { user } = identity;
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    roles: await deps.store.rolesOf(user.id),
    via: identity.via,
  };
}

/** Checks the password (throttled) and opens a session in the cookie. */
export async function signIn(
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  body: { login: string; password: string },
): Promise<Session> {
  const session = await deps.auth.login(body.login, body.password, request.ip);
  setSessionCookie(request, reply, session.token, session.expiresAt, deps.clock());
  return session;
}

/** Ends the caller's session, if any, and drops the cookie; never fails (a stale cookie is signed out too). */
export async function signOut(deps: HttpDeps, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const identity = await identify(deps.auth, request).catch(() => undefined);
  if (identity) await deps.auth.logout(identity);
  clearSessionCookie(request, reply);
}

/** Changes the caller's password; a caller who came by session gets the new session's cookie. */
export async function changePassword(
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  body: { oldPassword: string; newPassword: string },
): Promise<Identity> {
  const caller = await requireIdentity(deps.auth, request, reply);
  const { identity, session } = await deps.auth.changePassword(caller, body.oldPassword, body.newPassword);
  if (session) setSessionCookie(request, reply, session.token, session.expiresAt, deps.clock());
  return identity;
}
