/** Shared pieces of the procedure services: reading versions, what they look like outside, catalogue columns. */
import type { Problem } from '../../runtime/engine/index.ts';
import type { ProcedureDefinition } from '../../schemas/procedure.ts';
import { canonicalJson, sha256, type ProcedureRow, type Store, type VersionRow } from '../store/index.ts';
import { at } from './format.ts';
import { serviceError } from '../errors.ts';
import { searchKey } from '../../runtime/engine/index.ts';
import { message } from '../../runtime/engine/messages/index.ts';

/** Roles that see procedure versions that are not published. */
export const CONFIG_ROLES = ['designer', 'approver', 'system_admin', 'auditor'];

export interface VersionInfo {
  id: string;
  procedureCode: string;
  version: number;
  status: VersionRow['status'];
  live: boolean;
  name: { vi: string; en: string };
  contentHash: string;
  basedOn: string | null;
  authorId: string;
  reviewerId: string | null;
  problems: VersionRow['problems'];
  comments: { at: string; by: string; text: string; verdict?: 'approved' | 'rejected' }[];
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  reviewedAt: string | null;
  publishedAt: string | null;
  retiredAt: string | null;
}

export function versionInfo(row: VersionRow, procedure: ProcedureRow | undefined): VersionInfo {
  return {
    id: row.id,
    procedureCode: row.procedureCode,
    version: row.version,
    status: row.status,
    live: procedure?.liveVersionId === row.id,
    name: nameOf(row.definition, row.procedureCode),
    contentHash: row.contentHash,
    basedOn: row.basedOn,
    authorId: row.authorId,
    reviewerId: row.reviewerId,
    problems: row.problems,
    comments: row.comments.map((c) => ({ ...c, at: at(c.at) })),
    createdAt: at(row.createdAt),
    updatedAt: at(row.updatedAt),
    submittedAt: at(row.submittedAt),
    reviewedAt: at(row.reviewedAt),
    publishedAt: at(row.publishedAt),
    retiredAt: at(row.retiredAt),
  };
}

export function contentHash(definition: unknown): string {
  return sha256(canonicalJson(definition));
}

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.length > 0 ? value : fallback;
}

/** A draft may be anything JSON; read its name defensively. */
export function nameOf(definition: unknown, code: string): { vi: string; en: string } {
  const name = (definition as { name?: { vi?: unknown; en?: unknown } } | null)?.name;
  const vi = str(name?.vi, code);
  return { vi, en: str(name?.en, vi) };
}

/** The catalogue columns of the procedures row, from a definition. */
export function catalogueColumns(code: string, definition: unknown) {
  const d = (definition ?? {}) as Partial<Record<keyof ProcedureDefinition, unknown>>;
  const name = nameOf(definition, code);
  return {
    nameVi: name.vi,
    nameEn: name.en,
    searchText: searchKey(`${code} ${name.vi} ${name.en}`),
    sector: str(d.sector, ''),
    unitCode: str(d.unit, ''),
    level: str(d.level, ''),
  };
}

export async function loadVersion(store: Store, versionId: unknown): Promise<VersionRow> {
  const row = typeof versionId === 'string' ? await store.getVersion(versionId) : undefined;
  if (!row) {
    throw serviceError(
      'VERSION_NOT_FOUND',
      404,
      message('procedureVersions.versionNotFound', { versionId: String(versionId) }),
      { path: '/versionId' },
    );
  }
  return row;
}

/** Lint problems as a version row keeps them (without the engine's extra fields). */
export function stored(problems: Problem[]) {
  return problems.map(({ severity, code, path, message }) => ({ severity, code, path, message }));
}
