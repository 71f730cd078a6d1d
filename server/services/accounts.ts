/** The actor behind a request, for server/auth: the user's role assignments per unit. */
import type { Calendar } from '../../runtime/engine/time/index.ts';
import type { Store, UserRow } from '../store/index.ts';
import { currentCalendar } from './calendars.ts';
import type { Actor, ServiceContext } from './context.ts';

/** The actor of an enabled user; undefined for an unknown or disabled one. */
export async function loadActor(store: Store, userId: string): Promise<Actor | undefined> {
  const user = await store.getUser(userId);
  if (!user || user.disabled) return undefined;
  return actorOf(store, user);
}

/** The actor of a user row the caller has just read (the request's identity): no second read of the user. */
export async function actorOf(store: Store, user: UserRow): Promise<Actor | undefined> {
  if (user.disabled) return undefined;
  return { userId: user.id, roles: await store.rolesOf(user.id) };
}

/** A service context for a request: the time given, the stored working calendar. */
export function serviceContext(store: Store, actor: Actor | undefined, now: number): ServiceContext {
  let calendar: Promise<Calendar> | undefined;
  return { now, actor, calendar: () => (calendar ??= currentCalendar(store)) };
}
