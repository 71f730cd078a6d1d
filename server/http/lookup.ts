/**
 * The public lookups (a dossier's status by code, an e-result by its verification token) as REST and tRPC serve
 * them, behind one per-address throttle: every lookup counts toward the client address's allowance, and one that
 * finds nothing also counts apart and is audited, so that guessing codes or tokens is slowed down (429 with
 * Retry-After) and shows in the audit log.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { tooManyLookups } from '../auth/errors.ts';
import type { PublicDossier } from '../contracts/dossiers.ts';
import { publicLookup, ServiceError, type ServiceContext } from '../services/index.ts';
import { contextOf, type HttpDeps } from './deps.ts';

/** What a lookup that found nothing is audited as: its error code, audit action and target. */
export interface Miss {
  code: string;
  action: string;
  target: string;
}

export async function throttled<T>(
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  find: (ctx: ServiceContext) => Promise<T>,
  miss: Miss,
): Promise<T> {
  const address = request.ip;
  const wait = await deps.lookups.check(address);
  if (wait > 0) throw tooManyLookups(wait);
  const { ctx } = await contextOf(deps, request, reply, { signedIn: false });
  try {
    const found = await find(ctx);
    await deps.lookups.recordFound(address);
    return found;
  } catch (error) {
    if (error instanceof ServiceError && error.code === miss.code) {
      await deps.lookups.recordMiss(address, {
        at: ctx.now,
        actorId: ctx.actor?.userId ?? null,
        action: miss.action,
        target: miss.target,
        payload: { address },
      });
    }
    throw error;
  }
}

export function throttledLookup(
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  input: { code: string } | { qrToken: string },
): Promise<PublicDossier> {
  return throttled(deps, request, reply, (ctx) => publicLookup(deps.store, ctx, input), {
    code: 'DOSSIER_NOT_FOUND',
    action: 'dossier.lookup_miss',
    target: 'code' in input ? input.code : 'qr',
  });
}
