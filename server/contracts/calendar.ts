/** The working calendar as data (office hours, weekdays, holidays, make-up days, cut-off). */
import calendarSchema from '../../schemas/calendar.schema.json' with { type: 'json' };
import type { CalendarSpec as Spec } from '../../runtime/engine/time/index.ts';
import { Instant, Type, nullable } from './common.ts';

/** `$ref: "#/$defs/…"` would point at the OpenAPI document's root there: the definitions are inlined. */
function inlineRefs(schema: unknown, defs: Record<string, unknown>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => inlineRefs(s, defs));
  if (typeof schema !== 'object' || schema === null) return schema;
  const { $ref, $defs: _defs, $id: _id, $schema: _s, ...rest } = schema as Record<string, unknown>;
  if (typeof $ref === 'string' && $ref.startsWith('#/$defs/')) return inlineRefs(defs[$ref.slice(8)], defs);
  return Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, inlineRefs(v, defs)]));
}

/** The calendar spec as the engine's schema states it, self-contained. */
const CalendarSpec = Type.Unsafe<Spec>(inlineRefs(calendarSchema, calendarSchema.$defs) as object);

export const CalendarView = Type.Object({ spec: CalendarSpec, updatedAt: nullable(Instant) });

/**
 * What PUT /calendar validates itself: the envelope only. The spec is checked by the engine's checkCalendar, so a
 * wrong calendar is a 422 CALENDAR_INVALID with the engine's path and message; the document shows the whole spec.
 */
export const CalendarInput = Type.Object(
  {
    spec: Type.Object(
      {},
      { additionalProperties: true, description: 'The calendar spec (see CalendarView).' },
    ),
  },
  { additionalProperties: false },
);
