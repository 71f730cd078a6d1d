/**
 * Conditions written once for both dialects (drizzle's operators and `sql` are the same in each): the catalogue
 * search and the due timers. The plain `Where` objects of Tx go through shapes.ts instead.
 */
import { and, eq, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type * as pgSchema from './schema.pg.ts';
import type * as sqliteSchema from './schema.sqlite.ts';
import type { CatalogueQuery } from './tx.ts';

type Procedures = typeof sqliteSchema.procedures | typeof pgSchema.procedures;
type Timers = typeof sqliteSchema.timers | typeof pgSchema.timers;

/** `%…%` LIKE pattern with the wildcards of the text escaped by "!" (use with ESCAPE '!' in both dialects). */
function containsPattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => '!' + c)}%`;
}

/**
 * Every word in the search text (diacritics and case already folded), and the filters asked for (a version's state:
 * any version of the procedure).
 */
export function catalogueFilter(p: Procedures, c: Omit<CatalogueQuery, 'limit' | 'offset'>): SQL | undefined {
  return and(
    ...c.words.map((word) => sql`${p.searchText} like ${containsPattern(word)} escape '!'`),
    c.sector === undefined ? undefined : eq(p.sector, c.sector),
    c.unitCode === undefined ? undefined : eq(p.unitCode, c.unitCode),
    c.level === undefined ? undefined : eq(p.level, c.level),
    c.liveOnly ? sql`${p.liveVersionId} is not null` : undefined,
    c.versionStatus === undefined
      ? undefined
      : sql`exists (select 1 from procedure_versions v where v.procedure_code = ${p.code} and v.status = ${c.versionStatus})`,
  );
}

/** Unfired timers due at `at` that nobody holds (never leased, or the lease ran out). */
export function dueTimers(t: Timers, at: number): SQL | undefined {
  return and(isNull(t.firedAt), lte(t.fireAt, at), or(isNull(t.leaseUntil), lte(t.leaseUntil, at)));
}
