/** The public catalogue: live procedures, searched without regard to Vietnamese diacritics or case. */
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import type { ProcedureRow, Store } from '../store/index.ts';
import type { ServiceContext } from './context.ts';
import { pinnedDefinition } from './definitions.ts';
import { clampPage, words } from './format.ts';
import { procedureNotFound } from './procedures.ts';
import { serviceError } from '../errors.ts';
import { message } from '../../runtime/engine/messages/index.ts';

export interface CatalogueEntry {
  code: string;
  name: { vi: string; en: string };
  sector: string;
  unit: string;
  level: string;
  versionId: string;
}

function entry(row: ProcedureRow): CatalogueEntry {
  return {
    code: row.code,
    name: { vi: row.nameVi, en: row.nameEn },
    sector: row.sector,
    unit: row.unitCode,
    level: row.level,
    versionId: row.liveVersionId!,
  };
}

export interface CatalogueSearch {
  q?: string;
  sector?: string;
  unit?: string;
  level?: string;
  limit?: number;
  offset?: number;
}

/** Every word of `q` must occur in the code or a name: "dang ky khai sinh" finds "Đăng ký khai sinh". */
export async function searchCatalogue(
  store: Store,
  _ctx: ServiceContext,
  input: CatalogueSearch = {},
): Promise<{ items: CatalogueEntry[]; total: number; limit: number; offset: number }> {
  const page = clampPage(input);
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  const { items, total } = await store.searchProcedures({
    words: words(text(input.q)),
    sector: text(input.sector),
    unitCode: text(input.unit),
    level: text(input.level),
    liveOnly: true,
    ...page,
  });
  return { items: items.map(entry), total, ...page };
}

/** The live version of a procedure, as the portal renders it. 404 if unknown or not live. */
export async function getLiveProcedure(
  store: Store,
  _ctx: ServiceContext,
  input: { code: string },
): Promise<CatalogueEntry & { definition: ProcedureDefinition }> {
  const { procedure, definition } = await liveDefinition(store, input.code);
  return { ...entry(procedure), definition };
}

/** A procedure and the definition of its live version (parsed once per version); 404 if unknown or not live. */
export async function liveDefinition(
  store: Store,
  code: string,
): Promise<{ procedure: ProcedureRow; versionId: string; definition: ProcedureDefinition }> {
  const procedure = await store.getProcedure(code);
  if (!procedure) throw procedureNotFound(code);
  if (!procedure.liveVersionId) throw notLive(code);
  const versionId = procedure.liveVersionId;
  return { procedure, versionId, definition: await pinnedDefinition(store, versionId) };
}

export function notLive(code: string) {
  return serviceError('PROCEDURE_NOT_LIVE', 404, message('catalogue.procedureNotLive', { code }), {
    path: '/procedureCode',
  });
}
