/**
 * Who may manage an account, as the account routes (rest/users.ts) and the API token routes (rest/tokens.ts) both
 * ask it: one rule, auth/admin.ts's.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { managedUnits, managesUser } from '../auth/admin.ts';
import { forbidden, serviceError } from '../errors.ts';
import { requireIdentity } from './caller.ts';
import type { HttpDeps } from './deps.ts';

const notAdmin = () =>
  forbidden(
    'Chỉ quản trị hệ thống hoặc quản trị cơ quan được quản lý tài khoản.',
    'Only system or agency administrators manage accounts.',
  );

export const outsideUnits = () =>
  forbidden(
    'Bạn chỉ được quản lý tài khoản và vai trò thuộc đơn vị mình quản trị.',
    'You may manage only accounts and roles of the units you administer.',
  );

const userNotFound = (path: string) =>
  serviceError('USER_NOT_FOUND', 404, 'Không tìm thấy người dùng.', 'There is no such user.', { path });

/** The signed-in admin, the units they manage, and every unit (read for that anyway); 403 for anyone else. */
export async function adminOf(deps: HttpDeps, request: FastifyRequest, reply: FastifyReply) {
  const identity = await requireIdentity(deps.auth, request, reply);
  const grants = await deps.store.rolesOf(identity.user.id);
  const units = await deps.store.listUnits();
  const managed = managedUnits(grants, units);
  if (managed !== 'all' && managed.size === 0) throw notAdmin();
  return { identity, managed, units };
}

/**
 * A user the signed-in admin manages, with their roles: 404 for an unknown id (`path` says where it was given),
 * 403 for someone else's user.
 */
export async function manageable(
  deps: HttpDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  path: string,
) {
  const admin = await adminOf(deps, request, reply);
  const user = await deps.store.getUser(userId);
  if (!user) throw userNotFound(path);
  const roles = await deps.store.rolesOf(user.id);
  if (!managesUser(admin.managed, roles)) throw outsideUnits();
  return { ...admin, user, roles };
}
