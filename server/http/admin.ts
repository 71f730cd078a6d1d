/**
 * Who may manage an account, as the account routes (rest/users.ts) and the API token routes (rest/tokens.ts) both
 * ask it: one rule, auth/admin.ts's.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { managedUnits, managesUser } from '../auth/admin.ts';
import { forbidden, serviceError } from '../errors.ts';
import { requireIdentity } from './caller.ts';
import type { HttpDeps } from './deps.ts';
import { message } from '../../runtime/engine/messages/index.ts';

const notAdmin = () => forbidden(message('http.onlySystemOrAgency'));

export const outsideUnits = () => forbidden(message('http.youMayManageOnly'));

const userNotFound = (path: string) =>
  serviceError('USER_NOT_FOUND', 404, message('http.userNotFound'), { path });

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
