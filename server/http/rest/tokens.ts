/**
 * API tokens for integrating systems (`Authorization: Bearer mc_…`). A user issues, lists and revokes their own
 * tokens; an admin those of the accounts they manage (http/admin.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiTokenInfo, Identity } from '../../auth/auth.ts';
import { serviceError } from '../../services/errors.ts';
import { manageable, outsideUnits } from '../admin.ts';
import { requireIdentity } from '../caller.ts';
import type { HttpDeps } from '../deps.ts';
import { documented, tokenBody, tokenParams, tokensQuery } from '../schemas.ts';

const tags = ['session'];

const tokenView = (t: ApiTokenInfo) => ({
  id: t.id,
  name: t.name,
  userId: t.userId,
  createdAt: new Date(t.createdAt).toISOString(),
  revokedAt: t.revokedAt === null ? null : new Date(t.revokedAt).toISOString(),
});

const tokenSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    userId: { type: 'string' },
    createdAt: { type: 'string' },
    revokedAt: { type: ['string', 'null'] },
  },
} as const;

/**
 * The caller, once they may act on `userId`'s tokens: their own need no check, anyone else's need manageable. A
 * token outlives the roles its user holds today, so an agency admin acts only on tokens of users who already have
 * roles in their units: one without roles (whom any admin may manage) could later be given roles elsewhere.
 */
async function mayActFor(
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string | undefined,
  path: string,
): Promise<Identity> {
  const identity = await requireIdentity(deps.auth, request, reply);
  if (userId !== undefined && userId !== identity.user.id) {
    const { managed, roles } = await manageable(deps, request, reply, userId, path);
    if (managed !== 'all' && roles.length === 0) throw outsideUnits();
  }
  return identity;
}

export function tokenRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.post<{ Body: { name: string; userId?: string } }>(
    '/tokens',
    {
      schema: {
        summary: 'Cấp mã truy cập API / Issue an API token',
        description: 'The token is shown once; only its SHA-256 is stored.',
        tags,
        body: tokenBody,
      },
      config: documented({
        status: '201',
        description: 'The new token',
        schema: {
          type: 'object',
          properties: { token: { type: 'string' }, id: { type: 'string' }, userId: { type: 'string' } },
        },
      }),
    },
    async (request, reply) => {
      const identity = await mayActFor(deps, request, reply, request.body.userId, '/body/userId');
      const userId = request.body.userId ?? identity.user.id;
      const { token, id } = await deps.auth.createApiToken(identity.user.id, userId, request.body.name);
      return reply.code(201).send({ token, id, userId, name: request.body.name });
    },
  );

  api.get<{ Querystring: { userId?: string } }>(
    '/tokens',
    {
      schema: {
        summary: 'Danh sách mã truy cập API / API tokens',
        description: 'The caller’s tokens (or, for an admin, a managed user’s), revoked ones included.',
        tags,
        querystring: tokensQuery,
      },
      config: documented({
        description: 'The tokens, oldest first, without their secrets',
        schema: { type: 'object', properties: { items: { type: 'array', items: tokenSchema } } },
      }),
    },
    async (request, reply) => {
      const identity = await mayActFor(deps, request, reply, request.query.userId, '/querystring/userId');
      const items = await deps.auth.listApiTokens(request.query.userId ?? identity.user.id);
      return { items: items.map(tokenView) };
    },
  );

  api.delete<{ Params: { id: string } }>(
    '/tokens/:id',
    {
      schema: {
        summary: 'Thu hồi mã truy cập API / Revoke an API token',
        description:
          'The token is refused (401 INVALID_TOKEN) from now on. Revoking it again changes nothing.',
        tags,
        params: tokenParams,
      },
      config: documented({ status: '204', description: 'Revoked' }),
    },
    async (request, reply) => {
      // Signed in before the lookup: an anonymous caller learns nothing about which ids exist.
      const identity = await requireIdentity(deps.auth, request, reply);
      const token = await deps.auth.findApiToken(request.params.id);
      if (!token) {
        throw serviceError(
          'API_TOKEN_NOT_FOUND',
          404,
          `Không có mã truy cập "${request.params.id}".`,
          `There is no API token "${request.params.id}".`,
          { path: '/params/id' },
        );
      }
      await mayActFor(deps, request, reply, token.userId, '/params/id');
      await deps.auth.revokeApiToken(identity.user.id, token);
      return reply.code(204).send();
    },
  );
}
