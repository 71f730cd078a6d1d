/** What the route modules share: the store, the clock, auth, and how a request becomes a service context. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Auth, Identity } from '../auth/auth.ts';
import type { OidcLogin } from '../auth/oidc.ts';
import type { LookupLimiter } from '../auth/rate-limit.ts';
import type { Gateway } from '../services/online-payments.ts';
import { actorOf, serviceContext, type ServiceContext } from '../services/index.ts';
import { referenceView, type Store } from '../store/index.ts';
import { identify, requireIdentity } from './caller.ts';

export interface HttpDeps {
  store: Store;
  clock: () => number;
  auth: Auth;
  /** The per-address throttle of the public status lookup. */
  lookups: LookupLimiter;
  oidc?: OidcLogin;
  /** The online payment gateway, where one is configured. */
  gateway?: Gateway;
}

/**
 * The service context of a request: its caller's roles (none for an anonymous call on a public route) and the
 * time, read once from the injected clock; and the store the request works with, which serves the reference data
 * from the process's cache (store/reference.ts).
 */
export async function contextOf(
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  options: { signedIn: boolean },
): Promise<{ ctx: ServiceContext; identity: Identity | undefined; store: Store }> {
  const identity = options.signedIn
    ? await requireIdentity(deps.auth, request, reply)
    : await identify(deps.auth, request, reply);
  // The identity's user row was read (and checked enabled) for this request already.
  const now = deps.clock();
  const store = referenceView(deps.store, identity?.referenceStamp);
  const actor = identity ? await actorOf(store, identity.user, now) : undefined;
  const ctx = serviceContext(store, actor, now);
  return { ctx, identity, store };
}

/** The address (scheme and host) the caller reached the server at: what QR codes printed for them open. */
export function siteOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}
