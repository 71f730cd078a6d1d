/** The tRPC context: the fastify request and reply, so procedures use the same caller resolution as REST. */
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HttpDeps } from '../deps.ts';

export interface TrpcContext {
  deps: HttpDeps;
  req: FastifyRequest;
  res: FastifyReply;
}

export const trpcContextFactory =
  (deps: HttpDeps) =>
  ({ req, res }: CreateFastifyContextOptions): TrpcContext => ({ deps, req, res });
