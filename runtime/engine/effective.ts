import type { EffectivePeriod } from '../../schemas/procedure.ts';

/** Whether a period (days in Vietnam, `until` exclusive) holds `day` ("YYYY-MM-DD"); no period holds every day. */
export function inEffect(period: EffectivePeriod | undefined, day: string): boolean {
  // ISO dates compare as text.
  return (
    (period?.from === undefined || period.from <= day) && (period?.until === undefined || day < period.until)
  );
}

/** Whether two periods share a day. */
export function periodsOverlap(a: EffectivePeriod | undefined, b: EffectivePeriod | undefined): boolean {
  const startsBeforeEnd = (p?: EffectivePeriod, q?: EffectivePeriod) =>
    p?.from === undefined || q?.until === undefined || p.from < q.until;
  return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
}
