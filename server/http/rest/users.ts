/** Account administration: system admins for everyone, agency admins for their own unit's users. */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { managesUser, mayGrant, type Grant } from '../../auth/admin.ts';
import { checkNewPassword } from '../../auth/auth.ts';
import { serviceError } from '../../services/errors.ts';
import { isUniqueViolation, type UnitRow } from '../../store/index.ts';
import { adminOf, manageable, outsideUnits } from '../admin.ts';
import type { HttpDeps } from '../deps.ts';
import { documented, grantBody, newUserBody, userParams, userPatchBody, usersQuery } from '../schemas.ts';

const tags = ['users'];

/** Each grant names a unit that exists (checked against the units adminOf read) and one the admin may grant in. */
function checkGrants(units: UnitRow[], managed: Set<string> | 'all', grants: Grant[], path: string) {
  const known = new Set(units.map((u) => u.code));
  for (const [i, g] of grants.entries()) {
    if (!known.has(g.unitCode)) {
      throw serviceError(
        'UNIT_UNKNOWN',
        422,
        `Không có đơn vị "${g.unitCode}".`,
        `There is no unit "${g.unitCode}".`,
        { path: `${path}/${i}/unitCode` },
      );
    }
    if (!mayGrant(managed, g)) throw outsideUnits();
  }
}

const view = (
  user: { id: string; login: string; displayName: string; disabled: boolean },
  roles: Grant[],
) => ({
  id: user.id,
  login: user.login,
  displayName: user.displayName,
  disabled: user.disabled,
  roles,
});

export function userRoutes(api: FastifyInstance, deps: HttpDeps): void {
  const auth = { openapi: { auth: 'session' as const } };

  api.get<{ Querystring: { unit?: string } }>(
    '/users',
    {
      schema: { summary: 'Danh sách tài khoản / Accounts', tags, querystring: usersQuery },
      config: auth,
    },
    async (request, reply) => {
      const { managed } = await adminOf(deps, request, reply);
      const unit = request.query.unit;
      if (unit !== undefined && managed !== 'all' && !managed.has(unit)) throw outsideUnits();
      const rows = await deps.store.listUsers(unit === undefined ? {} : { unitCode: unit });
      const items = rows.filter((r) => r.roles.length > 0 && managesUser(managed, r.roles));
      return { items: items.map((r) => view(r.user, r.roles)), total: items.length };
    },
  );

  api.post<{ Body: { login: string; displayName: string; password: string; roles: Grant[] } }>(
    '/users',
    {
      schema: { summary: 'Tạo tài khoản / Create an account', tags, body: newUserBody },
      config: documented({ status: '201', description: 'The new account' }),
    },
    async (request, reply) => {
      const { identity, managed, units } = await adminOf(deps, request, reply);
      const { login, displayName, password, roles } = request.body;
      checkGrants(units, managed, roles, '/body/roles');
      checkNewPassword(password, login);
      const at = deps.clock();
      const user = {
        id: randomUUID(),
        login,
        displayName,
        passwordHash: await deps.auth.hashPassword(password),
        oidcSubject: null,
        disabled: false,
        createdAt: at,
      };
      try {
        await deps.store.createUser(user, roles, {
          at,
          actorId: identity.user.id,
          action: 'user.create',
          target: `user:${user.id}`,
          payload: { login, roles },
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        throw serviceError(
          'LOGIN_TAKEN',
          409,
          `Tên đăng nhập "${login}" đã được dùng.`,
          `The login "${login}" is taken.`,
          { path: '/body/login' },
        );
      }
      return reply.code(201).send(view(user, roles));
    },
  );

  /** The user of the route's `:id`, if the caller manages them. */
  const managedUser = (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) =>
    manageable(deps, request, reply, request.params.id, '/params/id');

  api.patch<{ Params: { id: string }; Body: { displayName?: string; disabled?: boolean } }>(
    '/users/:id',
    {
      schema: {
        summary: 'Sửa / khóa tài khoản / Edit or disable an account',
        tags,
        params: userParams,
        body: userPatchBody,
      },
      config: auth,
    },
    async (request, reply) => {
      const { identity, user, roles } = await managedUser(request, reply);
      if (request.body.disabled === true && user.id === identity.user.id) {
        throw serviceError(
          'CANNOT_DISABLE_SELF',
          409,
          'Không thể tự khóa tài khoản của mình.',
          'You cannot disable your own account.',
          { path: '/body/disabled' },
        );
      }
      const at = deps.clock();
      const audit = { at, actorId: identity.user.id, target: `user:${user.id}` };
      await deps.store.updateUser(user.id, request.body, {
        ...audit,
        action: 'user.update',
        payload: request.body,
      });
      // A disabled account loses its sessions at once, not when they expire.
      if (request.body.disabled)
        await deps.store.deleteUserSessions(user.id, { ...audit, action: 'auth.sessions_ended' });
      return view({ ...user, ...request.body }, roles);
    },
  );

  /**
   * Granting and revoking differ in the store call and in that a grant must name a unit that exists (revoking a
   * role in a unit that is not there changes nothing); the checks and the answer are the same.
   */
  const roleChange =
    (change: 'grant' | 'revoke') =>
    async (request: FastifyRequest<{ Params: { id: string }; Body: Grant }>, reply: FastifyReply) => {
      const { identity, managed, units, user } = await managedUser(request, reply);
      if (change === 'grant') checkGrants(units, managed, [request.body], '/body');
      else if (!mayGrant(managed, request.body)) throw outsideUnits();
      const { unitCode, role } = request.body;
      const audit = {
        at: deps.clock(),
        actorId: identity.user.id,
        target: `user:${user.id}`,
        payload: { unitCode, role },
      };
      const row = { userId: user.id, unitCode, role };
      if (change === 'grant') await deps.store.assignRole(row, { ...audit, action: 'user.role_granted' });
      else await deps.store.revokeRole(row, { ...audit, action: 'user.role_revoked' });
      return view(user, await deps.store.rolesOf(user.id));
    };

  api.post<{ Params: { id: string }; Body: Grant }>(
    '/users/:id/roles',
    {
      schema: { summary: 'Giao vai trò / Grant a role', tags, params: userParams, body: grantBody },
      config: auth,
    },
    roleChange('grant'),
  );

  api.delete<{ Params: { id: string }; Body: Grant }>(
    '/users/:id/roles',
    {
      schema: { summary: 'Thu hồi vai trò / Revoke a role', tags, params: userParams, body: grantBody },
      config: auth,
    },
    roleChange('revoke'),
  );
}
