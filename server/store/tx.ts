/**
 * The primitives a transaction body may use, implemented once per dialect (sqlite.ts, pg.ts).
 * Tables are named by their schema export; rows have the same type in both dialects (the schema type test).
 */
import type { InferInsertModel, InferSelectModel } from 'drizzle-orm';
import type * as schema from './schema.sqlite.ts';
import type { DocumentQuery, DocumentRow } from './documents.ts';
import type { Step } from './step.ts';

export type Tables = typeof schema;
export type TableName = keyof Tables;
export type Row<N extends TableName> = InferSelectModel<Tables[N]>;
export type NewRow<N extends TableName> = InferInsertModel<Tables[N]>;

/**
 * The `settings` row whose `updated_at` is the reference stamp: the migrations' triggers advance it in every
 * transaction that changes reference data (server/store/reference.ts).
 */
export const REFERENCE_STAMP_KEY = 'reference';

/** A session, its user (undefined once the account is gone) and the reference stamp read with them. */
export interface SignedIn {
  session: Row<'sessions'>;
  user: Row<'users'> | undefined;
  referenceStamp: number;
}

/** A column condition: a value (equality, null → IS NULL) or one operator. */
export type Cond<V> =
  | V
  | { in: readonly V[] }
  | { ne: V }
  | { lt: V }
  | { lte: V }
  | { gt: V }
  | { gte: V }
  | { isNull: boolean };

/** Conditions on columns, joined by AND. */
export type Where<N extends TableName> = { [K in keyof Row<N>]?: Cond<Row<N>[K]> };

export type Order<N extends TableName> = [keyof Row<N> & string, 'asc' | 'desc'];

export interface SelectOptions<N extends TableName> {
  orderBy?: Order<N>[];
  limit?: number;
  offset?: number;
}

export interface WorklistQuery {
  /** (unit, role) pairs whose tasks may be listed: the actor's assignments, narrowed by the filters. */
  holders: { unitCode: string; role: string }[];
  assigneeId?: string;
  statuses?: string[];
  /** Effective due time ≤ this (inclusive). */
  dueBefore?: number;
  /** Effective due time > this. */
  dueAfter?: number;
  limit: number;
  offset: number;
}

/** The dossier fields a worklist row shows. */
export const WORKLIST_DOSSIER_COLUMNS = [
  'id',
  'code',
  'procedureCode',
  'versionId',
  'unitCode',
  'channel',
  'status',
  'alert',
  'revision',
  'submittedAt',
  'receivedAt',
  'dueAt',
] as const;

export interface WorklistRow {
  task: Row<'tasks'>;
  dossier: Pick<Row<'dossiers'>, (typeof WORKLIST_DOSSIER_COLUMNS)[number]>;
  procedureName: { vi: string; en: string };
}

export interface CatalogueQuery {
  /** Normalized words (no diacritics, lower case); every one must occur in the search text. */
  words: string[];
  sector?: string;
  unitCode?: string;
  level?: string;
  /** Only procedures with a version in this state (the designer's "waiting for approval"). */
  versionStatus?: string;
  /** Only procedures with a live version (the public catalogue). */
  liveOnly: boolean;
  limit: number;
  offset: number;
}

export interface ProcedureFacetRow {
  sector: string;
  unitCode: string;
  level: string;
  n: number;
}

export interface Tx {
  select<N extends TableName>(table: N, where?: Where<N>, options?: SelectOptions<N>): Step<Row<N>[]>;
  /** Only the named columns (a chain's tail needs its seq and hash, not the payload). */
  select<N extends TableName, K extends keyof Row<N> & string>(
    table: N,
    where: Where<N> | undefined,
    options: SelectOptions<N> & { columns: K[] },
  ): Step<Pick<Row<N>, K>[]>;
  count<N extends TableName>(table: N, where?: Where<N>): Step<number>;
  /** Returns how many rows were inserted (fewer than given when conflicts are ignored). */
  insert<N extends TableName>(
    table: N,
    rows: NewRow<N> | NewRow<N>[],
    options?: { ignoreConflicts?: boolean },
  ): Step<number>;
  /** Inserts, or on a conflict on `target` updates `set`. */
  upsert<N extends TableName>(
    table: N,
    row: NewRow<N>,
    target: (keyof Row<N> & string)[],
    set: Partial<NewRow<N>>,
  ): Step<void>;
  /** Returns how many rows were updated. */
  update<N extends TableName>(table: N, set: Partial<NewRow<N>>, where: Where<N>): Step<number>;
  delete<N extends TableName>(table: N, where: Where<N>): Step<number>;

  /** A session with its user and the reference stamp, in one read. */
  signedIn(tokenHash: string): Step<SignedIn | undefined>;
  /** Increments and returns the dossier sequence of a unit and day, atomically (row created at 1). */
  nextSequence(unitCode: string, day: string): Step<number>;
  /** Serializes appends to one audit chain until the transaction ends (no-op where writes are serial). */
  lockAuditChain(chain: string): Step<void>;
  /**
   * Serializes changes of the reference tables (units, procedures, calendars, role assignments) until the
   * transaction ends; their triggers take it too. Taken before any audit chain's lock (no-op where writes are serial).
   */
  lockReference(): Step<void>;
  /** The last entry (seq, hash) of every audit chain. */
  auditHeads(): Step<{ chain: string; seq: number; hash: string }[]>;
  /** The last event (seq, hash) of each of these dossiers that has events. */
  eventHeads(dossierIds: string[]): Step<{ dossierId: string; seq: number; hash: string }[]>;
  /** Leases up to `limit` due timers nobody holds; concurrent callers never get the same timer. */
  claimTimers(q: { now: number; owner: string; leaseMs: number; limit: number }): Step<Row<'timers'>[]>;
  /** `total` counts at most max(1000, offset + limit) tasks; `totalCapped` says there are more. */
  worklist(q: WorklistQuery): Step<{ rows: WorklistRow[]; total: number; totalCapped: boolean }>;
  searchProcedures(q: CatalogueQuery): Step<{ rows: Row<'procedures'>[]; total: number }>;
  /** How many procedures matching `q`'s words share each (sector, unit, level): the filters' choices. */
  procedureFacets(q: Pick<CatalogueQuery, 'words' | 'liveOnly' | 'versionStatus'>): Step<ProcedureFacetRow[]>;
  /** The files handed in with an applicant's dossiers (documents.ts), newest first, and how many there are. */
  documentsOf(q: DocumentQuery): Step<{ rows: DocumentRow[]; total: number }>;
}
