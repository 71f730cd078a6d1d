/**
 * The designer's list of procedures: every procedure, live or not, searched like the public catalogue, each with
 * the short story of its versions (number, state, live) so that the list shows drafts and reviews at a glance; and
 * the choices of its filters (sector, unit, level) with how many procedures each would show, and how many wait for
 * approval.
 */
import type { DesignEntry, DesignFacets, DesignListInput } from '../contracts/procedures.ts';
import type { ProcedureFacetRow, Store } from '../store/index.ts';
import { requireAnyRole, type ServiceContext } from './context.ts';
import { at, clampPage, words } from './format.ts';
import { CONFIG_ROLES } from './procedure-versions.ts';

export async function listDesigns(
  store: Store,
  ctx: ServiceContext,
  input: DesignListInput = {},
): Promise<{ items: DesignEntry[]; total: number; limit: number; offset: number; facets: DesignFacets }> {
  requireAnyRole(ctx, CONFIG_ROLES);
  const page = clampPage(input);
  const filters = {
    sector: input.sector || undefined,
    unitCode: input.unit || undefined,
    level: input.level || undefined,
  };
  const found = words(input.q);
  const versionStatus = input.status;
  const [{ items, total }, combinations, waiting] = await Promise.all([
    store.searchProcedures({ words: found, ...filters, versionStatus, liveOnly: false, ...page }),
    store.procedureFacets({ words: found, versionStatus, liveOnly: false }),
    store.searchProcedures({
      words: found,
      ...filters,
      versionStatus: 'submitted',
      liveOnly: false,
      limit: 1,
      offset: 0,
    }),
  ]);
  const entries = await Promise.all(
    items.map(async (row): Promise<DesignEntry> => ({
      code: row.code,
      name: { vi: row.nameVi, en: row.nameEn },
      sector: row.sector,
      unit: row.unitCode,
      level: row.level,
      liveVersionId: row.liveVersionId,
      versions: (await store.listVersions(row.code)).map((v) => ({
        id: v.id,
        version: v.version,
        status: v.status,
        live: v.id === row.liveVersionId,
        updatedAt: at(v.updatedAt),
      })),
    })),
  );
  return {
    items: entries,
    total,
    ...page,
    facets: { ...facets(combinations, filters), submitted: waiting.total },
  };
}

type Filter = 'sector' | 'unitCode' | 'level';

/**
 * Counts per value of each filter among the combinations that the two other filters let through: choosing one
 * sector still shows every other sector with its count, so a choice can be changed without clearing it first.
 */
export function facets(
  combinations: ProcedureFacetRow[],
  filters: Partial<Record<Filter, string>>,
): Omit<DesignFacets, 'submitted'> {
  const count = (facet: Filter) => {
    const counts = new Map<string, number>();
    for (const row of combinations) {
      const others = (['sector', 'unitCode', 'level'] as const).filter((f) => f !== facet);
      if (others.some((f) => filters[f] !== undefined && filters[f] !== row[f])) continue;
      if (row[facet] === '') continue; // a draft that does not say yet
      counts.set(row[facet], (counts.get(row[facet]) ?? 0) + row.n);
    }
    return [...counts]
      .map(([value, n]) => ({ value, count: n }))
      .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  };
  return { sectors: count('sector'), units: count('unitCode'), levels: count('level') };
}
