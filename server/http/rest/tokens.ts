/**
 * API tokens for integrating systems (`Authorization: Bearer mc_…`). A user may issue tokens for themself; an
 * admin for the accounts they manage (auth/admin.ts).
 */
import type { FastifyInstance } from 'fastify';
import { managedUnits, managesUser } from '../../auth/admin.ts';
import { forbidden, RequestError } from '../../auth/errors.ts';
import { requireIdentity } from '../caller.ts';
import type { HttpDeps } from '../deps.ts';
import { tokenBody } from '../schemas.ts';

async function mayIssueFor(deps: HttpDeps, creatorId: string, userId: string): Promise<boolean> {
  if (creatorId === userId) return true;
  const managed = managedUnits(await deps.store.rolesOf(creatorId), await deps.store.listUnits());
  if (managed !== 'all' && managed.size === 0) return false;
  const theirs = await deps.store.rolesOf(userId);
  return theirs.length > 0 && managesUser(managed, theirs);
}

export function tokenRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.post<{ Body: { name: string; userId?: string } }>(
    '/tokens',
    {
      schema: {
        summary: 'Cấp mã truy cập API / Issue an API token',
        description: 'The token is shown once; only its SHA-256 is stored.',
        tags: ['session'],
        body: tokenBody,
      },
      config: {
        openapi: {
          auth: 'session',
          responses: {
            '201': {
              description: 'The new token',
              schema: {
                type: 'object',
                properties: { token: { type: 'string' }, id: { type: 'string' }, userId: { type: 'string' } },
              },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const identity = await requireIdentity(deps.auth, request, reply);
      const userId = request.body.userId ?? identity.user.id;
      const target = await deps.store.getUser(userId);
      if (!target) {
        throw new RequestError(
          404,
          'USER_NOT_FOUND',
          { vi: 'Không tìm thấy người dùng.', en: 'There is no such user.' },
          {},
          '/body/userId',
        );
      }
      if (!(await mayIssueFor(deps, identity.user.id, userId))) {
        throw forbidden({
          vi: 'Bạn chỉ được cấp mã truy cập cho người dùng thuộc đơn vị mình quản trị.',
          en: 'You may issue tokens only for users of the units you administer.',
        });
      }
      const { token, id } = await deps.auth.createApiToken(identity.user.id, userId, request.body.name);
      return reply.code(201).send({ token, id, userId, name: request.body.name });
    },
  );
}
