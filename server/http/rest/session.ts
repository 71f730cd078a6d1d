/** Sign-in with a password, sign-out, who am I, password change. */
import type { FastifyInstance } from 'fastify';
import { requireIdentity } from '../caller.ts';
import type { HttpDeps } from '../deps.ts';
import { documented, loginBody, passwordBody } from '../schemas.ts';
import { changePassword, meView, signIn, signOut } from '../session.ts';

const tags = ['session'];
const user = { description: 'The signed-in user and their roles per unit' };

export function sessionRoutes(api: FastifyInstance, deps: HttpDeps): void {
  api.post<{ Body: { login: string; password: string } }>(
    '/session',
    {
      schema: { summary: 'Đăng nhập / Sign in', tags, body: loginBody },
      config: {
        openapi: {
          responses: { '200': { ...user, headers: { 'set-cookie': { schema: { type: 'string' } } } } },
        },
      },
    },
    async (request, reply) => {
      const session = await signIn(deps, request, reply, request.body);
      return {
        user: await meView(deps, session.identity),
        expiresAt: new Date(session.expiresAt).toISOString(),
      };
    },
  );

  api.get(
    '/session',
    {
      schema: { summary: 'Người dùng hiện tại / The signed-in user', tags },
      config: documented(user),
    },
    async (request, reply) => ({
      user: await meView(deps, await requireIdentity(deps.auth, request, reply)),
    }),
  );

  api.delete(
    '/session',
    {
      schema: { summary: 'Đăng xuất / Sign out', tags },
      config: {
        openapi: { responses: { '204': { description: 'Signed out (also when there was no session)' } } },
      },
    },
    async (request, reply) => {
      await signOut(deps, request, reply);
      return reply.code(204).send();
    },
  );

  api.post<{ Body: { oldPassword: string; newPassword: string } }>(
    '/session/password',
    {
      schema: {
        summary: 'Đổi mật khẩu / Change the password',
        description: 'Ends every session of the user and opens a new one for this browser.',
        tags,
        body: passwordBody,
      },
      config: documented(user),
    },
    async (request, reply) => {
      return { user: await meView(deps, await changePassword(deps, request, reply, request.body)) };
    },
  );
}
