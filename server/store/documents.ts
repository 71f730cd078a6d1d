/**
 * The files of a citizen's personal data store (Kho quản lý dữ liệu điện tử, DOMAIN.md §10): those handed in with
 * the dossiers they applied for. One join (file → dossier → procedure, whose row is never deleted), written once
 * for both dialects as where.ts writes its conditions; each adapter runs it as Tx.documentsOf.
 */
import { desc, eq, type SQL } from 'drizzle-orm';
import type * as pgSchema from './schema.pg.ts';
import type * as sqliteSchema from './schema.sqlite.ts';
import type { Row } from './tx.ts';

type Attachments = typeof sqliteSchema.attachments | typeof pgSchema.attachments;
type Dossiers = typeof sqliteSchema.dossiers | typeof pgSchema.dossiers;

export interface DocumentQuery {
  applicantId: string;
  limit: number;
  offset: number;
}

const FILE_COLUMNS = ['id', 'componentId', 'fileName', 'mediaType', 'size', 'sha256', 'createdAt'] as const;
const DOSSIER_COLUMNS = ['code', 'procedureCode', 'versionId'] as const;
type FileColumn = (typeof FILE_COLUMNS)[number];
type DossierColumn = (typeof DOSSIER_COLUMNS)[number];

export interface DocumentRow {
  file: Pick<Row<'attachments'>, FileColumn>;
  dossier: Pick<Row<'dossiers'>, DossierColumn>;
  nameVi: string;
  nameEn: string;
}

const pick = <T, K extends keyof T>(table: T, keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, table[k]])) as Pick<T, K>;

/** The columns of a document row (never the file's content), as drizzle selects them in either dialect. */
export function documentColumns<
  A extends Record<FileColumn, unknown>,
  D extends Record<DossierColumn, unknown>,
  V,
  E,
>(file: A, dossier: D, procedure: { nameVi: V; nameEn: E }) {
  return {
    file: pick(file, FILE_COLUMNS),
    dossier: pick(dossier, DOSSIER_COLUMNS),
    nameVi: procedure.nameVi,
    nameEn: procedure.nameEn,
  };
}

/** Files of the applicant's dossiers: the join condition and the filter. */
export const inDossier = (a: Attachments, d: Dossiers): SQL => eq(d.id, a.dossierId);
export const ofApplicant = (d: Dossiers, applicantId: string): SQL => eq(d.applicantId, applicantId);

/** Newest first; the id breaks ties so that pages do not overlap. */
export const newestFirst = (a: Attachments): SQL[] => [desc(a.createdAt), desc(a.id)];
