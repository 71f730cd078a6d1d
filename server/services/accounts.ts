/** The actor behind a request, for server/auth: the user's role assignments per unit. */
import type { Store } from '../store/index.ts';
import { currentCalendar } from './calendars.ts';
import type { Actor, ServiceContext } from './context.ts';

/** The actor of an enabled user; undefined for an unknown or disabled one. */
export async function loadActor(store: Store, userId: string): Promise<Actor | undefined> {
  const user = await store.getUser(userId);
  if (!user || user.disabled) return undefined;
  return { userId, roles: await store.rolesOf(userId) };
}

/** A service context for a request: the time given, the stored working calendar. */
export async function serviceContext(
  store: Store,
  actor: Actor | undefined,
  now: number,
): Promise<ServiceContext> {
  return { now, actor, calendar: await currentCalendar(store) };
}
