/** Account administration: system admins for everyone, agency admins for their own unit's users. */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest, FastifyReply } from 'fastify';
import { managedUnits, managesUser, mayGrant, type Grant } from '../../auth/admin.ts';
import { checkNewPassword } from '../../auth/auth.ts';
import { RequestError, forbidden } from '../../auth/errors.ts';
import { isUniqueViolation } from '../../store/index.ts';
import { requireIdentity } from '../caller.ts';
import type { HttpDeps } from '../deps.ts';
import { grantBody, newUserBody, userParams, userPatchBody, usersQuery } from '../schemas.ts';

const tags = ['users'];

const notAdmin = () =>
  forbidden({
    vi: 'Chỉ quản trị hệ thống hoặc quản trị cơ quan được quản lý tài khoản.',
    en: 'Only system or agency administrators manage accounts.',
  });

const outsideUnits = () =>
  forbidden({
    vi: 'Bạn chỉ được quản lý tài khoản và vai trò thuộc đơn vị mình quản trị.',
    en: 'You may manage only accounts and roles of the units you administer.',
  });

const userNotFound = () =>
  new RequestError(
    404,
    'USER_NOT_FOUND',
    { vi: 'Không tìm thấy người dùng.', en: 'There is no such user.' },
    {},
    '/params/id',
  );

async function adminOf(deps: HttpDeps, request: FastifyRequest, reply: FastifyReply) {
  const identity = await requireIdentity(deps.auth, request, reply);
  const grants = await deps.store.rolesOf(identity.user.id);
  const managed = managedUnits(grants, await deps.store.listUnits());
  if (managed !== 'all' && managed.size === 0) throw notAdmin();
  return { identity, managed };
}

async function checkGrants(deps: HttpDeps, managed: Set<string> | 'all', grants: Grant[], path: string) {
  for (const [i, g] of grants.entries()) {
    if (!(await deps.store.getUnit(g.unitCode))) {
      throw new RequestError(
        422,
        'UNIT_UNKNOWN',
        { vi: `Không có đơn vị "${g.unitCode}".`, en: `There is no unit "${g.unitCode}".` },
        {},
        `${path}/${i}/unitCode`,
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
      config: { openapi: { auth: 'session', responses: { '201': { description: 'The new account' } } } },
    },
    async (request, reply) => {
      const { identity, managed } = await adminOf(deps, request, reply);
      const { login, displayName, password, roles } = request.body;
      await checkGrants(deps, managed, roles, '/body/roles');
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
        throw new RequestError(
          409,
          'LOGIN_TAKEN',
          { vi: `Tên đăng nhập "${login}" đã được dùng.`, en: `The login "${login}" is taken.` },
          {},
          '/body/login',
        );
      }
      return reply.code(201).send(view(user, roles));
    },
  );

  /** Loads a user the admin manages (404 for unknown, 403 for someone else's). */
  async function manageable(request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) {
    const admin = await adminOf(deps, request, reply);
    const user = await deps.store.getUser(request.params.id);
    if (!user) throw userNotFound();
    const roles = await deps.store.rolesOf(user.id);
    if (!managesUser(admin.managed, roles)) throw outsideUnits();
    return { ...admin, user, roles };
  }

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
      const { identity, user } = await manageable(request, reply);
      if (request.body.disabled === true && user.id === identity.user.id) {
        throw new RequestError(
          409,
          'CANNOT_DISABLE_SELF',
          { vi: 'Không thể tự khóa tài khoản của mình.', en: 'You cannot disable your own account.' },
          {},
          '/body/disabled',
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
      return view({ ...user, ...request.body }, await deps.store.rolesOf(user.id));
    },
  );

  api.post<{ Params: { id: string }; Body: Grant }>(
    '/users/:id/roles',
    {
      schema: { summary: 'Giao vai trò / Grant a role', tags, params: userParams, body: grantBody },
      config: auth,
    },
    async (request, reply) => {
      const { identity, managed, user } = await manageable(request, reply);
      await checkGrants(deps, managed, [request.body], '/body');
      const { unitCode, role } = request.body;
      const audit = {
        at: deps.clock(),
        actorId: identity.user.id,
        target: `user:${user.id}`,
        payload: { unitCode, role },
      };
      await deps.store.assignRole(
        { userId: user.id, unitCode, role },
        { ...audit, action: 'user.role_granted' },
      );
      return view(user, await deps.store.rolesOf(user.id));
    },
  );

  api.delete<{ Params: { id: string }; Body: Grant }>(
    '/users/:id/roles',
    {
      schema: { summary: 'Thu hồi vai trò / Revoke a role', tags, params: userParams, body: grantBody },
      config: auth,
    },
    async (request, reply) => {
      const { identity, managed, user } = await manageable(request, reply);
      if (!mayGrant(managed, request.body)) throw outsideUnits();
      const { unitCode, role } = request.body;
      const audit = {
        at: deps.clock(),
        actorId: identity.user.id,
        target: `user:${user.id}`,
        payload: { unitCode, role },
      };
      await deps.store.revokeRole(
        { userId: user.id, unitCode, role },
        { ...audit, action: 'user.role_revoked' },
      );
      return view(user, await deps.store.rolesOf(user.id));
    },
  );
}
