/** Small formatting helpers shared by the services' outputs. */
import { formatInstant } from '../../runtime/engine/time/index.ts';
import { searchKey } from '../../runtime/engine/index.ts';

/** An instant as ISO-8601 in Vietnam time, e.g. "2026-11-23T14:20:00+07:00". */
export function at(t: number): string;
export function at(t: number | null | undefined): string | null;
export function at(t: number | null | undefined): string | null {
  return t === null || t === undefined ? null : formatInstant(t);
}

/** "hh:mm dd/MM/yyyy" in Vietnam time, as slips print it. */
export function slipTime(t: number | null | undefined): string | null {
  if (t === null || t === undefined) return null;
  const iso = formatInstant(t);
  return `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** "YYMMDD" of the local (+07:00) day: the date part of a dossier code. */
export function codeDay(t: number): string {
  const iso = formatInstant(t);
  return iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
}

/** Search words of a query, folded. */
export function words(query: string | undefined): string[] {
  return searchKey(query ?? '')
    .split(/[^\p{L}\p{N}.-]+/u)
    .filter((w) => w.length > 0);
}

export function clampPage(
  input: { limit?: unknown; offset?: unknown },
  max = 100,
): { limit: number; offset: number } {
  const limit = Number.isInteger(input.limit) ? Math.min(Math.max(input.limit as number, 1), max) : 20;
  const offset = Number.isInteger(input.offset) ? Math.max(input.offset as number, 0) : 0;
  return { limit, offset };
}
