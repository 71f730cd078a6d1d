/**
 * API tokens for integrating systems (`Authorization: Bearer mc_…`). A user issues, lists and revokes their own
 * tokens; an admin those of the accounts they manage (http/admin.ts).
 */
import type { ApiTokenInfo, Identity } from '../../auth/auth.ts';
import { IssuedToken, TokenIdInput, TokenInput, TokenList, TokensInput } from '../../contracts/accounts.ts';
import { Done } from '../../contracts/common.ts';
import { serviceError } from '../../errors.ts';
import { manageable, outsideUnits } from '../admin.ts';
import { requireIdentity } from '../caller.ts';
import type { Call } from './operation.ts';
import { mutation, query } from './operation.ts';
import { message } from '../../../runtime/engine/messages/index.ts';

const tags = ['session'];

const tokenView = (t: ApiTokenInfo) => ({
  id: t.id,
  name: t.name,
  userId: t.userId,
  createdAt: new Date(t.createdAt).toISOString(),
  revokedAt: t.revokedAt === null ? null : new Date(t.revokedAt).toISOString(),
});

/**
 * The caller, once they may act on `userId`'s tokens: their own need no check, anyone else's need manageable. A
 * token outlives the roles its user holds today, so an agency admin acts only on tokens of users who already have
 * roles in their units: one without roles (whom any admin may manage) could later be given roles elsewhere.
 */
async function mayActFor(
  { deps, request, reply }: Call,
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

const others = {
  '403': 'FORBIDDEN: another user’s tokens, and not their administrator',
  '404': 'USER_NOT_FOUND',
};

export const tokens = {
  issue: mutation({
    summary: 'Cấp mã truy cập API / Issue an API token',
    description: 'The token is shown once; only its SHA-256 is stored.',
    tags,
    access: 'session',
    input: TokenInput,
    output: IssuedToken,
    rest: { method: 'POST', path: '/tokens', status: 201 },
    errors: others,
    async run(call, input) {
      const identity = await mayActFor(call, input.userId, '/body/userId');
      const userId = input.userId ?? identity.user.id;
      const { token, id } = await call.deps.auth.createApiToken(identity.user.id, userId, input.name);
      return { token, id, userId, name: input.name };
    },
  }),

  list: query({
    summary: 'Danh sách mã truy cập API / API tokens',
    description:
      'The caller’s tokens (or, for an admin, a managed user’s), revoked ones included, oldest first.',
    tags,
    access: 'session',
    input: TokensInput,
    output: TokenList,
    rest: { method: 'GET', path: '/tokens' },
    errors: others,
    async run(call, input) {
      const identity = await mayActFor(call, input.userId, '/querystring/userId');
      const items = await call.deps.auth.listApiTokens(input.userId ?? identity.user.id);
      return { items: items.map(tokenView) };
    },
  }),

  revoke: mutation({
    summary: 'Thu hồi mã truy cập API / Revoke an API token',
    description: 'The token is refused (401 INVALID_TOKEN) from now on. Revoking it again changes nothing.',
    tags,
    access: 'session',
    input: TokenIdInput,
    output: Done,
    rest: { method: 'DELETE', path: '/tokens/:id', status: 204 },
    errors: { '403': others['403'], '404': 'API_TOKEN_NOT_FOUND' },
    async run(call, input) {
      const { deps, request, reply } = call;
      // Signed in before the lookup: an anonymous caller learns nothing about which ids exist.
      const identity = await requireIdentity(deps.auth, request, reply);
      const token = await deps.auth.findApiToken(input.id);
      if (!token) {
        throw serviceError('API_TOKEN_NOT_FOUND', 404, message('http.apiTokenNotFound', { id: input.id }), {
          path: '/params/id',
        });
      }
      await mayActFor(call, token.userId, '/params/id');
      await deps.auth.revokeApiToken(identity.user.id, token);
      return { ok: true as const };
    },
  }),
};
