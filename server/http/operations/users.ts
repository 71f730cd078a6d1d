/**
 * Account administration: system admins for everyone, agency admins for their own unit's users (auth/admin.ts's
 * rule, through http/admin.ts).
 */
import { randomUUID } from 'node:crypto';
import { managesUser, mayGrant } from '../../auth/admin.ts';
import { checkNewPassword } from '../../auth/auth.ts';
import {
  NewUserInput,
  RoleChangeInput,
  UserList,
  UserPatchInput,
  UserView,
  UsersInput,
  type Grant,
} from '../../contracts/accounts.ts';
import { serviceError } from '../../errors.ts';
import { isUniqueViolation, type UnitRow } from '../../store/index.ts';
import { adminOf, manageable, outsideUnits } from '../admin.ts';
import type { Call } from './operation.ts';
import { mutation, query } from './operation.ts';
import { message } from '../../../runtime/engine/messages/index.ts';

const tags = ['users'];

/** Each grant names a unit that exists (checked against the units adminOf read) and one the admin may grant in. */
function checkGrants(units: UnitRow[], managed: Set<string> | 'all', grants: Grant[], path: string) {
  const known = new Set(units.map((u) => u.code));
  for (const [i, g] of grants.entries()) {
    if (!known.has(g.unitCode)) {
      throw serviceError('UNIT_UNKNOWN', 422, message('http.unitUnknown', { unitCode: g.unitCode }), {
        path: `${path}/${i}/unitCode`,
      });
    }
    if (!mayGrant(managed, g)) throw outsideUnits();
  }
}

const view = (
  user: { id: string; login: string; displayName: string; disabled: boolean },
  roles: Grant[],
): UserView => ({
  id: user.id,
  login: user.login,
  displayName: user.displayName,
  disabled: user.disabled,
  roles,
});

/**
 * Granting and revoking differ in the store call and in that a grant must name a unit that exists (revoking a
 * role in a unit that is not there changes nothing); the checks and the answer are the same.
 */
async function changeRole(
  change: 'grant' | 'revoke',
  { deps, request, reply }: Call,
  input: RoleChangeInput,
) {
  const { identity, managed, units, user } = await manageable(deps, request, reply, input.id, '/params/id');
  const grant = { unitCode: input.unitCode, role: input.role };
  if (change === 'grant') checkGrants(units, managed, [grant], '/body');
  else if (!mayGrant(managed, grant)) throw outsideUnits();
  const audit = { at: deps.clock(), actorId: identity.user.id, target: `user:${user.id}`, payload: grant };
  const row = { userId: user.id, ...grant };
  if (change === 'grant') await deps.store.assignRole(row, { ...audit, action: 'user.role_granted' });
  else await deps.store.revokeRole(row, { ...audit, action: 'user.role_revoked' });
  return view(user, await deps.store.rolesOf(user.id));
}

const refusals = {
  '403': 'FORBIDDEN: not an administrator of the account’s units',
  '404': 'USER_NOT_FOUND',
  '422': 'UNIT_UNKNOWN: a role names a unit that does not exist',
};

export const users = {
  list: query({
    summary: 'Danh sách tài khoản / Accounts',
    tags,
    access: 'session',
    input: UsersInput,
    output: UserList,
    rest: { method: 'GET', path: '/users' },
    errors: { '403': refusals['403'] },
    async run({ deps, request, reply }, input) {
      const { managed } = await adminOf(deps, request, reply);
      const unit = input.unit;
      if (unit !== undefined && managed !== 'all' && !managed.has(unit)) throw outsideUnits();
      const rows = await deps.store.listUsers(unit === undefined ? {} : { unitCode: unit });
      const items = rows.filter((r) => r.roles.length > 0 && managesUser(managed, r.roles));
      return { items: items.map((r) => view(r.user, r.roles)), total: items.length };
    },
  }),

  create: mutation({
    summary: 'Tạo tài khoản / Create an account',
    tags,
    access: 'session',
    input: NewUserInput,
    output: UserView,
    rest: { method: 'POST', path: '/users', status: 201 },
    errors: {
      ...refusals,
      '400': 'WEAK_PASSWORD, or bad input',
      '409': 'LOGIN_TAKEN',
    },
    async run({ deps, request, reply }, input) {
      const { identity, managed, units } = await adminOf(deps, request, reply);
      const { login, displayName, password, roles } = input;
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
        throw serviceError('LOGIN_TAKEN', 409, message('http.loginTaken', { login }), {
          path: '/body/login',
        });
      }
      return view(user, roles);
    },
  }),

  update: mutation({
    summary: 'Sửa / khóa tài khoản / Edit or disable an account',
    description: 'A disabled account loses its sessions at once.',
    tags,
    access: 'session',
    input: UserPatchInput,
    output: UserView,
    rest: { method: 'PATCH', path: '/users/:id' },
    errors: { ...refusals, '409': 'CANNOT_DISABLE_SELF' },
    async run({ deps, request, reply }, input) {
      const { id, ...patch } = input;
      const { identity, user, roles } = await manageable(deps, request, reply, id, '/params/id');
      if (patch.disabled === true && user.id === identity.user.id) {
        throw serviceError('CANNOT_DISABLE_SELF', 409, message('http.cannotDisableSelf'), {
          path: '/body/disabled',
        });
      }
      const audit = { at: deps.clock(), actorId: identity.user.id, target: `user:${user.id}` };
      await deps.store.updateUser(user.id, patch, { ...audit, action: 'user.update', payload: patch });
      // A disabled account loses its sessions at once, not when they expire.
      if (patch.disabled)
        await deps.store.deleteUserSessions(user.id, { ...audit, action: 'auth.sessions_ended' });
      return view({ ...user, ...patch }, roles);
    },
  }),

  grant: mutation({
    summary: 'Giao vai trò / Grant a role',
    tags,
    access: 'session',
    input: RoleChangeInput,
    output: UserView,
    rest: { method: 'POST', path: '/users/:id/roles' },
    errors: refusals,
    run: (call, input) => changeRole('grant', call, input),
  }),

  revoke: mutation({
    summary: 'Thu hồi vai trò / Revoke a role',
    tags,
    access: 'session',
    input: RoleChangeInput,
    output: UserView,
    rest: { method: 'DELETE', path: '/users/:id/roles' },
    errors: { '403': refusals['403'], '404': refusals['404'] },
    run: (call, input) => changeRole('revoke', call, input),
  }),
};
