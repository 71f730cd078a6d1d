/**
 * What the designer's list shows: the search words, the filters (sector, unit, level; versions waiting for approval)
 * and the page, kept in the address (?q=&sector=…&status=submitted) so that a list can be shared, reloaded and gone
 * back to.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { trpc } from '../../runtime/web/api/client.ts';
import type { Level } from '../../schemas/procedure.ts';

export const PAGE_SIZE = 20;

export type Filter = 'sector' | 'unit' | 'level';

export interface ProcedureSearch {
  q: string;
  sector?: string;
  unit?: string;
  level?: Level;
  /** Only procedures with a version waiting for approval. */
  status?: 'submitted';
  page: number;
}

/** Whether anything narrows the list. */
export const isFiltered = (s: ProcedureSearch): boolean =>
  !!(s.q || s.sector || s.unit || s.level || s.status);

export function useProcedureSearch() {
  const [params, setParams] = useSearchParams();
  const search: ProcedureSearch = {
    q: params.get('q') ?? '',
    sector: params.get('sector') || undefined,
    unit: params.get('unit') || undefined,
    level: (params.get('level') || undefined) as Level | undefined,
    status: params.get('status') === 'submitted' ? 'submitted' : undefined,
    page: Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
  };
  /** A new search or filter starts again at the first page. */
  const change = (next: Partial<ProcedureSearch>) => {
    const merged = { ...search, page: 1, ...next };
    const entries = Object.entries(merged).filter(
      ([key, v]) => v !== undefined && v !== '' && !(key === 'page' && v === 1),
    );
    setParams(Object.fromEntries(entries.map(([key, v]) => [key, String(v)])));
  };
  const list = useQuery({
    ...trpc.designer.procedures.queryOptions({
      q: search.q || undefined,
      sector: search.sector,
      unit: search.unit,
      level: search.level,
      status: search.status,
      limit: PAGE_SIZE,
      offset: (search.page - 1) * PAGE_SIZE,
    }),
    // The list stays while the next search runs.
    placeholderData: keepPreviousData,
  });
  return { search, change, list };
}
