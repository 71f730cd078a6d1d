/** Who is acting, when, and on which working calendar: passed to every service. */
import type { Calendar } from '../../runtime/engine/time/index.ts';
import { forbidden, unauthenticated } from '../errors.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export interface RoleGrant {
  unitCode: string;
  role: string;
}

export interface Actor {
  userId: string;
  roles: RoleGrant[];
}

export interface ServiceContext {
  /** The current instant, UTC ms: injected, never read from a clock inside the services. */
  now: number;
  actor: Actor | undefined;
  /** The working calendar, read when a service first needs it (most requests count no working time). */
  calendar(): Promise<Calendar>;
}

export function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

export function hasRole(actor: Actor | undefined, role: string, unitCode?: string): boolean {
  return !!actor?.roles.some((r) => r.role === role && (unitCode === undefined || r.unitCode === unitCode));
}

/** The actor holds one of `roles` (in any unit): else 403 naming them. */
export function requireAnyRole(ctx: ServiceContext, roles: string[]): Actor {
  const actor = requireActor(ctx);
  if (!roles.some((role) => hasRole(actor, role))) {
    throw forbidden(message('context.requiresOneRoles', { roles: roles.join(', ') }), { roles });
  }
  return actor;
}
