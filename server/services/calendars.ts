/** The working calendar as data (table `calendars`, id "default"), compiled once per update. */
import { checkCalendar } from '../../runtime/engine/index.ts';
import type { Calendar, CalendarSpec } from '../../runtime/engine/time/index.ts';
import { baseOf, type Store } from '../store/index.ts';
import { requireAnyRole, type ServiceContext } from './context.ts';
import { fromEngine } from '../errors.ts';
import { at } from './format.ts';

export const DEFAULT_CALENDAR_ID = 'default';

const compiled = new WeakMap<Store, { updatedAt: number; calendar: Calendar }>();

/**
 * The compiled calendar in force; recompiled only when the stored one changed (by any process). Views of a store
 * (reference.ts) share its compiled calendar.
 */
export async function currentCalendar(store: Store): Promise<Calendar> {
  const row = await store.getCalendar(DEFAULT_CALENDAR_ID);
  const updatedAt = row?.updatedAt ?? 0;
  const hit = compiled.get(baseOf(store));
  if (hit && hit.updatedAt === updatedAt) return hit.calendar;
  const checked = checkCalendar(row?.spec ?? {});
  // A stored calendar was checked when saved; failing now means the row was edited behind our back.
  if (!checked.ok) throw new Error(`stored calendar is invalid: ${checked.error.message.en}`);
  compiled.set(baseOf(store), { updatedAt, calendar: checked.calendar });
  return checked.calendar;
}

export async function getCalendarSpec(
  store: Store,
): Promise<{ spec: CalendarSpec; updatedAt: string | null }> {
  const row = await store.getCalendar(DEFAULT_CALENDAR_ID);
  return { spec: row?.spec ?? {}, updatedAt: row ? at(row.updatedAt) : null };
}

/** The system admin replaces the calendar (holidays per year, office hours, cut-off); 422 CALENDAR_INVALID if wrong. */
export async function updateCalendar(
  store: Store,
  ctx: ServiceContext,
  input: { spec: unknown },
): Promise<{ spec: CalendarSpec; updatedAt: string }> {
  const actor = requireAnyRole(ctx, ['system_admin']);
  const checked = checkCalendar(input.spec);
  if (!checked.ok) throw fromEngine(checked.error);
  const spec = input.spec as CalendarSpec;
  const previous = await store.getCalendar(DEFAULT_CALENDAR_ID);
  // Strictly increasing, so that every process notices the change even within one millisecond.
  const updatedAt = Math.max(ctx.now, (previous?.updatedAt ?? 0) + 1);
  await store.putCalendar(
    { id: DEFAULT_CALENDAR_ID, spec, updatedAt },
    {
      at: ctx.now,
      actorId: actor.userId,
      action: 'calendar.update',
      target: DEFAULT_CALENDAR_ID,
      payload: { spec },
    },
  );
  compiled.set(baseOf(store), { updatedAt, calendar: checked.calendar });
  return { spec, updatedAt: at(updatedAt) };
}
