/** The actor behind a request, for server/auth: the user's role assignments per unit. */
import type { Calendar } from '../../runtime/engine/time/index.ts';
import type { Store, UserRow } from '../store/index.ts';
import { currentCalendar } from './calendars.ts';
import type { Actor, ServiceContext } from './context.ts';
import { grantsInForce } from './units.ts';

/**
 * The actor of an enabled user; undefined for an unknown or disabled one. Given `now`, with the grants in force
 * then (after unit mergers: units.ts); without it, the grants as recorded.
 */
export async function loadActor(store: Store, userId: string, now?: number): Promise<Actor | undefined> {
  const user = await store.getUser(userId);
  if (!user || user.disabled) return undefined;
  if (now === undefined) return { userId: user.id, roles: await store.rolesOf(user.id) };
  return actorOf(store, user, now);
}

/**
 * The actor of a user row the caller has just read (the request's identity), with the grants in force at `now`:
 * no second read of the user.
 */
export async function actorOf(store: Store, user: UserRow, now: number): Promise<Actor | undefined> {
  if (user.disabled) return undefined;
  return { userId: user.id, roles: await grantsInForce(store, await store.rolesOf(user.id), now) };
}

/** A service context for a request: the time given, the stored working calendar. */
export function serviceContext(store: Store, actor: Actor | undefined, now: number): ServiceContext {
  let calendar: Promise<Calendar> | undefined;
  return { now, actor, calendar: () => (calendar ??= currentCalendar(store)) };
}
